package org.itilhis.core.machineroom;

import java.time.Instant;
import org.itilhis.core.shared.DomainException;

/** A time out (field {@code leftAt}) before the visit's time in. */
public final class ExitBeforeEntryException extends DomainException {
    public ExitBeforeEntryException(MachineRoomEntryId entry, Instant leftAt, Instant enteredAt) {
        super("machine-room.exit-before-entry", entry, leftAt, enteredAt);
    }
}
