package org.itilhis.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@code read(write(c))} is {@code c} for random calendars: any zone, weekly pattern and mix of date rules. */
class CalendarDocumentProperties {
    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);

    @Property(tries = 1_000)
    void aWrittenCalendarReadsBackAsTheSameCalendar(@ForAll("calendars") BusinessCalendar calendar) {
        BusinessCalendar read = CalendarDocument.read(CalendarDocument.write(calendar));
        CalendarDocumentTest.assertEquivalent(read, calendar);
        for (DateRule rule : calendar.rules()) {
            assertThat(read.periodsOn(rule.date())).isEqualTo(calendar.periodsOn(rule.date()));
        }
    }

    @Provide
    Arbitrary<BusinessCalendar> calendars() {
        Arbitrary<String> names = Arbitraries.strings().withChars("ab 春节#-.").ofMinLength(1).ofMaxLength(12)
                .filter(name -> !name.isBlank());
        Arbitrary<ZoneId> zones = Arbitraries.of("Asia/Shanghai", "Europe/Berlin", "America/New_York", "UTC", "+08:00")
                .map(ZoneId::of);
        Arbitrary<List<List<WorkingPeriod>>> weeks = periods().list().ofSize(7);
        Arbitrary<List<DateRule>> rules = rules().list().ofMaxSize(12).uniqueElements(DateRule::date);
        return Combinators.combine(names, zones, weeks, periods(), rules)
                .as(CalendarDocumentProperties::build)
                .ignoreException(IllegalArgumentException.class);
    }

    private static BusinessCalendar build(String name, ZoneId zone, List<List<WorkingPeriod>> week,
            List<WorkingPeriod> standard, List<DateRule> rules) {
        BusinessCalendarBuilder builder = BusinessCalendar.builder(name).zone(zone).rules(rules);
        for (DayOfWeek day : DayOfWeek.values()) {
            builder.weekly(day, week.get(day.ordinal()).toArray(new WorkingPeriod[0]));
        }
        if (!standard.isEmpty()) {
            builder.standardWorkingDay(standard.toArray(new WorkingPeriod[0]));
        }
        return builder.build();
    }

    /** Zero to two disjoint periods, on minute boundaries, possibly ending at 24:00. */
    private static Arbitrary<List<WorkingPeriod>> periods() {
        return Arbitraries.integers().between(0, 24 * 60).set().ofMaxSize(4).map(set -> {
            List<Integer> points = set.stream().sorted().toList();
            List<WorkingPeriod> periods = new ArrayList<>();
            for (int i = 0; i + 1 < points.size(); i += 2) {
                periods.add(new WorkingPeriod(points.get(i) * 60, points.get(i + 1) * 60));
            }
            return periods;
        });
    }

    private static Arbitrary<DateRule> rules() {
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 730).map(FROM::plusDays);
        Arbitrary<String> notes = Arbitraries.strings().withChars("xy 春节,.#()'").ofMaxLength(20);
        Arbitrary<List<WorkingPeriod>> somePeriods = periods().filter(periods -> !periods.isEmpty());
        return Combinators.combine(dates, Arbitraries.of(DateRule.Kind.class), somePeriods, notes)
                .as((date, kind, periods, note) ->
                        new DateRule(date, kind, ImmutableList.copyOf(kind.hasPeriods() ? periods : List.of()), note));
    }
}
