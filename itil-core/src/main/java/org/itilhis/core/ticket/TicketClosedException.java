package org.itilhis.core.ticket;

import java.util.Locale;
import org.itilhis.core.shared.DomainException;

/** The ticket is closed or cancelled: nothing may be added to it any more. */
public final class TicketClosedException extends DomainException {
    public TicketClosedException(TicketNumber number, TicketStatus status) {
        super("ticket.closed", number, status.name().toLowerCase(Locale.ROOT));
    }
}
