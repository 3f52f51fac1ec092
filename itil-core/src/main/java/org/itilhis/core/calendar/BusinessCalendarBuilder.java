package org.itilhis.core.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Assembles and validates a {@link BusinessCalendar}. {@link #build()} rejects, with a
 * message naming the day or date and the periods: overlapping periods, a date with two
 * conflicting rules, extra hours that overlap the day's usual hours, and a week without
 * any working time (a deadline would never be reached). Zone ids are checked when given.
 */
public final class BusinessCalendarBuilder {
    private final String name;
    private ZoneId zone = BusinessCalendar.SHANGHAI;
    private final EnumMap<DayOfWeek, ImmutableList<WorkingPeriod>> weekly = BusinessCalendar.emptyWeek();
    private ImmutableList<WorkingPeriod> standardDay;
    private final List<DateRule> rules = new ArrayList<>();
    private CalendarCoverage coverage;

    BusinessCalendarBuilder(String name) {
        this.name = checkNotNull(name, "name").strip();
        checkArgument(!this.name.isEmpty(), "calendar name is blank");
    }

    public BusinessCalendarBuilder zone(ZoneId zone) {
        this.zone = checkNotNull(zone, "zone");
        return this;
    }

    /** @throws IllegalArgumentException if {@code zoneId} is not a known time zone */
    public BusinessCalendarBuilder zone(String zoneId) {
        checkNotNull(zoneId, "zoneId");
        try {
            return zone(ZoneId.of(zoneId));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("calendar " + name + ": unknown time zone '" + zoneId + "'", e);
        }
    }

    /** Sets the working periods of {@code day} every week (replacing earlier ones). */
    public BusinessCalendarBuilder weekly(DayOfWeek day, WorkingPeriod... periods) {
        checkNotNull(day, "day");
        weekly.put(day, ImmutableList.sortedCopyOf(ImmutableList.copyOf(periods)));
        return this;
    }

    /** Sets the same working periods for Monday to Friday. */
    public BusinessCalendarBuilder mondayToFriday(WorkingPeriod... periods) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                weekly(day, periods);
            }
        }
        return this;
    }

    /**
     * The periods worked on an adjusted working day; by default those of the first day
     * of the week, from Monday, that has any.
     */
    public BusinessCalendarBuilder standardWorkingDay(WorkingPeriod... periods) {
        standardDay = ImmutableList.sortedCopyOf(ImmutableList.copyOf(periods));
        return this;
    }

    /**
     * The years whose official holiday arrangement the date rules hold, and the statutory
     * holidays kept as provisional holidays in every other year (on dates without a rule).
     */
    public BusinessCalendarBuilder coverage(CalendarCoverage officialCoverage) {
        this.coverage = checkNotNull(officialCoverage, "officialCoverage");
        return this;
    }

    public BusinessCalendarBuilder rule(DateRule rule) {
        rules.add(checkNotNull(rule, "rule"));
        return this;
    }

    public BusinessCalendarBuilder rules(Iterable<DateRule> more) {
        more.forEach(this::rule);
        return this;
    }

    /** @throws IllegalArgumentException if the calendar is inconsistent (see the class comment) */
    public BusinessCalendar build() {
        weekly.forEach((day, periods) -> checkDisjoint(periods, day));
        ImmutableList<WorkingPeriod> standard = standardDay != null ? standardDay : firstWorkingWeekday();
        checkArgument(!standard.isEmpty(), "calendar %s has no working period in the week", name);
        checkDisjoint(standard, "the standard working day");
        Map<LocalDate, ImmutableList<WorkingPeriod>> dates = resolveDates(standard);
        return new BusinessCalendar(name, zone, weekly, standard, dates, ImmutableList.copyOf(rules),
                Optional.ofNullable(coverage));
    }

    private ImmutableList<WorkingPeriod> firstWorkingWeekday() {
        return weekly.values().stream().filter(periods -> !periods.isEmpty()).findFirst()
                .orElse(ImmutableList.of());
    }

    /**
     * Applies at most one replacing rule per date, then the provisional holidays of the
     * years outside the coverage on the dates left, then adds any extra hours to the result.
     */
    private Map<LocalDate, ImmutableList<WorkingPeriod>> resolveDates(ImmutableList<WorkingPeriod> standard) {
        Map<LocalDate, ImmutableList<WorkingPeriod>> dates = new TreeMap<>();
        replacingRules().forEach((date, rule) -> dates.put(date, checkDisjoint(periodsOf(rule, standard), date)));
        if (coverage != null) {
            coverage.holidays().days().stream().filter(day -> !coverage.isOfficial(day.date().getYear()))
                    .forEach(day -> dates.putIfAbsent(day.date(), ImmutableList.of()));
        }
        extraHours().forEach((date, added) -> {
            List<WorkingPeriod> all = new ArrayList<>(added);
            all.addAll(dates.getOrDefault(date, weekly.get(date.getDayOfWeek())));
            dates.put(date, checkDisjoint(ImmutableList.sortedCopyOf(all), date));
        });
        return dates;
    }

    private Map<LocalDate, DateRule> replacingRules() {
        Map<LocalDate, DateRule> replacing = new TreeMap<>();
        for (DateRule rule : rules) {
            if (rule.kind() != DateRule.Kind.EXTRA_HOURS) {
                DateRule earlier = replacing.putIfAbsent(rule.date(), rule);
                checkArgument(earlier == null || earlier.equals(rule), "calendar %s: %s is both %s and %s",
                        name, rule.date(), earlier == null ? null : earlier.kind(), rule.kind());
            }
        }
        return replacing;
    }

    private Map<LocalDate, List<WorkingPeriod>> extraHours() {
        Map<LocalDate, List<WorkingPeriod>> extras = new TreeMap<>();
        for (DateRule rule : rules) {
            if (rule.kind() == DateRule.Kind.EXTRA_HOURS) {
                extras.computeIfAbsent(rule.date(), date -> new ArrayList<>()).addAll(rule.periods());
            }
        }
        return extras;
    }

    private static ImmutableList<WorkingPeriod> periodsOf(DateRule rule, ImmutableList<WorkingPeriod> standard) {
        return switch (rule.kind()) {
            case HOLIDAY -> ImmutableList.of();
            case WORKDAY -> standard;
            case HALF_DAY, EXTRA_HOURS -> rule.periods();
        };
    }

    private ImmutableList<WorkingPeriod> checkDisjoint(ImmutableList<WorkingPeriod> sorted, Object where) {
        for (int i = 1; i < sorted.size(); i++) {
            checkArgument(!sorted.get(i - 1).overlaps(sorted.get(i)), "calendar %s, %s: periods %s and %s overlap",
                    name, where, sorted.get(i - 1), sorted.get(i));
        }
        return sorted;
    }
}
