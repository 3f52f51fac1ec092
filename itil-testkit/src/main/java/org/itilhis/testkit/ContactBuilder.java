package org.itilhis.testkit;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.core.contact.Contact;
import org.itilhis.core.contact.ContactChannel;
import org.itilhis.core.contact.ContactDetails;
import org.itilhis.core.shared.ContactId;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.core.shared.LocationId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.ResolutionCode;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketNumber;

/**
 * Builds service desk contacts for tests: nurse Wang phoning from ward 5 east, logged by
 * agent Chen, unless told otherwise.
 *
 * <pre>{@code
 * Contact c = ContactBuilder.aContact().withId(contacts.nextId()).resolvedAtFirstContact().build();
 * }</pre>
 *
 * <p>{@link #build()} returns a contact that was never saved, logged and given its outcome by
 * the real domain commands, so its pending events are its whole history. The outcome is
 * recorded one minute after the contact came in.
 */
public final class ContactBuilder {
    /** The default time the contact came in, with microseconds. */
    public static final Instant RECEIVED_AT = Instant.parse("2026-03-02T00:10:05.654321Z");

    private ContactId id;
    private ContactChannel channel = ContactChannel.PHONE;
    private StaffId caller = DemoHospital.NURSE_WANG.staffId();
    private DepartmentId department = DemoHospital.WARD_5_EAST;
    private Optional<LocationId> location = Optional.of(DemoHospital.WARD_5_EAST_STATION);
    private Optional<String> extension = Optional.of("5501");
    private String description = "The label printer at the nurse station jams.";
    private Instant receivedAt = RECEIVED_AT;
    private StaffId loggedBy = DemoHospital.AGENT_CHEN.staffId();
    private Outcome outcome = new Open();

    private ContactBuilder() {
    }

    public static ContactBuilder aContact() {
        return new ContactBuilder();
    }

    /** The default is a fresh random identity; contracts pass the repository's {@code nextId()}. */
    public ContactBuilder withId(ContactId value) {
        this.id = checkNotNull(value, "id");
        return this;
    }

    public ContactBuilder via(ContactChannel value) {
        this.channel = checkNotNull(value, "channel");
        return this;
    }

    public ContactBuilder from(StaffId value) {
        this.caller = checkNotNull(value, "caller");
        return this;
    }

    public ContactBuilder inDepartment(DepartmentId value) {
        this.department = checkNotNull(value, "department");
        return this;
    }

    public ContactBuilder at(LocationId value) {
        this.location = Optional.of(value);
        return this;
    }

    public ContactBuilder withoutLocation() {
        this.location = Optional.empty();
        return this;
    }

    public ContactBuilder withExtension(String value) {
        this.extension = Optional.of(value);
        return this;
    }

    public ContactBuilder withoutExtension() {
        this.extension = Optional.empty();
        return this;
    }

    public ContactBuilder describing(String value) {
        this.description = checkNotNull(value, "description");
        return this;
    }

    public ContactBuilder receivedAt(Instant value) {
        this.receivedAt = checkNotNull(value, "receivedAt");
        return this;
    }

    public ContactBuilder loggedBy(StaffId value) {
        this.loggedBy = checkNotNull(value, "loggedBy");
        return this;
    }

    /** The desk solved it on the phone. */
    public ContactBuilder resolvedAtFirstContact() {
        this.outcome = new Resolved();
        return this;
    }

    public ContactBuilder raisedAs(TicketId ticket, TicketNumber number) {
        this.outcome = new Raised(checkNotNull(ticket, "ticket"), checkNotNull(number, "number"));
        return this;
    }

    public ContactBuilder linkedTo(TicketId ticket, TicketNumber number) {
        this.outcome = new Linked(checkNotNull(ticket, "ticket"), checkNotNull(number, "number"));
        return this;
    }

    /** A new, never saved contact; its pending events are its whole history. */
    public Contact build() {
        ContactId contactId = id != null ? id : new ContactId(UUID.randomUUID());
        ContactDetails details = new ContactDetails(channel, caller, department, location, extension, receivedAt,
                description);
        Contact contact = Contact.log(contactId, details, loggedBy, receivedAt);
        Instant at = receivedAt.plus(Duration.ofMinutes(1));
        if (outcome instanceof Resolved) {
            contact.resolveAtFirstContact(ResolutionCode.ADVICE_GIVEN, "Showed how to reload the label roll",
                    loggedBy, at);
        } else if (outcome instanceof Raised r) {
            contact.raisedAs(r.ticket(), r.number(), loggedBy, at);
        } else if (outcome instanceof Linked l) {
            contact.linkTo(l.ticket(), l.number(), loggedBy, at);
        }
        return contact;
    }

    private sealed interface Outcome {
    }

    private record Open() implements Outcome {
    }

    private record Resolved() implements Outcome {
    }

    private record Raised(TicketId ticket, TicketNumber number) implements Outcome {
    }

    private record Linked(TicketId ticket, TicketNumber number) implements Outcome {
    }
}
