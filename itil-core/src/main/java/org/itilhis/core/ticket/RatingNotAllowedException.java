package org.itilhis.core.ticket;

import org.itilhis.core.shared.DomainException;
import org.itilhis.core.shared.Text;

/** A ticket is rated once, after it is closed. */
public final class RatingNotAllowedException extends DomainException {
    public RatingNotAllowedException(TicketNumber number, TicketStatus status, boolean alreadyRated) {
        super(alreadyRated ? "ticket.already-rated" : "ticket.rating-before-closure",
                number, Text.label(status));
    }
}
