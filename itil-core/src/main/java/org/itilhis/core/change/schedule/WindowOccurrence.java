package org.itilhis.core.change.schedule;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.ZonedDateTime;

/** One occurrence of a change window, from {@code start} to {@code end} (exclusive) in the window's zone. */
public record WindowOccurrence(ChangeWindow window, ZonedDateTime start, ZonedDateTime end) {
    public WindowOccurrence {
        checkNotNull(window, "window");
        checkNotNull(start, "start");
        checkNotNull(end, "end");
        checkArgument(start.isBefore(end), "an occurrence ends after it starts: %s to %s", start, end);
    }

    /** Whether the occurrence and {@code from} to {@code to} (end exclusive) share an instant. */
    public boolean overlaps(Instant from, Instant to) {
        return start.toInstant().isBefore(to) && end.toInstant().isAfter(from);
    }

    /** Whether {@code from} to {@code to} lies wholly inside the occurrence. */
    public boolean contains(Instant from, Instant to) {
        return !from.isBefore(start.toInstant()) && !to.isAfter(end.toInstant());
    }
}
