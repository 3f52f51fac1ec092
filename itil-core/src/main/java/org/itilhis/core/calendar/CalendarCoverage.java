package org.itilhis.core.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.stream.IntStream;

/**
 * The years for which a calendar holds an official holiday arrangement (a State Council
 * notice, loaded as date rules), and the {@link StatutoryHolidays} it follows in the other
 * years. A date in a year outside {@code officialYears} is <em>provisional</em>: its
 * statutory days are kept as holidays, its adjusted working days are unknown, and every
 * figure that depends on it says so. A calendar without coverage (24x7, or a hospital's
 * own rules) claims no official arrangement and is never provisional.
 */
public record CalendarCoverage(StatutoryHolidays holidays, ImmutableSortedSet<Integer> officialYears) {
    /** How long before a year starts its missing arrangement is reported. */
    public static final int WARNING_DAYS = 60;

    public CalendarCoverage {
        checkNotNull(holidays, "holidays");
        officialYears = ImmutableSortedSet.copyOf(checkNotNull(officialYears, "officialYears"));
        checkArgument(officialYears.isEmpty() || officialYears.first() >= LocalDate.MIN.getYear()
                && officialYears.last() <= LocalDate.MAX.getYear(), "official years %s out of range", officialYears);
    }

    public static CalendarCoverage of(StatutoryHolidays holidays, Iterable<Integer> officialYears) {
        return new CalendarCoverage(holidays, ImmutableSortedSet.copyOf(officialYears));
    }

    /** Whether {@code year}'s official arrangement is loaded. */
    public boolean isOfficial(int year) {
        return officialYears.contains(year);
    }

    /** The years from {@code fromYear} to {@code toYear} (inclusive) whose arrangement is not loaded. */
    public ImmutableSortedSet<Integer> provisionalYears(int fromYear, int toYear) {
        return IntStream.rangeClosed(fromYear, toYear).filter(year -> !isOfficial(year)).boxed()
                .collect(ImmutableSortedSet.toImmutableSortedSet(Integer::compare));
    }

    /** The same coverage with {@code year} official too. */
    public CalendarCoverage withOfficial(int year) {
        return new CalendarCoverage(holidays, ImmutableSortedSet.<Integer>naturalOrder().addAll(officialYears)
                .add(year).build());
    }

    /**
     * The years whose missing arrangement should be reported on {@code today}: the current
     * year when it is not loaded, and the next one from {@value #WARNING_DAYS} days before it
     * starts.
     */
    public ImmutableList<Integer> missingYears(LocalDate today) {
        checkNotNull(today, "today");
        int next = today.getYear() + 1;
        boolean nextIsNear = ChronoUnit.DAYS.between(today, LocalDate.of(next, 1, 1)) <= WARNING_DAYS;
        return IntStream.of(today.getYear(), next)
                .filter(year -> !isOfficial(year) && (year == today.getYear() || nextIsNear))
                .boxed().collect(ImmutableList.toImmutableList());
    }
}
