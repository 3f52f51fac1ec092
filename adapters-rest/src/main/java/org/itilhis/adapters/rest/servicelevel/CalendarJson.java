package org.itilhis.adapters.rest.servicelevel;

import com.google.common.collect.ImmutableList;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.calendar.CalendarVersions;
import org.itilhis.core.calendar.WorkingPeriod;

/**
 * {@code GET /api/v1/calendars/{name}}: the versions of one business calendar, oldest first.
 * Periods are half-open local times {@code HH:mm-HH:mm} in the version's zone.
 *
 * @param name the name the calendar is stored under (the one the SLA configuration names)
 */
public record CalendarJson(String name, List<CalendarVersionJson> versions) {

    /** @param date when given, each version also shows its working periods on that date */
    public static CalendarJson of(String name, CalendarVersions versions, LocalDate date) {
        List<CalendarVersionJson> list = new ArrayList<>();
        versions.versions().forEach((from, calendar) -> list.add(CalendarVersionJson.of(from, calendar, date)));
        return new CalendarJson(name, list);
    }

    /**
     * One version of a calendar.
     *
     * @param effectiveFrom      when it took effect; absent for the first version, in force since the beginning
     * @param name               the name the version was built with
     * @param zone               its time zone ({@code Asia/Shanghai})
     * @param weekly             the working periods of each day of the week (empty for a day off)
     * @param standardWorkingDay the periods of an adjusted working day
     * @param ruleCount          how many date rules (holidays, adjusted working days, half days, extra hours) it has
     * @param arrangement        the id of the statutory holidays followed outside the official
     *                           years ({@code china-mainland}); absent for a calendar without one
     * @param officialYears      the years whose official holiday arrangement it holds; empty without an arrangement
     * @param day                the periods on the {@code date} asked for
     */
    public record CalendarVersionJson(Instant effectiveFrom, String name, String zone,
                                      Map<DayOfWeek, List<String>> weekly, List<String> standardWorkingDay,
                                      int ruleCount, String arrangement, List<Integer> officialYears, DayJson day) {

        static CalendarVersionJson of(Instant from, BusinessCalendar calendar, LocalDate date) {
            Map<DayOfWeek, List<String>> weekly = new EnumMap<>(DayOfWeek.class);
            for (DayOfWeek day : DayOfWeek.values()) {
                weekly.put(day, periods(calendar.weekly().getOrDefault(day, ImmutableList.of())));
            }
            return new CalendarVersionJson(from.equals(Instant.MIN) ? null : from, calendar.name(),
                    calendar.zone().getId(), weekly, periods(calendar.standardWorkingDay()), calendar.rules().size(),
                    calendar.coverage().map(c -> c.holidays().id()).orElse(null),
                    calendar.coverage().map(c -> c.officialYears().asList()).orElse(ImmutableList.of()),
                    date == null ? null : new DayJson(date, periods(calendar.periodsOn(date)),
                            calendar.isProvisional(date)));
        }
    }

    /**
     * The working periods of one date after the date rules; empty on a holiday.
     *
     * @param provisional the year's official holiday arrangement is not loaded: the statutory
     *                    holidays are off, adjusted working days unknown
     */
    public record DayJson(LocalDate date, List<String> periods, boolean provisional) {
    }

    /** {@code GET /api/v1/calendars}: the names of the stored calendars, sorted. */
    public record CalendarNamesJson(List<String> names) {
    }

    static List<String> periods(List<WorkingPeriod> periods) {
        return periods.stream().map(WorkingPeriod::toString).toList();
    }
}
