package org.itilhis.ports.operations.in;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.machineroom.EntryContent;
import org.itilhis.core.machineroom.MachineRoomEntry;
import org.itilhis.core.machineroom.MachineRoomEntryId;
import org.itilhis.core.machineroom.MachineRoomEntrySnapshot;
import org.itilhis.core.shared.StaffId;

/**
 * A machine room log entry as readers see it: the room, what was recorded ({@link
 * org.itilhis.core.machineroom.RoomAccess}, {@link org.itilhis.core.machineroom.EnvironmentReading}
 * or {@link org.itilhis.core.machineroom.RoomEvent}), who recorded it and when, and its version.
 */
public record MachineRoomEntryView(MachineRoomEntryId id, CiId room, EntryContent content, StaffId recordedBy,
                                   Instant recordedAt, long version) {
    public MachineRoomEntryView {
        checkNotNull(id, "id");
        checkNotNull(room, "room");
        checkNotNull(content, "content");
        checkNotNull(recordedBy, "recordedBy");
        checkNotNull(recordedAt, "recordedAt");
    }

    public static MachineRoomEntryView of(MachineRoomEntry entry) {
        MachineRoomEntrySnapshot s = entry.snapshot();
        return new MachineRoomEntryView(s.id(), s.room(), s.content(), s.recordedBy(), s.recordedAt(), s.version());
    }
}
