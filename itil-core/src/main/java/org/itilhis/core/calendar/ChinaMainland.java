package org.itilhis.core.calendar;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/**
 * Mainland China's official public holidays and adjusted working days, as published each
 * year by the State Council General Office, shipped with the library for 2024 to 2026 in
 * {@value #RESOURCE} (the file cites each notice). For later years a hospital loads its
 * own file with {@link CalendarFile#parse} and builds a new {@link CalendarVersions} entry.
 */
public final class ChinaMainland {
    /** The bundled data file, next to this class on the class path. */
    public static final String RESOURCE = "china-mainland.txt";

    /** The hospital's usual office hours: 08:00-12:00 and 14:00-17:30. */
    public static final ImmutableList<WorkingPeriod> OFFICE_HOURS = ImmutableList.of(
            WorkingPeriod.parse("08:00-12:00"), WorkingPeriod.parse("14:00-17:30"));

    private static final Supplier<ImmutableList<DateRule>> ARRANGEMENTS =
            Suppliers.memoize(() -> CalendarFile.parse(readResource()));

    private ChinaMainland() {
    }

    /** The holidays and adjusted working days of 2024, 2025 and 2026. */
    public static ImmutableList<DateRule> officialArrangements() {
        return ARRANGEMENTS.get();
    }

    /**
     * Office hours ({@link #OFFICE_HOURS}) Monday to Friday in {@code Asia/Shanghai}, with
     * the official holidays off and the adjusted weekend working days worked.
     */
    public static BusinessCalendar officeHours() {
        WorkingPeriod[] periods = OFFICE_HOURS.toArray(new WorkingPeriod[0]);
        return BusinessCalendar.builder("China mainland office hours")
                .mondayToFriday(periods)
                .rules(officialArrangements())
                .build();
    }

    /*
     * The only I/O in core: reading a file bundled in this jar, which CoreRules admits
     * (InputStream, IOException and UncheckedIOException, nothing else from java.io).
     */
    private static String readResource() {
        try (InputStream in = ChinaMainland.class.getResourceAsStream(RESOURCE)) {
            checkState(in != null, "%s is missing from the class path", RESOURCE);
            return new String(in.readAllBytes(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
