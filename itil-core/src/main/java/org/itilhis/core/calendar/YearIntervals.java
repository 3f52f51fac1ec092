package org.itilhis.core.calendar;

import java.util.Arrays;

/**
 * One calendar year's working intervals {@code [starts[i], ends[i])} in epoch seconds,
 * sorted and disjoint, with {@code reached[i]}, the business seconds of the year up to
 * {@code ends[i]}. Immutable once built.
 */
final class YearIntervals {
    /** Returned when the year has no working second at or after the instant asked about. */
    static final long NONE = Long.MIN_VALUE;

    private final long[] starts;
    private final long[] ends;
    private final long[] reached;

    YearIntervals(long[] starts, long[] ends) {
        this.starts = starts;
        this.ends = ends;
        this.reached = new long[starts.length];
        long sum = 0;
        for (int i = 0; i < starts.length; i++) {
            sum += ends[i] - starts[i];
            reached[i] = sum;
        }
    }

    /** Business seconds in the whole year. */
    long total() {
        return reached.length == 0 ? 0 : reached[reached.length - 1];
    }

    /** Number of working intervals (touching ones merged). */
    int size() {
        return starts.length;
    }

    /** Business seconds of this year before {@code instant}, i.e. in intervals up to it. */
    long businessSecondsBefore(long instant) {
        int i = lastStartingAtOrBefore(instant);
        if (i < 0) {
            return 0;
        }
        return reached[i] - (ends[i] - Math.min(instant, ends[i]));
    }

    /** The earliest instant at which this year's business seconds reach {@code target} (1..total). */
    long instantReaching(long target) {
        int i = Arrays.binarySearch(reached, target);
        if (i < 0) {
            i = -i - 1;
        }
        return ends[i] - (reached[i] - target);
    }

    /** The first working second at or after {@code instant} in this year, or {@link #NONE}. */
    long firstWorkingSecondFrom(long instant) {
        int i = lastStartingAtOrBefore(instant);
        if (i >= 0 && instant < ends[i]) {
            return instant;
        }
        return i + 1 < starts.length ? starts[i + 1] : NONE;
    }

    private int lastStartingAtOrBefore(long instant) {
        int i = Arrays.binarySearch(starts, instant);
        return i >= 0 ? i : -i - 2;
    }
}
