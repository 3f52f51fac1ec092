package org.itilhis.ports.operations.in;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Comparator;
import org.itilhis.core.machineroom.MachineRoomEntryId;

/**
 * Where an entry stands in a room's log: by its time (entering, reading, the event's start),
 * then by its id as text, so that entries of the same instant keep one order in every store.
 */
public record MachineRoomLogPosition(Instant at, MachineRoomEntryId id) implements Comparable<MachineRoomLogPosition> {
    private static final Comparator<MachineRoomLogPosition> ORDER = Comparator.comparing(MachineRoomLogPosition::at)
            .thenComparing(p -> p.id().toString());

    public MachineRoomLogPosition {
        checkNotNull(at, "at");
        checkNotNull(id, "id");
    }

    public static MachineRoomLogPosition of(MachineRoomEntryView entry) {
        return new MachineRoomLogPosition(entry.content().at(), entry.id());
    }

    @Override
    public int compareTo(MachineRoomLogPosition other) {
        return ORDER.compare(this, other);
    }
}
