package org.itilhis.core.ticket;

import org.itilhis.core.shared.DomainException;
import org.itilhis.core.shared.Text;

/** The ticket is closed or cancelled: nothing may be added to it any more. */
public final class TicketClosedException extends DomainException {
    public TicketClosedException(TicketNumber number, TicketStatus status) {
        super("ticket.closed", number, Text.label(status));
    }
}
