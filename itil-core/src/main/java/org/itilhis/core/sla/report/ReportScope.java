package org.itilhis.core.sla.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * What a report covers: the tickets raised within the half-open range {@code [from, to)},
 * cut into {@link ReportPeriod}s by {@code unit} in {@code zone} (the hospital's zone, which
 * decides where a day, week or month begins). A ticket is raised at its response clock's
 * start. The range is not empty and spans at most 100 years ({@link IllegalArgumentException}
 * otherwise).
 */
public record ReportScope(Instant from, Instant to, PeriodUnit unit, ZoneId zone) {
    private static final Duration LONGEST = Duration.ofDays(36_525);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public ReportScope {
        checkNotNull(from, "from");
        checkNotNull(to, "to");
        checkNotNull(unit, "unit");
        checkNotNull(zone, "zone");
        checkArgument(from.isBefore(to), "report range is empty: from %s is not before to %s", from, to);
        checkArgument(Duration.between(from, to).compareTo(LONGEST) <= 0,
                "report range %s .. %s spans more than 100 years", from, to);
    }

    /** Tickets raised in {@code [from, to)}, by {@code unit} in {@code zone}. */
    public static ReportScope of(Instant from, Instant to, PeriodUnit unit, ZoneId zone) {
        return new ReportScope(from, to, unit, zone);
    }

    /** Tickets raised in {@code [from, to)}, as one period. */
    public static ReportScope between(Instant from, Instant to, ZoneId zone) {
        return new ReportScope(from, to, PeriodUnit.WHOLE_RANGE, zone);
    }

    /**
     * Tickets raised from the start of month {@code first} to the end of month {@code last}
     * (inclusive) in {@code zone}, month by month.
     */
    public static ReportScope months(YearMonth first, YearMonth last, ZoneId zone) {
        checkNotNull(first, "first");
        checkNotNull(last, "last");
        checkNotNull(zone, "zone");
        checkArgument(!last.isBefore(first), "last month %s is before first month %s", last, first);
        return new ReportScope(first.atDay(1).atStartOfDay(zone).toInstant(),
                last.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant(), PeriodUnit.CALENDAR_MONTH, zone);
    }

    /** Whether a ticket raised at {@code raisedAt} falls within this scope. */
    public boolean contains(Instant raisedAt) {
        return !raisedAt.isBefore(from) && raisedAt.isBefore(to);
    }

    /**
     * The period containing {@code raisedAt}.
     *
     * @throws IllegalArgumentException if {@code raisedAt} is outside the scope
     */
    public ReportPeriod periodOf(Instant raisedAt) {
        checkArgument(contains(checkNotNull(raisedAt, "raisedAt")), "%s is outside the report range %s .. %s",
                raisedAt, from, to);
        if (unit == PeriodUnit.WHOLE_RANGE) {
            return new ReportPeriod(local(from) + " .. " + local(to), from, to);
        }
        LocalDate start = startOf(LocalDate.ofInstant(raisedAt, zone));
        Instant periodFrom = start.atStartOfDay(zone).toInstant();
        Instant periodTo = next(start).atStartOfDay(zone).toInstant();
        return new ReportPeriod(label(start), max(from, periodFrom), min(to, periodTo));
    }

    /** Every period of the scope, oldest first, including those in which no ticket was raised. */
    public ImmutableList<ReportPeriod> periods() {
        ImmutableList.Builder<ReportPeriod> periods = ImmutableList.builder();
        ReportPeriod period = periodOf(from);
        periods.add(period);
        while (period.to().isBefore(to)) {
            period = periodOf(period.to());
            periods.add(period);
        }
        return periods.build();
    }

    /** The range, zone and unit, printable. */
    public String describe() {
        return "tickets raised " + local(from) + " .. " + local(to) + " (" + zone + "), by "
                + unit.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private LocalDate startOf(LocalDate date) {
        return switch (unit) {
            case DAY, WHOLE_RANGE -> date;
            case ISO_WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case CALENDAR_MONTH -> date.withDayOfMonth(1);
        };
    }

    private LocalDate next(LocalDate start) {
        return switch (unit) {
            case DAY, WHOLE_RANGE -> start.plusDays(1);
            case ISO_WEEK -> start.plusWeeks(1);
            case CALENDAR_MONTH -> start.plusMonths(1);
        };
    }

    private String label(LocalDate start) {
        return switch (unit) {
            case DAY, WHOLE_RANGE -> start.toString();
            case ISO_WEEK -> String.format(Locale.ROOT, "%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case CALENDAR_MONTH -> YearMonth.from(start).toString();
        };
    }

    private String local(Instant instant) {
        return LocalDateTime.ofInstant(instant, zone).format(LOCAL);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
