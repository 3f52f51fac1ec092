package org.itilhis.adapters.jdbc.servicelevel;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.itilhis.adapters.jdbc.common.JsonCodec;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.calendar.BusinessCalendarBuilder;
import org.itilhis.core.calendar.CalendarCoverage;
import org.itilhis.core.calendar.DateRule;
import org.itilhis.core.calendar.StatutoryHolidays;
import org.itilhis.core.calendar.WorkingPeriod;

/**
 * A business calendar as stored in {@code sla_calendar.definition} (written by
 * {@link JsonCodec}): everything {@link BusinessCalendar#builder} needs to build it again,
 * with working periods as text such as {@code 08:00-12:00} or {@code 13:00-16:45:30}.
 * Rebuilding validates the calendar as building it did the first time.
 *
 * <p>{@code arrangement} (the id of the statutory holidays followed) and {@code officialYears}
 * are the calendar's coverage, absent for a calendar without one. Definitions stored before
 * calendars knew their coverage lack {@code coverageRecorded}: for those it is inferred, so
 * that an upgraded hospital's office calendar does not silently treat next year's festivals
 * as working days. A legacy calendar follows mainland China's holidays when its holidays
 * include every statutory day of each year the statutory table knows among those it has
 * holidays in, and at least one such year; its official years are the years it has holidays in.
 */
public record CalendarDefinition(String name, String zone, Map<DayOfWeek, List<String>> weekly,
                          List<String> standardWorkingDay, List<Rule> rules, boolean coverageRecorded,
                          String arrangement, List<Integer> officialYears) {

    /** A date rule with its periods as text. */
    record Rule(LocalDate date, DateRule.Kind kind, List<String> periods, String note) {
    }

    public static CalendarDefinition of(BusinessCalendar calendar) {
        checkNotNull(calendar, "calendar");
        Map<DayOfWeek, List<String>> weekly = new EnumMap<>(DayOfWeek.class);
        calendar.weekly().forEach((day, periods) -> weekly.put(day, text(periods)));
        return new CalendarDefinition(calendar.name(), calendar.zone().getId(), weekly,
                text(calendar.standardWorkingDay()), calendar.rules().stream()
                .map(rule -> new Rule(rule.date(), rule.kind(), text(rule.periods()), rule.note())).toList(),
                true, calendar.coverage().map(c -> c.holidays().id()).orElse(null),
                calendar.coverage().map(c -> List.copyOf(c.officialYears())).orElse(null));
    }

    /** @throws IllegalArgumentException if the stored definition is not a valid calendar */
    public BusinessCalendar toCalendar() {
        BusinessCalendarBuilder builder = BusinessCalendar.builder(name).zone(zone);
        weekly.forEach((day, periods) -> builder.weekly(day, periods(periods).toArray(WorkingPeriod[]::new)));
        builder.standardWorkingDay(periods(standardWorkingDay).toArray(WorkingPeriod[]::new));
        List<DateRule> dateRules = rules.stream()
                .map(rule -> new DateRule(rule.date(), rule.kind(), periods(rule.periods()), rule.note())).toList();
        builder.rules(dateRules);
        coverage(dateRules).ifPresent(builder::coverage);
        return builder.build();
    }

    private Optional<CalendarCoverage> coverage(List<DateRule> dateRules) {
        if (!coverageRecorded) {
            return inferredCoverage(dateRules);
        }
        if (arrangement == null) {
            return Optional.empty();
        }
        StatutoryHolidays holidays = StatutoryHolidays.byId(arrangement).orElseThrow(() ->
                new IllegalArgumentException("calendar " + name + " follows unknown holidays '" + arrangement + "'"));
        return Optional.of(CalendarCoverage.of(holidays, officialYears == null ? List.of() : officialYears));
    }

    /** See the class comment. */
    static Optional<CalendarCoverage> inferredCoverage(List<DateRule> dateRules) {
        Set<LocalDate> holidays = dateRules.stream().filter(rule -> rule.kind() == DateRule.Kind.HOLIDAY)
                .map(DateRule::date).collect(Collectors.toSet());
        SortedSet<Integer> years = holidays.stream().map(LocalDate::getYear)
                .collect(Collectors.toCollection(TreeSet::new));
        StatutoryHolidays china = StatutoryHolidays.chinaMainland();
        List<Integer> checkable = years.stream().filter(china.knownYears()::contains).toList();
        boolean followsChina = !checkable.isEmpty() && checkable.stream().allMatch(year -> china.holidaysOf(year)
                .stream().allMatch(statutory -> holidays.contains(statutory.date())));
        return followsChina ? Optional.of(CalendarCoverage.of(china, years)) : Optional.empty();
    }

    private static List<String> text(List<WorkingPeriod> periods) {
        return periods.stream().map(WorkingPeriod::toString).toList();
    }

    private static ImmutableList<WorkingPeriod> periods(List<String> text) {
        return text.stream().map(WorkingPeriod::parse).collect(ImmutableList.toImmutableList());
    }
}
