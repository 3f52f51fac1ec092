package org.itilhis.core.change;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.time.Instant;

/**
 * When the work of a change happens: from {@code start} (inclusive) to {@code end}
 * (exclusive), as instants so that the window means the same in every time zone; local
 * rules (templates' weekly windows, blackouts) convert it with the hospital's zone.
 *
 * @throws InvalidChangeWindowException if the window does not end after it starts
 */
public record PlannedWindow(Instant start, Instant end) {
    public PlannedWindow {
        checkNotNull(start, "start");
        checkNotNull(end, "end");
        if (!start.isBefore(end)) {
            throw new InvalidChangeWindowException(start, end);
        }
    }

    public static PlannedWindow of(Instant start, Instant end) {
        return new PlannedWindow(start, end);
    }

    public Duration duration() {
        return Duration.between(start, end);
    }

    /** Whether the window has started at {@code at}: approving the change then would approve the past. */
    public boolean hasStartedAt(Instant at) {
        return !checkNotNull(at, "at").isBefore(start);
    }

    /** Whether the two windows share an instant. */
    public boolean overlaps(PlannedWindow other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }
}
