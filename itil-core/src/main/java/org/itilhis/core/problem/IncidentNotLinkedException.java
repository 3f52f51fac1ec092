package org.itilhis.core.problem;

import org.itilhis.core.shared.DomainException;
import org.itilhis.core.ticket.TicketId;

/** The incident to unlink is not linked to this problem. */
public final class IncidentNotLinkedException extends DomainException {
    public IncidentNotLinkedException(ProblemNumber number, TicketId incident) {
        super("problem.incident-not-linked", number, incident);
    }
}
