package org.itilhis.core.calendar;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/**
 * Mainland China's official public holidays and adjusted working days, as published each
 * year by the State Council General Office, shipped with the library for 2024 to 2026 in
 * {@value #RESOURCE} (the file cites each notice). Later years are provisional
 * ({@link CalendarCoverage}): their statutory holidays ({@link StatutoryHolidays}) are off,
 * their adjusted working days unknown, until the hospital loads the year's notice
 * ({@link HolidayNotice}, {@link BusinessCalendar#withOfficialArrangement}).
 */
public final class ChinaMainland {
    /** The bundled data file, next to this class on the class path. */
    public static final String RESOURCE = "china-mainland.txt";

    /** The hospital's usual office hours: 08:00-12:00 and 14:00-17:30. */
    public static final ImmutableList<WorkingPeriod> OFFICE_HOURS = ImmutableList.of(
            WorkingPeriod.parse("08:00-12:00"), WorkingPeriod.parse("14:00-17:30"));

    private static final Supplier<ImmutableList<DateRule>> ARRANGEMENTS =
            Suppliers.memoize(() -> CalendarFile.parse(readResource(RESOURCE)));

    private ChinaMainland() {
    }

    /** The years whose official arrangement ships with the library. */
    public static final ImmutableSortedSet<Integer> OFFICIAL_YEARS = ImmutableSortedSet.of(2024, 2025, 2026);

    /** The holidays and adjusted working days of 2024, 2025 and 2026. */
    public static ImmutableList<DateRule> officialArrangements() {
        return ARRANGEMENTS.get();
    }

    /** The shipped official years, and mainland China's statutory holidays in every other year. */
    public static CalendarCoverage coverage() {
        return CalendarCoverage.of(StatutoryHolidays.chinaMainland(), OFFICIAL_YEARS);
    }

    /**
     * Office hours ({@link #OFFICE_HOURS}) Monday to Friday in {@code Asia/Shanghai}, with
     * the official holidays off and the adjusted weekend working days worked; from 2027 on,
     * until the year's notice is loaded, the statutory holidays off, provisionally.
     */
    public static BusinessCalendar officeHours() {
        WorkingPeriod[] periods = OFFICE_HOURS.toArray(new WorkingPeriod[0]);
        return BusinessCalendar.builder("China mainland office hours")
                .mondayToFriday(periods)
                .rules(officialArrangements())
                .coverage(coverage())
                .build();
    }

    /*
     * The only I/O in core: reading a file bundled in this jar, which CoreRules admits
     * (InputStream, IOException and UncheckedIOException, nothing else from java.io).
     */
    static String readResource(String resource) {
        try (InputStream in = ChinaMainland.class.getResourceAsStream(resource)) {
            checkState(in != null, "%s is missing from the class path", resource);
            return new String(in.readAllBytes(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
