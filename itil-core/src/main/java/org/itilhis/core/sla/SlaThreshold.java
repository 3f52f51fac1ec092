package org.itilhis.core.sla;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A point on a clock at which the desk is told: a warning threshold of the SLA (a
 * percentage of the target below 100), or the breach ({@link #BREACH}, when elapsed
 * business time exceeds the target).
 */
public record SlaThreshold(ClockKind clock, int percent) {
    /** The percent that stands for the breach: elapsed time has gone past the target. */
    public static final int BREACH = 100;

    public SlaThreshold {
        checkNotNull(clock, "clock");
        checkArgument(percent > 0 && percent <= BREACH, "threshold %s%% is not within 1..100", percent);
    }

    public static SlaThreshold breach(ClockKind clock) {
        return new SlaThreshold(clock, BREACH);
    }

    public boolean isBreach() {
        return percent == BREACH;
    }

    /**
     * The elapsed business seconds at which the threshold is crossed on a clock with a
     * target of {@code targetSeconds}: the first whole second at or above the percentage
     * for a warning, one second past the target for the breach.
     */
    public long crossedAtElapsed(long targetSeconds) {
        return isBreach() ? targetSeconds + 1 : -Math.floorDiv(-percent * targetSeconds, 100);
    }

    @Override
    public String toString() {
        return clock + (isBreach() ? " breach" : " " + percent + "%");
    }
}
