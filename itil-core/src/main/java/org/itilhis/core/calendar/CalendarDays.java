package org.itilhis.core.calendar;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;

/**
 * Which days of a business calendar something happens on: a shift, an inspection round, a
 * backup. Read from the calendar, so that an adjusted working day (a Sunday worked before the
 * Spring Festival) counts as a working day and a statutory holiday on a Tuesday as a rest day.
 */
public enum CalendarDays {
    /** Days with working time in the calendar: weekdays and adjusted working days, not holidays. */
    WORKING_DAYS,
    /** Days without working time: weekends that are not worked, and statutory holidays. */
    REST_DAYS,
    /** Only the calendar's statutory holidays. */
    STATUTORY_HOLIDAYS,
    /** Every day. */
    EVERY_DAY;

    /** Whether {@code date} is one of these days in {@code calendar}. */
    public boolean includes(LocalDate date, BusinessCalendar calendar) {
        checkNotNull(date, "date");
        checkNotNull(calendar, "calendar");
        return switch (this) {
            case WORKING_DAYS -> !calendar.periodsOn(date).isEmpty();
            case REST_DAYS -> calendar.periodsOn(date).isEmpty();
            case STATUTORY_HOLIDAYS -> isStatutoryHoliday(date, calendar);
            case EVERY_DAY -> true;
        };
    }

    /** Whether {@code date} is a public holiday of {@code calendar} (a {@link DateRule.Kind#HOLIDAY} rule). */
    public static boolean isStatutoryHoliday(LocalDate date, BusinessCalendar calendar) {
        return calendar.rules().stream().anyMatch(r -> r.kind() == DateRule.Kind.HOLIDAY && r.date().equals(date));
    }
}
