package org.itilhis.core.machineroom;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.UUID;

/** The identity of a machine room log entry, from {@code MachineRoomLogRepository.nextId()}. */
public record MachineRoomEntryId(UUID value) {
    public MachineRoomEntryId {
        checkNotNull(value, "value");
    }

    public static MachineRoomEntryId parse(String text) {
        return new MachineRoomEntryId(UUID.fromString(checkNotNull(text, "text")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
