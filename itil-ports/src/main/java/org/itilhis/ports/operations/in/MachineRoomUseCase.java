package org.itilhis.ports.operations.in;

import org.itilhis.ports.common.InvalidCommandException;

/**
 * Keeping a machine room's log. Each call is one transaction: validated, authorised ({@code
 * WRITE_MACHINE_ROOM_LOG} for visits and events, {@code POST_ENVIRONMENT_READING} for readings),
 * the room checked against the CMDB, the entry saved with its events; a refused call changes
 * nothing.
 *
 * @see MachineRoomCommand
 */
public interface MachineRoomUseCase {
    /**
     * Records a visit as it begins; a visitor without an escort is flagged and the room's owner
     * group lead told after the commit.
     *
     * @throws InvalidCommandException naming every broken constraint, or {@code staff} when
     *                                 neither or both of staff and visitor are given
     * @throws org.itilhis.core.machineroom.UnknownRoomException if the room is not in the CMDB
     * @throws org.itilhis.core.machineroom.TimeInFutureException if it begins in the future
     */
    MachineRoomEntryView recordAccess(MachineRoomCommand.RecordAccess command);

    /**
     * Records a visit's time out, once.
     *
     * @throws MachineRoomEntryNotFoundException if there is no such entry
     * @throws org.itilhis.core.machineroom.NotAVisitException if the entry is not a visit
     * @throws org.itilhis.core.machineroom.ExitAlreadyRecordedException if its time out is recorded
     * @throws org.itilhis.core.machineroom.ExitBeforeEntryException if {@code leftAt} is before its time in
     * @throws org.itilhis.core.shared.VersionConflictException if it changed since {@code expectedVersion}
     */
    MachineRoomEntryView recordExit(MachineRoomCommand.RecordExit command);

    /**
     * Records a reading, marked out of range when outside the room's range for the quantity.
     *
     * @throws org.itilhis.core.machineroom.ReadingUnitMismatchException if the room's range is in another unit
     */
    MachineRoomEntryView recordReading(MachineRoomCommand.RecordReading command);

    /** @throws org.itilhis.core.machineroom.EventEndsBeforeStartException if it ends before it starts */
    MachineRoomEntryView recordEvent(MachineRoomCommand.RecordEvent command);
}
