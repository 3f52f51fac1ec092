package org.itilhis.core.machineroom;

import java.time.Instant;
import org.itilhis.core.shared.DomainException;

/** A time (field {@code field}) later than now and the clocks' tolerated skew: the log records what happened. */
public final class TimeInFutureException extends DomainException {
    public TimeInFutureException(String field, Instant at, Instant now) {
        super("machine-room.time-in-future", field, at, now, MachineRoomEntry.CLOCK_SKEW.toMinutes());
    }
}
