package org.itilhis.core.availability;

import java.time.Instant;
import org.itilhis.core.shared.DomainException;

/** An outage whose end (field {@code end}) is before its start. */
public final class OutageEndsBeforeStartException extends DomainException {
    public OutageEndsBeforeStartException(Instant start, Instant end) {
        super("availability.outage-ends-before-start", start, end);
    }
}
