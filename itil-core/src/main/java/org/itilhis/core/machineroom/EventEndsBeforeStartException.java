package org.itilhis.core.machineroom;

import java.time.Instant;
import org.itilhis.core.shared.DomainException;

/** A room event whose end (field {@code end}) is before its start. */
public final class EventEndsBeforeStartException extends DomainException {
    public EventEndsBeforeStartException(Instant start, Instant end) {
        super("machine-room.event-ends-before-start", start, end);
    }
}
