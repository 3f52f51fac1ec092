package org.itilhis.core.inspection;

import org.itilhis.core.shared.DomainException;

/** A retired schedule makes no more rounds: it is neither changed nor retired again. */
public final class ScheduleRetiredException extends DomainException {
    public ScheduleRetiredException(ScheduleId schedule) {
        super("inspection.schedule.retired", schedule);
    }
}
