package org.itilhis.core.sla.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.Ordering;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.itilhis.core.sla.Explanations;

/**
 * Mean, median and 90th percentile of a set of business-time durations, e.g. the times to
 * acknowledge (response clock elapsed) of the responded tickets of a group. Percentiles use
 * the nearest-rank method: the p-th percentile of n sorted values is the value at rank
 * {@code ceil(p / 100 * n)}, so the median of an even count is the lower middle value and
 * every figure is one that was measured. The mean is exact to the nanosecond (truncated).
 * {@code count} is positive and {@code mean}, {@code median} and {@code p90} are not negative.
 */
public record BusinessTimeStatistics(int count, Duration mean, Duration median, Duration p90) {
    public BusinessTimeStatistics {
        checkArgument(count > 0, "statistics of %s durations", count);
        checkArgument(!checkNotNull(mean, "mean").isNegative(), "negative mean");
        checkArgument(!checkNotNull(median, "median").isNegative(), "negative median");
        checkArgument(!checkNotNull(p90, "p90").isNegative(), "negative p90");
    }

    /**
     * The statistics of {@code durations}; empty when there are none.
     *
     * @throws IllegalArgumentException if a duration is negative
     */
    public static Optional<BusinessTimeStatistics> of(Iterable<Duration> durations) {
        List<Duration> sorted = Ordering.natural().sortedCopy(checkNotNull(durations, "durations"));
        if (sorted.isEmpty()) {
            return Optional.empty();
        }
        Duration sum = Duration.ZERO;
        for (Duration d : sorted) {
            checkArgument(!d.isNegative(), "negative duration %s", d);
            sum = sum.plus(d);
        }
        return Optional.of(new BusinessTimeStatistics(sorted.size(), sum.dividedBy(sorted.size()),
                nearestRank(sorted, 50), nearestRank(sorted, 90)));
    }

    private static Duration nearestRank(List<Duration> sorted, int percentile) {
        int rank = (int) ((percentile * (long) sorted.size() + 99) / 100); // ceil(p * n / 100), at least 1
        return sorted.get(rank - 1);
    }

    /** One line: count, mean, median and p90. */
    public String describe() {
        return count + " tickets, mean " + Explanations.duration(mean) + ", median " + Explanations.duration(median)
                + ", p90 " + Explanations.duration(p90);
    }
}
