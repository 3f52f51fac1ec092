package org.itilhis.core.repair;

import java.time.Instant;
import org.itilhis.core.shared.DomainException;

/** A time of a repair (its downtime's start or end) lies after now: what is recorded has happened. */
public final class RepairTimeInFutureException extends DomainException {
    private final String field;

    public RepairTimeInFutureException(String field, Instant time, Instant now) {
        super("repair.time-in-future", field, time, now);
        this.field = field;
    }

    /** The command's field that holds the time. */
    public String field() {
        return field;
    }
}
