package org.itilhis.core.sla;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;

/**
 * The targets of one priority, in business time of the service's calendar: the first
 * response (an engineer accepts or starts) and the resolution. Both are positive and whole
 * seconds, as the calendar's arithmetic requires; the constructor throws
 * {@link IllegalArgumentException} otherwise.
 */
public record SlaTargets(Duration response, Duration resolution) {
    public SlaTargets {
        checkPositiveSeconds(response, "response");
        checkPositiveSeconds(resolution, "resolution");
    }

    /** Targets of {@code responseMinutes} and {@code resolutionHours}. */
    public static SlaTargets of(long responseMinutes, long resolutionHours) {
        return new SlaTargets(Duration.ofMinutes(responseMinutes), Duration.ofHours(resolutionHours));
    }

    /** The target of a clock of {@code kind}. */
    public Duration of(ClockKind kind) {
        return switch (kind) {
            case RESPONSE -> response;
            case RESOLUTION -> resolution;
        };
    }

    private static void checkPositiveSeconds(Duration target, String name) {
        checkNotNull(target, name);
        checkArgument(!target.isNegative() && !target.isZero() && target.getNano() == 0,
                "%s target %s is not a positive number of whole seconds", name, target);
    }
}
