package org.itilhis.core.machineroom;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;

/** An event in a machine room: its kind, when it started and, if known, ended, and what happened. */
public record RoomEvent(RoomEventKind kind, Instant start, Optional<Instant> end, String description)
        implements EntryContent {
    public RoomEvent {
        checkNotNull(kind, "kind");
        checkNotNull(start, "start");
        checkNotNull(end, "end");
        checkNotNull(description, "description");
        start = Units.micros(start);
        end = end.map(Units::micros);
        description = description.strip();
        checkArgument(!description.isEmpty(), "the description is blank");
        Instant begin = start;
        checkArgument(end.map(e -> !e.isBefore(begin)).orElse(true), "the event ends at %s before it starts at %s",
                end.orElse(null), start);
    }

    @Override
    public Instant at() {
        return start;
    }
}
