package org.itilhis.core.workload;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;

/**
 * Worked time divided by {@link SplitRules}: normal, overtime and holiday time, which add up to
 * the {@link #total()} worked.
 */
public record TimeSplit(Duration normal, Duration overtime, Duration holiday) {
    public static final TimeSplit NONE = new TimeSplit(Duration.ZERO, Duration.ZERO, Duration.ZERO);

    public TimeSplit {
        checkNotNull(normal, "normal");
        checkNotNull(overtime, "overtime");
        checkNotNull(holiday, "holiday");
        checkArgument(!normal.isNegative() && !overtime.isNegative() && !holiday.isNegative(), "negative time");
    }

    public Duration total() {
        return normal.plus(overtime).plus(holiday);
    }

    public TimeSplit plus(TimeSplit other) {
        return new TimeSplit(normal.plus(other.normal), overtime.plus(other.overtime), holiday.plus(other.holiday));
    }
}
