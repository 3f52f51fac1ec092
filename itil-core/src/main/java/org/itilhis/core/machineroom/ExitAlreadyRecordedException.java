package org.itilhis.core.machineroom;

import java.time.Instant;
import org.itilhis.core.shared.DomainException;

/** The visit's time out is recorded once; this one's was already. */
public final class ExitAlreadyRecordedException extends DomainException {
    public ExitAlreadyRecordedException(MachineRoomEntryId entry, Instant leftAt) {
        super("machine-room.exit-already-recorded", entry, leftAt);
    }
}
