package org.itilhis.core.inspection;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;

/** A schedule's round due at an instant: unique, so that two nodes make each round once. */
public record RoundSlot(ScheduleId schedule, Instant due) {
    public RoundSlot {
        checkNotNull(schedule, "schedule");
        checkNotNull(due, "due");
    }

    @Override
    public String toString() {
        return schedule + "@" + due;
    }
}
