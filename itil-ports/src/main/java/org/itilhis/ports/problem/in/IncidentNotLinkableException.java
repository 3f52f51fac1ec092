package org.itilhis.ports.problem.in;

import org.itilhis.core.shared.DomainException;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.core.ticket.TicketStatus;

/**
 * A ticket that may not be linked to a problem: a cancelled or closed incident (nothing more
 * is learnt from it, and counting it would inflate the problem), or a service request, which
 * no problem causes. A ticket the actor may not see is not found instead.
 */
public final class IncidentNotLinkableException extends DomainException {
    private IncidentNotLinkableException(String code, Object... arguments) {
        super(code, arguments);
    }

    /** {@code incident} is cancelled or closed. */
    public static IncidentNotLinkableException ended(TicketNumber incident, TicketStatus status) {
        return new IncidentNotLinkableException("problem.incident-ended", incident, status);
    }

    /** {@code ticket} is a service request, not an incident. */
    public static IncidentNotLinkableException notAnIncident(TicketNumber ticket) {
        return new IncidentNotLinkableException("problem.not-an-incident", ticket);
    }
}
