package org.itilhis.adapters.rest.servicedesk;

import java.util.UUID;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.ContactId;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.ports.servicedesk.in.ContactCommand;

/** {@code POST /api/v1/contacts/{id}/link}: the contact is about the open ticket {@code ticket} (its id). */
public record LinkContactJson(UUID ticket) {

    public ContactCommand.LinkToTicket command(Actor actor, ContactId contact) {
        return new ContactCommand.LinkToTicket(actor, contact, ticket == null ? null : new TicketId(ticket));
    }
}
