package org.itilhis.ports.servicedesk.in;

import org.itilhis.core.shared.DomainException;

/** No such ticket, or none the actor may see (the two are not told apart, on purpose). */
public final class TicketNotFoundException extends DomainException {
    public TicketNotFoundException(Object reference) {
        super("ticket.not-found", reference);
    }
}
