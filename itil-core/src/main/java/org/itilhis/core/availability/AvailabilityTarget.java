package org.itilhis.core.availability;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;

/**
 * The share of its agreed service time a service must be available, in percent, such as
 * 99.9 for HIS outpatient (round the clock) or 99 for office systems (in office hours): more
 * than 0, at most 100, at most three decimals.
 */
public record AvailabilityTarget(BigDecimal percent) {
    public AvailabilityTarget {
        checkNotNull(percent, "percent");
        checkArgument(percent.signum() > 0 && percent.compareTo(BigDecimal.valueOf(100)) <= 0,
                "availability target %s%% is not within (0, 100]", percent);
        checkArgument(percent.stripTrailingZeros().scale() <= 3, "availability target %s%% has more than three decimals",
                percent);
    }

    public static AvailabilityTarget percent(String percent) {
        return new AvailabilityTarget(new BigDecimal(percent));
    }
}
