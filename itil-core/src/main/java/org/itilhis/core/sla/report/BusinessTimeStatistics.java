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
        long[] nanos = new long[Iterables.size(durations)];
        int i = 0;
        for (Duration d : durations) {
            checkArgument(!d.isNegative(), "negative duration %s", d);
            nanos[i++] = d.toNanos(); // a business time beyond 292 years is not a ticket's
        }
        return ofNanos(nanos, nanos.length);
    }

    /**
     * The statistics of the first {@code count} values of {@code nanos} (durations in
     * nanoseconds, none negative), which it sorts in place; empty when {@code count} is 0.
     */
    static Optional<BusinessTimeStatistics> ofNanos(long[] nanos, int count) {
        if (count == 0) {
            return Optional.empty();
        }
        long seconds = 0; // summed apart, so that no total of tickets' times overflows
        long rest = 0;
        for (int i = 0; i < count; i++) {
            seconds += nanos[i] / 1_000_000_000L;
            rest += nanos[i] % 1_000_000_000L;
        }
        Arrays.sort(nanos, 0, count);
        return Optional.of(new BusinessTimeStatistics(count, Duration.ofSeconds(seconds, rest).dividedBy(count),
                nearestRank(nanos, count, 50), nearestRank(nanos, count, 90)));
    }

    private static Duration nearestRank(long[] sorted, int count, int percentile) {
        int rank = (int) ((percentile * (long) count + 99) / 100); // ceil(p * n / 100), at least 1
        return Duration.ofNanos(sorted[rank - 1]);
    }

    /** One line: count, mean, median and p90. */
    public String describe() {
        return count + " tickets, mean " + Explanations.duration(mean) + ", median " + Explanations.duration(median)
                + ", p90 " + Explanations.duration(p90);
    }
}
