package org.itilhis.core.ticket;

import org.itilhis.core.shared.DomainException;

/** Only incidents can be major incidents. */
public final class NotAnIncidentException extends DomainException {
    public NotAnIncidentException(TicketNumber number) {
        super("ticket.not-an-incident", number);
    }
}
