package org.itilhis.core.workload;

import java.time.LocalDate;
import org.itilhis.core.shared.DomainException;

/**
 * A report's period (fields {@code from} and {@code to}) ends at or before its start, or is
 * longer than {@link ReportPeriod#MAX_DAYS} days.
 */
public final class ReportPeriodInvalidException extends DomainException {
    private ReportPeriodInvalidException(String code, Object... arguments) {
        super(code, arguments);
    }

    static ReportPeriodInvalidException endsBeforeStart(LocalDate from, LocalDate to) {
        return new ReportPeriodInvalidException("report.period-ends-before-start", from, to);
    }

    static ReportPeriodInvalidException tooLong(LocalDate from, LocalDate to, int maxDays) {
        return new ReportPeriodInvalidException("report.period-too-long", from, to, maxDays);
    }
}
