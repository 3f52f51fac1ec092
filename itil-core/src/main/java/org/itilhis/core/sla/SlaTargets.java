package org.itilhis.core.sla;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;

/**
 * The targets of one priority, in business time of the service's calendar: the first
 * response (an engineer accepts or starts), the resolution, and the keep-in-loop interval
 * (the longest the caller may go without an update). All are positive and whole seconds,
 * as the calendar's arithmetic requires; the constructor throws
 * {@link IllegalArgumentException} otherwise.
 */
public record SlaTargets(Duration response, Duration resolution, Duration keepInLoop) {
    public SlaTargets {
        checkPositiveSeconds(response, "response");
        checkPositiveSeconds(resolution, "resolution");
        checkPositiveSeconds(keepInLoop, "keepInLoop");
    }

    /** Response and resolution targets with the default keep-in-loop interval ({@link #defaultKeepInLoop}). */
    public SlaTargets(Duration response, Duration resolution) {
        this(response, resolution, defaultKeepInLoop(response, resolution));
    }

    /** Targets of {@code responseMinutes} and {@code resolutionHours}, keep-in-loop by default. */
    public static SlaTargets of(long responseMinutes, long resolutionHours) {
        return new SlaTargets(Duration.ofMinutes(responseMinutes), Duration.ofHours(resolutionHours));
    }

    /** Targets of {@code responseMinutes}, {@code resolutionHours} and {@code keepInLoopMinutes}. */
    public static SlaTargets of(long responseMinutes, long resolutionHours, long keepInLoopMinutes) {
        return new SlaTargets(Duration.ofMinutes(responseMinutes), Duration.ofHours(resolutionHours),
                Duration.ofMinutes(keepInLoopMinutes));
    }

    /**
     * A quarter of the resolution target (whole seconds), but never shorter than the
     * response target: a caller hears at least three times before the resolution is due.
     */
    public static Duration defaultKeepInLoop(Duration response, Duration resolution) {
        checkPositiveSeconds(response, "response");
        checkPositiveSeconds(resolution, "resolution");
        Duration quarter = Duration.ofSeconds(resolution.getSeconds() / 4);
        return quarter.compareTo(response) < 0 ? response : quarter;
    }

    /** The target of a clock of {@code kind}. */
    public Duration of(ClockKind kind) {
        return switch (kind) {
            case RESPONSE -> response;
            case RESOLUTION -> resolution;
            case KEEP_IN_LOOP -> keepInLoop;
        };
    }

    private static void checkPositiveSeconds(Duration target, String name) {
        checkNotNull(target, name);
        checkArgument(!target.isNegative() && !target.isZero() && target.getNano() == 0,
                "%s target %s is not a positive number of whole seconds", name, target);
    }
}
