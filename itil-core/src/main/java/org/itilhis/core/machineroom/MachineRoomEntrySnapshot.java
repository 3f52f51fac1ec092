package org.itilhis.core.machineroom;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.StaffId;

/** A machine room log entry as stored; {@code version} counts its events. */
public record MachineRoomEntrySnapshot(MachineRoomEntryId id, CiId room, EntryContent content, StaffId recordedBy,
                                       Instant recordedAt, long version) {
    public MachineRoomEntrySnapshot {
        checkNotNull(id, "id");
        checkNotNull(room, "room");
        checkNotNull(content, "content");
        checkNotNull(recordedBy, "recordedBy");
        checkNotNull(recordedAt, "recordedAt");
        checkArgument(version >= 1, "version %s is below 1", version);
    }
}
