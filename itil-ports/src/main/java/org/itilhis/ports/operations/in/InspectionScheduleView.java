package org.itilhis.ports.operations.in;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.inspection.InspectionSchedule;
import org.itilhis.core.inspection.ScheduleId;
import org.itilhis.core.inspection.ScheduleSnapshot;

/**
 * An inspection schedule as its reader sees it.
 *
 * @param nextDue when, after the time it was read, its next round falls due (empty for a retired schedule)
 */
public record InspectionScheduleView(ScheduleSnapshot state, Optional<Instant> nextDue, long version) {
    public InspectionScheduleView {
        checkNotNull(state, "state");
        checkNotNull(nextDue, "nextDue");
    }

    public static InspectionScheduleView of(InspectionSchedule schedule, Optional<Instant> nextDue) {
        return new InspectionScheduleView(schedule.snapshot(), nextDue, schedule.version());
    }

    public ScheduleId id() {
        return state.id();
    }
}
