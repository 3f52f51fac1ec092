package org.itilhis.ports.operations.in;

import org.itilhis.core.machineroom.MachineRoomEntryId;
import org.itilhis.core.shared.DomainException;

/** No machine room log entry with this id. */
public final class MachineRoomEntryNotFoundException extends DomainException {
    public MachineRoomEntryNotFoundException(MachineRoomEntryId id) {
        super("machine-room.not-found", id);
    }
}
