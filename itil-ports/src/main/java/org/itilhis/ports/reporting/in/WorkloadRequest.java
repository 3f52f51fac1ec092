package org.itilhis.ports.reporting.in;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.itilhis.core.workload.ReportPeriod;

/**
 * Which workload report: the days from {@code from} (included) to {@code to} (excluded), local
 * dates of the hospital's zone (the split rules' calendar); a month is its first day to the
 * next month's first day.
 */
public record WorkloadRequest(@NotNull LocalDate from, @NotNull LocalDate to) {
    /**
     * The period asked for.
     *
     * @throws org.itilhis.core.workload.ReportPeriodInvalidException if it ends at or before its
     *         start, or is longer than 366 days
     */
    public ReportPeriod period() {
        return new ReportPeriod(from, to);
    }
}
