package org.itilhis.ports.operations.out;

import java.util.List;
import java.util.Optional;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.machineroom.MachineRoomEntry;
import org.itilhis.core.machineroom.MachineRoomEntryId;
import org.itilhis.ports.operations.in.MachineRoomLogQuery;

/**
 * The machine room log's entries. A save of an entry whose stored version is no longer the
 * one it was loaded at (or a new entry whose id is taken) fails with a {@link
 * org.itilhis.core.shared.VersionConflictException} of kind {@code machine-room-entry}.
 */
public interface MachineRoomLogRepository {
    MachineRoomEntryId nextId();

    Optional<MachineRoomEntry> find(MachineRoomEntryId id);

    /** Inserts a new entry or updates a changed one, at the version it was loaded (its pending events not counted). */
    void save(MachineRoomEntry entry);

    /** The page of the room's log the query asks for, in log order ({@link org.itilhis.ports.operations.in.MachineRoomLogPosition}). */
    List<MachineRoomEntry> log(MachineRoomLogQuery query);

    /** The visits without a time out, of {@code room} or of every room, by time in, then id as text; at most {@code limit}. */
    List<MachineRoomEntry> openVisits(Optional<CiId> room, int limit);
}
