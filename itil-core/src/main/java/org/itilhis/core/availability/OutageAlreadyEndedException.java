package org.itilhis.core.availability;

import java.time.Instant;
import org.itilhis.core.shared.DomainException;

/** An outage's end is recorded once; a wrong end is corrected, with a reason. */
public final class OutageAlreadyEndedException extends DomainException {
    public OutageAlreadyEndedException(DeclaredOutageId outage, Instant end) {
        super("availability.outage-already-ended", outage, end);
    }
}
