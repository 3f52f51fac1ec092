package org.itilhis.core.repair;

import java.time.Instant;
import org.itilhis.core.shared.DomainException;

/** A repair's downtime was given an end before its start. */
public final class DowntimeEndsBeforeStartException extends DomainException {
    public DowntimeEndsBeforeStartException(RepairId repair, Instant start, Instant end) {
        super("repair.downtime-ends-before-start", repair, end, start);
    }
}
