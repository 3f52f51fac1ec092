package org.itilhis.ports.reporting.out;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.core.workload.WorkedInterval;

/**
 * The time one work log entry was worked ({@link WorkedInterval#of}), in the slice of its day
 * (the local date its interval ends on), keyed by its event's log position.
 */
public record IntervalFact(long position, FactSlice slice, WorkedInterval interval) {
    public IntervalFact {
        checkArgument(position > 0, "position %s", position);
        checkNotNull(slice, "slice");
        checkNotNull(interval, "interval");
    }
}
