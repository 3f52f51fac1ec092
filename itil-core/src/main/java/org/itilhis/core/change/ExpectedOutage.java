package org.itilhis.core.change;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.util.Optional;

/**
 * The outage the requester expects the change to cause on the items it touches: none (a
 * rolling upgrade of a redundant pair), for a given duration inside the window (a reboot), or
 * for the whole window. It feeds the risk's consequence ({@link RiskMatrix}) and, later, the
 * schedule's check of combined outages.
 *
 * @param duration present exactly when {@code kind} is {@link Kind#FOR_DURATION}; positive
 */
public record ExpectedOutage(Kind kind, Optional<Duration> duration) {
    public ExpectedOutage {
        checkNotNull(kind, "kind");
        checkNotNull(duration, "duration");
        checkArgument(duration.isPresent() == (kind == Kind.FOR_DURATION), "%s outage with duration %s", kind, duration);
        checkArgument(duration.map(d -> !d.isNegative() && !d.isZero()).orElse(true), "outage duration %s is not positive", duration);
    }

    /** What the touched items are expected to do during the window. */
    public enum Kind {
        /** They keep serving throughout. */
        NONE,
        /** They are down for a stated duration somewhere inside the window. */
        FOR_DURATION,
        /** They are down for the whole window. */
        WHOLE_WINDOW
    }

    public static ExpectedOutage none() {
        return new ExpectedOutage(Kind.NONE, Optional.empty());
    }

    public static ExpectedOutage lasting(Duration duration) {
        return new ExpectedOutage(Kind.FOR_DURATION, Optional.of(duration));
    }

    public static ExpectedOutage wholeWindow() {
        return new ExpectedOutage(Kind.WHOLE_WINDOW, Optional.empty());
    }

    /** Whether the touched items are expected to be down at some point. */
    public boolean isOutage() {
        return kind != Kind.NONE;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case NONE -> "none";
            case FOR_DURATION -> duration.orElseThrow().toString();
            case WHOLE_WINDOW -> "whole window";
        };
    }
}
