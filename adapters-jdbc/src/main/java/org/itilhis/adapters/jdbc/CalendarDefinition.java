package org.itilhis.adapters.jdbc;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
 * Rebuilding validates the calendar as building it did the first time. {@code arrangement}
 * (the id of the statutory holidays followed) and {@code officialYears} are absent in
 * definitions stored before calendars knew their coverage, and for a calendar without one.
 */
record CalendarDefinition(String name, String zone, Map<DayOfWeek, List<String>> weekly,
                          List<String> standardWorkingDay, List<Rule> rules, String arrangement,
                          List<Integer> officialYears) {

    /** A date rule with its periods as text. */
    record Rule(LocalDate date, DateRule.Kind kind, List<String> periods, String note) {
    }

    static CalendarDefinition of(BusinessCalendar calendar) {
        checkNotNull(calendar, "calendar");
        Map<DayOfWeek, List<String>> weekly = new EnumMap<>(DayOfWeek.class);
        calendar.weekly().forEach((day, periods) -> weekly.put(day, text(periods)));
        return new CalendarDefinition(calendar.name(), calendar.zone().getId(), weekly,
                text(calendar.standardWorkingDay()), calendar.rules().stream()
                .map(rule -> new Rule(rule.date(), rule.kind(), text(rule.periods()), rule.note())).toList(),
                calendar.coverage().map(c -> c.holidays().id()).orElse(null),
                calendar.coverage().map(c -> List.copyOf(c.officialYears())).orElse(null));
    }

    /** @throws IllegalArgumentException if the stored definition is not a valid calendar */
    BusinessCalendar toCalendar() {
        BusinessCalendarBuilder builder = BusinessCalendar.builder(name).zone(zone);
        weekly.forEach((day, periods) -> builder.weekly(day, periods(periods).toArray(WorkingPeriod[]::new)));
        builder.standardWorkingDay(periods(standardWorkingDay).toArray(WorkingPeriod[]::new));
        for (Rule rule : rules) {
            builder.rule(new DateRule(rule.date(), rule.kind(), periods(rule.periods()), rule.note()));
        }
        if (arrangement != null) {
            StatutoryHolidays holidays = StatutoryHolidays.byId(arrangement).orElseThrow(() ->
                    new IllegalArgumentException("calendar " + name + " follows unknown holidays '" + arrangement + "'"));
            builder.coverage(CalendarCoverage.of(holidays, officialYears == null ? List.of() : officialYears));
        }
        return builder.build();
    }

    private static List<String> text(List<WorkingPeriod> periods) {
        return periods.stream().map(WorkingPeriod::toString).toList();
    }

    private static ImmutableList<WorkingPeriod> periods(List<String> text) {
        return text.stream().map(WorkingPeriod::parse).collect(ImmutableList.toImmutableList());
    }
}
