package org.itilhis.core.availability;

import java.time.Instant;
import org.itilhis.core.shared.DomainException;

/** An outage's start or end (field {@code field}) later than now and the tolerated clock skew: an outage is declared once it happened. */
public final class OutageTimeInFutureException extends DomainException {
    public OutageTimeInFutureException(String field, Instant at, Instant now) {
        super("availability.time-in-future", field, at, now, DeclaredOutage.CLOCK_SKEW.toMinutes());
    }
}
