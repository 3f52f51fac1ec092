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

    record Logged(ContactId contactId, ContactDetails details, StaffId actor, Instant occurredAt) implements ContactEvent {}

    record ResolvedAtFirstContact(ContactId contactId, Resolution resolution, StaffId actor, Instant occurredAt)
            implements ContactEvent {}

    record RaisedAsTicket(ContactId contactId, TicketId ticketId, TicketNumber ticketNumber, StaffId actor,
                          Instant occurredAt) implements ContactEvent {}

    record LinkedToTicket(ContactId contactId, TicketId ticketId, TicketNumber ticketNumber, StaffId actor,
                          Instant occurredAt) implements ContactEvent {}
}
