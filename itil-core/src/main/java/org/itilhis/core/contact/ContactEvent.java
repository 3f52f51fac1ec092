package org.itilhis.core.contact;

import com.google.common.base.CaseFormat;
import java.time.Instant;
import org.itilhis.core.shared.ContactId;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.Resolution;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketNumber;

/** What happens to a service desk contact; one event per command. */
public sealed interface ContactEvent extends DomainEvent {
    ContactId contactId();

    @Override
    default String aggregateId() {
        return contactId().toString();
    }

    @Override
    default String type() {
        return "contact." + CaseFormat.UPPER_CAMEL.to(CaseFormat.LOWER_HYPHEN, getClass().getSimpleName());
    }

    /** Calls {@code visitor}'s method for this event's type: dispatch whose completeness the compiler checks. */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per contact event; see {@link org.itilhis.core.ticket.TicketEvent.Visitor}.
     *
     * @param <R> what handling an event gives ({@code Void} for none)
     */
    interface Visitor<R> {
        R logged(Logged e);

        R resolvedAtFirstContact(ResolvedAtFirstContact e);

        R raisedAsTicket(RaisedAsTicket e);

        R linkedToTicket(LinkedToTicket e);
    }

    record Logged(ContactId contactId, ContactDetails details, StaffId actor, Instant occurredAt) implements ContactEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.logged(this);
        }
    }

    record ResolvedAtFirstContact(ContactId contactId, Resolution resolution, StaffId actor, Instant occurredAt)
            implements ContactEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.resolvedAtFirstContact(this);
        }
    }

    record RaisedAsTicket(ContactId contactId, TicketId ticketId, TicketNumber ticketNumber, StaffId actor,
                          Instant occurredAt) implements ContactEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.raisedAsTicket(this);
        }
    }

    record LinkedToTicket(ContactId contactId, TicketId ticketId, TicketNumber ticketNumber, StaffId actor,
                          Instant occurredAt) implements ContactEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.linkedToTicket(this);
        }
    }
}
