package org.itilhis.ports.reporting.out;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.core.workload.WorkCounts;

/**
 * The sum of the counters of the facts sharing one key of a {@link WorkloadFacts.Dimension}:
 * the staff id, group id or department id, or the month's first day ({@code 2026-03-01}) for
 * {@link WorkloadFacts.Dimension#MONTH}.
 */
public record FactSum(String key, WorkCounts counts) {
    public FactSum {
        checkNotNull(key, "key");
        checkNotNull(counts, "counts");
    }
}
