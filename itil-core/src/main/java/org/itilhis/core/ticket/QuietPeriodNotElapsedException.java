package org.itilhis.core.ticket;

import java.time.Instant;
import org.itilhis.core.shared.DomainException;

/** A resolved ticket closes on its own only after the quiet period; it is not over yet. */
public final class QuietPeriodNotElapsedException extends DomainException {
    public QuietPeriodNotElapsedException(TicketNumber number, Instant due) {
        super("ticket.quiet-period-not-elapsed", number, due);
    }
}
