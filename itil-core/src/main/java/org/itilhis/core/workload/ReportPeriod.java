package org.itilhis.core.workload;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The days a report covers: from {@code from} (included) to {@code to} (excluded), local dates
 * of the hospital's time zone; March 2026 is {@code 2026-03-01} to {@code 2026-04-01}. At most
 * {@link #MAX_DAYS} days, so that a report stays a report and not an export of the log.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {
    /** The longest period: a leap year. */
    public static final int MAX_DAYS = 366;

    /**
     * @throws ReportPeriodInvalidException if the period ends at or before its start or is longer than {@link #MAX_DAYS}
     */
    public ReportPeriod {
        checkNotNull(from, "from");
        checkNotNull(to, "to");
        if (!to.isAfter(from)) {
            throw ReportPeriodInvalidException.endsBeforeStart(from, to);
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw ReportPeriodInvalidException.tooLong(from, to, MAX_DAYS);
        }
    }

    /** The calendar month {@code month}. */
    public static ReportPeriod of(YearMonth month) {
        return new ReportPeriod(month.atDay(1), month.plusMonths(1).atDay(1));
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && day.isBefore(to);
    }

    /** The months the period touches, in order: the rows of the trend. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.atDay(1).isAfter(to.minusDays(1)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }
}
