package org.itilhis.core.calendar;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import org.itilhis.core.shared.Messages;

/**
 * A calendar lacks a year's official holiday arrangement that is in force or starts within
 * {@value CalendarCoverage#WARNING_DAYS} days: its figures over that year are provisional
 * until the year's notice is loaded. Reported by health checks and logs.
 *
 * @param calendar the name the calendar is stored under
 */
public record MissingArrangement(String calendar, StatutoryHolidays holidays, int year) {
    public MissingArrangement {
        checkNotNull(calendar, "calendar");
        checkNotNull(holidays, "holidays");
    }

    /** e.g. "the China mainland arrangement for 2027 is not loaded", or in Chinese. */
    public String messageIn(Locale locale) {
        return Messages.format("calendar.arrangement-not-loaded", locale, holidays.label(), year);
    }
}
