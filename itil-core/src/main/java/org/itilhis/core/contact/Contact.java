package org.itilhis.core.contact;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.itilhis.core.contact.ContactEvent.LinkedToTicket;
import org.itilhis.core.contact.ContactEvent.Logged;
import org.itilhis.core.contact.ContactEvent.RaisedAsTicket;
import org.itilhis.core.contact.ContactEvent.ResolvedAtFirstContact;
import org.itilhis.core.shared.AggregateEvents;
import org.itilhis.core.shared.ContactId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.Resolution;
import org.itilhis.core.ticket.ResolutionCode;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.core.workflow.Workflow;

/**
 * One contact with the service desk: the record of a call, visit or message, and its
 * outcome. A contact is logged open and then, exactly once, resolved at first contact
 * (with a resolution), raised as a new ticket, or linked to an existing open ticket.
 */
public final class Contact {
    public static final String RESOLUTION_CODE = "resolutionCode";
    public static final String RESOLUTION_NOTE = "resolutionNote";
    public static final String TICKET = "ticket";

    /** The contact's lifecycle as data: one step from OPEN to one of three outcomes. */
    public static final Workflow<ContactStatus, ContactAction, Contact> WORKFLOW =
            Workflow.<ContactStatus, ContactAction, Contact>builder("contact", ContactStatus.class, ContactAction.class)
                    .initial(ContactStatus.OPEN)
                    .terminal(ContactStatus.RESOLVED_AT_FIRST_CONTACT, ContactStatus.RAISED_AS_TICKET,
                            ContactStatus.LINKED_TO_TICKET)
                    .field(RESOLUTION_CODE, "how the desk solved it")
                    .field(RESOLUTION_NOTE, "what the desk did")
                    .field(TICKET, "the ticket the contact became or joined")
                    .on(ContactAction.RESOLVE_AT_FIRST_CONTACT).from(ContactStatus.OPEN)
                    .requires(RESOLUTION_CODE, RESOLUTION_NOTE).to(ContactStatus.RESOLVED_AT_FIRST_CONTACT)
                    .on(ContactAction.RAISE_TICKET).from(ContactStatus.OPEN).requires(TICKET)
                    .to(ContactStatus.RAISED_AS_TICKET)
                    .on(ContactAction.LINK_TO_TICKET).from(ContactStatus.OPEN).requires(TICKET)
                    .to(ContactStatus.LINKED_TO_TICKET)
                    .build();

    private final ContactId id;
    private final ContactDetails details;
    private final StaffId loggedBy;
    private ContactOutcome outcome = new ContactOutcome.Pending();
    private final AggregateEvents<ContactEvent> events = new AggregateEvents<>();

    private Contact(ContactId id, ContactDetails details, StaffId loggedBy) {
        this.id = checkNotNull(id, "id");
        this.details = checkNotNull(details, "details");
        this.loggedBy = checkNotNull(loggedBy, "loggedBy");
    }

    /** Logs a new open contact. */
    public static Contact log(ContactId id, ContactDetails details, StaffId actor, Instant at) {
        Contact contact = new Contact(id, details, actor);
        contact.events.created(new Logged(id, details, actor, checkNotNull(at, "at")));
        return contact;
    }

    public static Contact restore(ContactSnapshot s) {
        Contact contact = new Contact(s.id(), s.details(), s.loggedBy());
        contact.outcome = checkNotNull(s.outcome(), "outcome");
        contact.events.restoredAt(s.version());
        return contact;
    }

    /** Rebuilds a contact from its complete event history, oldest first. */
    public static Contact replay(List<? extends ContactEvent> history) {
        checkArgument(!history.isEmpty() && history.get(0) instanceof Logged, "a contact's history starts with Logged");
        Logged logged = (Logged) history.get(0);
        Contact contact = new Contact(logged.contactId(), logged.details(), logged.actor());
        for (ContactEvent event : history.subList(1, history.size())) {
            checkArgument(event.contactId().equals(contact.id), "event %s belongs to another contact", event);
            contact.events.replayed(event, contact::apply);
        }
        return contact;
    }

    /** The desk solved it on the spot (a printer jam, a password reset). */
    public void resolveAtFirstContact(ResolutionCode code, String note, StaffId actor, Instant at) {
        Set<String> given = new HashSet<>();
        if (code != null) {
            given.add(RESOLUTION_CODE);
        }
        if (note != null && !note.isBlank()) {
            given.add(RESOLUTION_NOTE);
        }
        WORKFLOW.check(status(), ContactAction.RESOLVE_AT_FIRST_CONTACT, this, given);
        record(new ResolvedAtFirstContact(id, Resolution.of(code, note), actor, at));
    }

    /** The contact became the new ticket {@code ticket}. */
    public void raisedAs(TicketId ticket, TicketNumber number, StaffId actor, Instant at) {
        WORKFLOW.check(status(), ContactAction.RAISE_TICKET, this, ticketGiven(ticket, number));
        record(new RaisedAsTicket(id, ticket, number, actor, at));
    }

    /** The contact is about the same thing as the open ticket {@code ticket}. */
    public void linkTo(TicketId ticket, TicketNumber number, StaffId actor, Instant at) {
        WORKFLOW.check(status(), ContactAction.LINK_TO_TICKET, this, ticketGiven(ticket, number));
        record(new LinkedToTicket(id, ticket, number, actor, at));
    }

    public ContactId id() {
        return id;
    }

    public ContactDetails details() {
        return details;
    }

    public StaffId loggedBy() {
        return loggedBy;
    }

    public ContactOutcome outcome() {
        return outcome;
    }

    public ContactStatus status() {
        return outcome.status();
    }

    public long version() {
        return events.version();
    }

    public ContactSnapshot snapshot() {
        return new ContactSnapshot(id, details, loggedBy, outcome, events.version());
    }

    public List<ContactEvent> pullEvents() {
        return events.pull();
    }

    public List<ContactEvent> pendingEvents() {
        return events.pending();
    }

    private static Set<String> ticketGiven(TicketId ticket, TicketNumber number) {
        return ticket != null && number != null ? Set.of(TICKET) : Set.of();
    }

    private void record(ContactEvent event) {
        events.recorded(event, this::apply);
    }

    private void apply(ContactEvent event) {
        outcome = event.accept(new ContactEvent.Visitor<ContactOutcome>() {
            @Override
            public ContactOutcome logged(Logged e) {
                throw new IllegalArgumentException("a contact is logged only once: " + e);
            }

            @Override
            public ContactOutcome resolvedAtFirstContact(ResolvedAtFirstContact e) {
                return new ContactOutcome.ResolvedAtFirstContact(e.resolution());
            }

            @Override
            public ContactOutcome raisedAsTicket(RaisedAsTicket e) {
                return new ContactOutcome.RaisedAsTicket(e.ticketId(), e.ticketNumber());
            }

            @Override
            public ContactOutcome linkedToTicket(LinkedToTicket e) {
                return new ContactOutcome.LinkedToTicket(e.ticketId(), e.ticketNumber());
            }
        });
    }
}
