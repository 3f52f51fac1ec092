package org.itilhis.core.availability;

import java.time.Instant;
import org.itilhis.core.shared.DomainException;

/** A report's period whose end (field {@code to}) is not after its start ({@code from}), or longer than the longest report. */
public final class ReportPeriodException extends DomainException {
    public ReportPeriodException(Instant from, Instant to, long longestDays) {
        super("availability.invalid-period", from, to, longestDays);
    }
}
