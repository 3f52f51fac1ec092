package org.itilhis.core.machineroom;

import org.itilhis.core.shared.DomainException;

/** A time out recorded on an entry that is not a visit (a reading, an event). */
public final class NotAVisitException extends DomainException {
    public NotAVisitException(MachineRoomEntryId entry) {
        super("machine-room.not-a-visit", entry);
    }
}
