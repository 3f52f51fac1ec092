package org.itilhis.core.problem;

import org.itilhis.core.shared.DomainException;
import org.itilhis.core.ticket.TicketId;

/** The incident is linked to this problem already; linking it again would count it twice. */
public final class IncidentAlreadyLinkedException extends DomainException {
    public IncidentAlreadyLinkedException(ProblemNumber number, TicketId incident) {
        super("problem.incident-already-linked", number, incident);
    }
}
