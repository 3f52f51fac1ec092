package org.itilhis.core.calendar;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.itilhis.core.shared.Text;

/**
 * One year's official holiday arrangement (mainland China: the State Council General
 * Office's notice, 国务院办公厅关于部分节假日安排的通知), written by the hospital in the
 * {@link CalendarFile} format with {@code HOLIDAY} and {@code WORKDAY} lines only, and
 * checked before it becomes a calendar's official data for that year:
 * <ul>
 *   <li>every date is in the notice's year;</li>
 *   <li>an adjusted working day ({@code WORKDAY}, 调休上班) is a Saturday or a Sunday;</li>
 *   <li>every statutory day of the year ({@link StatutoryHolidays}) is a {@code HOLIDAY};</li>
 *   <li>no date has two rules.</li>
 * </ul>
 * A statutory day the library does not know (a year past its table) cannot be checked;
 * the other checks still apply.
 *
 * @param year  the year the notice arranges
 * @param rules its holidays and adjusted working days, in the order written
 */
public record HolidayNotice(int year, ImmutableList<DateRule> rules) {
    public HolidayNotice {
        checkNotNull(rules, "rules");
    }

    /**
     * Reads and checks the notice for {@code year} against {@code holidays}.
     *
     * @throws CalendarFileException naming the line and column of a malformed line
     * @throws HolidayNoticeRejectedException naming the rule the notice breaks (and its line)
     */
    public static HolidayNotice read(int year, String text, StatutoryHolidays holidays) {
        checkNotNull(text, "text");
        checkNotNull(holidays, "holidays");
        ImmutableList.Builder<DateRule> rules = ImmutableList.builder();
        Map<LocalDate, DateRule> byDate = new HashMap<>();
        CalendarFile.eachLine(text, (number, line) -> {
            for (DateRule rule : CalendarFile.parseLine(number, line)) {
                check(year, number, rule, byDate.put(rule.date(), rule));
                rules.add(rule);
            }
        });
        ImmutableList<DateRule> read = rules.build();
        if (read.isEmpty()) {
            throw new HolidayNoticeRejectedException("calendar.notice-empty", year);
        }
        for (DateRule statutory : holidays.holidaysOf(year)) {
            DateRule given = byDate.get(statutory.date());
            if (given == null || given.kind() != DateRule.Kind.HOLIDAY) {
                throw new HolidayNoticeRejectedException("calendar.notice-misses-statutory-day", year,
                        statutory.date(), statutory.note());
            }
        }
        return new HolidayNotice(year, read);
    }

    /**
     * {@code calendar} with the notice for {@code year} read, checked against the statutory
     * holidays the calendar follows, and loaded as the year's official arrangement
     * ({@link BusinessCalendar#withOfficialArrangement}).
     *
     * @throws HolidayNoticeRejectedException if the calendar follows no official arrangement,
     *         already holds the year's, or the notice breaks a rule (see the class comment)
     * @throws CalendarFileException naming the line and column of a malformed line
     */
    public static BusinessCalendar loadInto(BusinessCalendar calendar, int year, String text) {
        checkNotNull(calendar, "calendar");
        CalendarCoverage coverage = calendar.coverage().orElseThrow(() ->
                new HolidayNoticeRejectedException("calendar.no-arrangement", calendar.name()));
        if (coverage.isOfficial(year)) {
            throw new HolidayNoticeRejectedException("calendar.notice-year-loaded", year,
                    coverage.holidays().label(), calendar.name());
        }
        return calendar.withOfficialArrangement(year, read(year, text, coverage.holidays()).rules());
    }

    private static void check(int year, int line, DateRule rule, DateRule earlier) {
        if (rule.date().getYear() != year) {
            throw new HolidayNoticeRejectedException("calendar.notice-other-year", line, rule.date(), year);
        }
        if (rule.kind() != DateRule.Kind.HOLIDAY && rule.kind() != DateRule.Kind.WORKDAY) {
            throw new HolidayNoticeRejectedException("calendar.notice-kind", line, rule.kind());
        }
        if (rule.kind() == DateRule.Kind.WORKDAY && !isWeekend(rule.date())) {
            throw new HolidayNoticeRejectedException("calendar.notice-workday-on-weekday", line, rule.date(),
                    Text.label(rule.date().getDayOfWeek()));
        }
        if (earlier != null) {
            throw new HolidayNoticeRejectedException("calendar.notice-date-twice", line, rule.date());
        }
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
