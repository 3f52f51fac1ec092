package org.itilhis.core.roster;

import java.time.LocalDate;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.calendar.CalendarDays;

/**
 * The days a shift runs on, read from the group's business calendar, so that an adjusted
 * working day (a Sunday worked before the Spring Festival) gets the day shift and a statutory
 * holiday on a Tuesday gets the weekend on-call. The same as {@link CalendarDays}, under the
 * name the roster's stored shift sets and its REST representation use.
 */
public enum ShiftDays {
    /** Days with working time in the calendar: weekdays and adjusted working days, not holidays. */
    WORKING_DAYS,
    /** Days without working time: weekends that are not worked, and statutory holidays. */
    REST_DAYS,
    /** Only the calendar's statutory holidays. */
    STATUTORY_HOLIDAYS,
    /** Every day. */
    EVERY_DAY;

    /** Whether a shift on these days runs on {@code date} of {@code calendar}. */
    public boolean includes(LocalDate date, BusinessCalendar calendar) {
        return days().includes(date, calendar);
    }

    /** The same days, as every practice names them. */
    public CalendarDays days() {
        return CalendarDays.valueOf(name());
    }

    /** Whether {@code date} is a public holiday of {@code calendar}. */
    public static boolean isStatutoryHoliday(LocalDate date, BusinessCalendar calendar) {
        return CalendarDays.isStatutoryHoliday(date, calendar);
    }
}
