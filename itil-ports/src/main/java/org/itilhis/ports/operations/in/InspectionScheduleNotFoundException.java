package org.itilhis.ports.operations.in;

import org.itilhis.core.inspection.ScheduleId;
import org.itilhis.core.shared.DomainException;

/** No such inspection schedule, or none the actor may see (the two are not told apart, on purpose). */
public final class InspectionScheduleNotFoundException extends DomainException {
    public InspectionScheduleNotFoundException(ScheduleId id) {
        super("inspection.schedule.not-found", id);
    }
}
