package org.itilhis.ports.operations.service;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;

/**
 * The hospital's rules for its inspection rounds.
 *
 * @param ahead    how long before its due time the timer makes a round, so that it shows among
 *                 the group's rounds to do (and may be performed from its window's opening on)
 * @param maxGrace the longest grace a schedule may give its rounds
 */
public record InspectionSettings(Duration ahead, Duration maxGrace) {
    public InspectionSettings {
        checkNotNull(ahead, "ahead");
        checkNotNull(maxGrace, "maxGrace");
        checkArgument(!ahead.isNegative(), "ahead %s is negative", ahead);
        checkArgument(!maxGrace.isNegative(), "max grace %s is negative", maxGrace);
    }

    /** Rounds made a day ahead; a grace of at most seven days. */
    public static InspectionSettings hospitalDefault() {
        return new InspectionSettings(Duration.ofDays(1), Duration.ofDays(7));
    }
}
