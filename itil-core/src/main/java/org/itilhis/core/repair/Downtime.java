package org.itilhis.core.repair;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long the item was out of service for a repair: from {@code start} (the fault) to {@code
 * end} (back in use), open-ended while the repair runs. The end is never before the start.
 */
public record Downtime(Instant start, Optional<Instant> end) {
    public Downtime {
        checkNotNull(start, "start");
        checkNotNull(end, "end");
        end.ifPresent(e -> checkArgument(!e.isBefore(start), "end %s is before start %s", e, start));
    }

    public static Downtime since(Instant start) {
        return new Downtime(start, Optional.empty());
    }

    /** Whether the item was down at some instant of {@code [from, to)}. */
    public boolean overlaps(Instant from, Instant to) {
        return start.isBefore(to) && end.map(e -> e.isAfter(from)).orElse(true);
    }

    /** The time down so far, up to {@code now} while it runs. */
    public Duration length(Instant now) {
        return Duration.between(start, end.orElse(now.isBefore(start) ? start : now));
    }
}
