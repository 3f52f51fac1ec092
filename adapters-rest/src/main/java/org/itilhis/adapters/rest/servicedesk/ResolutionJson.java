package org.itilhis.adapters.rest.servicedesk;

import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.ContactId;
import org.itilhis.core.ticket.Resolution;
import org.itilhis.core.ticket.ResolutionCode;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.ports.servicedesk.in.ContactCommand;
import org.itilhis.ports.servicedesk.in.TicketCommand;

/**
 * How something was resolved: the body of {@code resolve-at-first-contact} and {@code resolve}
 * (the {@link TicketStep} of resolving a ticket), and the {@code resolution} of a ticket or
 * contact in responses.
 */
public record ResolutionJson(ResolutionCode code, String note) implements TicketStep {

    public static ResolutionJson of(Resolution resolution) {
        return new ResolutionJson(resolution.code(), resolution.note());
    }

    public ContactCommand.ResolveAtFirstContact atFirstContact(Actor actor, ContactId contact) {
        return new ContactCommand.ResolveAtFirstContact(actor, contact, code, note);
    }

    @Override
    public TicketCommand.Resolve command(Actor actor, TicketId ticket, Long expectedVersion, Fields fields) {
        return new TicketCommand.Resolve(actor, ticket, expectedVersion, code, note);
    }
}
