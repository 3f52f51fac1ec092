package org.itilhis.core.sla.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.Iterables;
import java.time.Duration;
import java.util.Arrays;
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
        checkNotNull(durations, "durations");
        long[] sorted = new long[Iterables.size(durations)];
        if (sorted.length == 0) {
            return Optional.empty();
        }
        Duration sum = Duration.ZERO;
        int i = 0;
        for (Duration d : durations) {
            checkArgument(!d.isNegative(), "negative duration %s", d);
            sum = sum.plus(d);
            sorted[i++] = d.toNanos(); // a business time beyond 292 years is not a ticket's
        }
        Arrays.sort(sorted);
        return Optional.of(new BusinessTimeStatistics(sorted.length, sum.dividedBy(sorted.length),
                nearestRank(sorted, 50), nearestRank(sorted, 90)));
    }

    private static Duration nearestRank(long[] sorted, int percentile) {
        int rank = (int) ((percentile * (long) sorted.length + 99) / 100); // ceil(p * n / 100), at least 1
        return Duration.ofNanos(sorted[rank - 1]);
    }

    /** One line: count, mean, median and p90. */
    public String describe() {
        return count + " tickets, mean " + Explanations.duration(mean) + ", median " + Explanations.duration(median)
                + ", p90 " + Explanations.duration(p90);
    }
}
