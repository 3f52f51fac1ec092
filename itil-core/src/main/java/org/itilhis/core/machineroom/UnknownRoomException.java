package org.itilhis.core.machineroom;

import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.DomainException;

/** An entry for a room (field {@code room}) that is not a configuration item of the CMDB. */
public final class UnknownRoomException extends DomainException {
    public UnknownRoomException(CiId room) {
        super("machine-room.not-a-room", room);
    }
}
