package org.itilhis.ports.roster.service;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;

/**
 * The hospital's rules for its roster.
 *
 * @param handoverGrace how long after a change of shift both engineers have to sign its handover
 *                      before the group lead is told
 * @param nextShift     how far ahead a handover lists scheduled changes when the roster has no
 *                      duty of the incoming engineer starting at the change of shift
 */
public record RosterSettings(Duration handoverGrace, Duration nextShift) {
    public RosterSettings {
        checkNotNull(handoverGrace, "handoverGrace");
        checkNotNull(nextShift, "nextShift");
        checkArgument(!handoverGrace.isNegative(), "handover grace %s is negative", handoverGrace);
        checkArgument(!nextShift.isNegative() && !nextShift.isZero(), "next shift %s is not positive", nextShift);
    }

    /** An hour's grace to sign a handover; scheduled changes of the next 12 hours by default. */
    public static RosterSettings hospitalDefault() {
        return new RosterSettings(Duration.ofHours(1), Duration.ofHours(12));
    }
}
