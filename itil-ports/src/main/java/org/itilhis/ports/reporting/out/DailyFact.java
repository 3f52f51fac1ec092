package org.itilhis.ports.reporting.out;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.core.workload.WorkCounts;

/** The counters a batch of events adds to one slice of one day. */
public record DailyFact(FactSlice slice, WorkCounts counts) {
    public DailyFact {
        checkNotNull(slice, "slice");
        checkNotNull(counts, "counts");
    }
}
