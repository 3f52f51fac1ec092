package org.itilhis.ports.reporting.in;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import org.itilhis.core.workload.TimeSplit;
import org.itilhis.core.workload.WorkCounts;

/**
 * The workload figures of one row of the report: the counters (tickets worked, contacts,
 * minutes worked, quality counts; the rates derive from them), the worked time split into
 * normal, overtime and holiday time ({@code split.total()} is {@code counts.minutesWorked()}
 * minutes), and the rostered duty time in the period.
 *
 * @param dutyTime the length of the rostered duties within the period; zero for the rows of
 *                 callers' departments (duties are not for callers)
 */
public record WorkloadFigures(WorkCounts counts, TimeSplit split, Duration dutyTime) {
    public static final WorkloadFigures NONE = new WorkloadFigures(WorkCounts.ZERO, TimeSplit.NONE, Duration.ZERO);

    public WorkloadFigures {
        checkNotNull(counts, "counts");
        checkNotNull(split, "split");
        checkNotNull(dutyTime, "dutyTime");
        checkArgument(split.total().equals(Duration.ofMinutes(counts.minutesWorked())),
                "split %s does not add up to %s minutes worked", split, counts.minutesWorked());
        checkArgument(!dutyTime.isNegative(), "negative duty time");
    }

    public WorkloadFigures plus(WorkloadFigures other) {
        return new WorkloadFigures(counts.plus(other.counts), split.plus(other.split), dutyTime.plus(other.dutyTime));
    }
}
