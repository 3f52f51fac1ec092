package org.itilhis.core.ticket;

import org.itilhis.core.priority.Priority;
import org.itilhis.core.shared.DomainException;

/** A major incident (or patient-safety case) keeps the top priority; no override may lower it. */
public final class MajorIncidentPriorityException extends DomainException {
    public MajorIncidentPriorityException(TicketNumber number, Priority wanted) {
        super("ticket.major-incident-priority", number, wanted, Priority.highest());
    }
}
