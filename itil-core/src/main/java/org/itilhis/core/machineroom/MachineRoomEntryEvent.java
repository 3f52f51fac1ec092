package org.itilhis.core.machineroom;

import com.google.common.base.CaseFormat;
import java.time.Instant;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.StaffId;

/**
 * Everything that can happen to a machine room log entry: a visit, a reading or an event
 * recorded, and a visit's time out recorded, once.
 */
public sealed interface MachineRoomEntryEvent extends DomainEvent {
    MachineRoomEntryId entryId();

    CiId room();

    @Override
    default String aggregateId() {
        return entryId().toString();
    }

    @Override
    default String type() {
        return "machine-room-entry." + CaseFormat.UPPER_CAMEL.to(CaseFormat.LOWER_HYPHEN, getClass().getSimpleName());
    }

    /** A visit recorded as it began (flagged when {@code access.unescorted()}). */
    record AccessRecorded(MachineRoomEntryId entryId, CiId room, RoomAccess access, StaffId actor, Instant occurredAt)
            implements MachineRoomEntryEvent {
    }

    /** The visitor or member of staff left at {@code leftAt}. */
    record ExitRecorded(MachineRoomEntryId entryId, CiId room, Instant leftAt, StaffId actor, Instant occurredAt)
            implements MachineRoomEntryEvent {
    }

    record ReadingRecorded(MachineRoomEntryId entryId, CiId room, EnvironmentReading reading, StaffId actor,
                           Instant occurredAt) implements MachineRoomEntryEvent {
    }

    record EventRecorded(MachineRoomEntryId entryId, CiId room, RoomEvent event, StaffId actor, Instant occurredAt)
            implements MachineRoomEntryEvent {
    }
}
