package org.itilhis.ports.operations.in;

import java.util.List;
import java.util.Optional;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.machineroom.MachineRoomEntryId;
import org.itilhis.core.shared.Actor;

/** Reading the machine room log; the reader needs {@code VIEW_MACHINE_ROOM_LOG}. */
public interface MachineRoomQueries {
    /** A page of the room's log for a period, in log order. */
    List<MachineRoomEntryView> log(Actor actor, MachineRoomLogQuery query);

    /** The visits without a time out, of {@code room} or of every room, the earliest in first. */
    List<MachineRoomEntryView> openVisits(Actor actor, Optional<CiId> room);

    /** @throws MachineRoomEntryNotFoundException if there is no such entry */
    MachineRoomEntryView entry(Actor actor, MachineRoomEntryId id);
}
