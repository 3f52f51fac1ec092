package org.itilhis.core.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;

/**
 * An exception to the weekly pattern on one date: a public holiday, an adjusted working
 * day (a weekend day worked to bridge a holiday, as mainland China's State Council
 * arrangements require), a half working day with its own periods, or extra working hours
 * added to the usual ones.
 *
 * @param date the local date in the calendar's time zone
 * @param kind what happens on that date
 * @param periods the working periods for {@link Kind#HALF_DAY} and {@link Kind#EXTRA_HOURS};
 *        empty for the other kinds
 * @param note why, e.g. {@code Spring Festival adjustment}; may be empty
 */
public record DateRule(LocalDate date, Kind kind, ImmutableList<WorkingPeriod> periods, String note) {

    /** The kinds of exception to the weekly pattern. */
    public enum Kind {
        /** No working time at all on the date. */
        HOLIDAY,
        /** A normal working day (the calendar's standard working day), whatever the weekday. */
        WORKDAY,
        /** Only the given periods are worked, replacing the weekly ones. */
        HALF_DAY,
        /** The given periods are worked in addition to the day's usual ones. */
        EXTRA_HOURS;

        boolean hasPeriods() {
            return this == HALF_DAY || this == EXTRA_HOURS;
        }
    }

    public DateRule {
        checkNotNull(date, "date");
        checkNotNull(kind, "kind");
        periods = ImmutableList.sortedCopyOf(checkNotNull(periods, "periods"));
        note = checkNotNull(note, "note").strip();
        checkArgument(kind.hasPeriods() != periods.isEmpty(),
                "%s on %s %s working periods", kind, date, kind.hasPeriods() ? "needs" : "takes no");
    }

    /** A public holiday on {@code date}. */
    public static DateRule holiday(LocalDate date, String note) {
        return new DateRule(date, Kind.HOLIDAY, ImmutableList.of(), note);
    }

    /** An adjusted working day: {@code date} is worked like a standard working day. */
    public static DateRule workday(LocalDate date, String note) {
        return new DateRule(date, Kind.WORKDAY, ImmutableList.of(), note);
    }

    /** Only {@code periods} are worked on {@code date}. */
    public static DateRule halfDay(LocalDate date, Iterable<WorkingPeriod> periods, String note) {
        return new DateRule(date, Kind.HALF_DAY, ImmutableList.copyOf(periods), note);
    }

    /** {@code periods} are worked on {@code date} in addition to its usual periods. */
    public static DateRule extraHours(LocalDate date, Iterable<WorkingPeriod> periods, String note) {
        return new DateRule(date, Kind.EXTRA_HOURS, ImmutableList.copyOf(periods), note);
    }
}
