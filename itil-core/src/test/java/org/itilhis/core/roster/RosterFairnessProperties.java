package org.itilhis.core.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.calendar.BusinessCalendarBuilder;
import org.itilhis.core.calendar.DateRule;
import org.itilhis.core.calendar.WorkingPeriod;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;

/**
 * A generated roster is fair: over random groups (engineers and shifts of any times, kinds and
 * days), rotations, periods across quarters and calendars (holidays, adjusted working days),
 * night duties and holiday duties are each shared so that nobody has more than one more than
 * another in any quarter, nobody holds overlapping duties, and every rotating shift is filled
 * on every day it runs, once. A rotation with at least three engineers per rotating shift is
 * always enough; with fewer, generation may refuse, and then says so.
 */
class RosterFairnessProperties {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final GroupId GROUP = GroupId.of("network");
    private static final StaffId LEAD = StaffId.of("L0001");
    private static final Instant AT = Instant.parse("2026-12-01T02:00:00Z");

    record Case(List<Shift> shifts, int engineers, LocalDate from, int days, BusinessCalendar calendar) {
        @Override
        public String toString() {
            return engineers + " engineers, " + shifts.size() + " shifts " + shifts.stream()
                    .map(s -> s.code() + " " + s.kind() + " " + s.start() + "-" + s.end() + " " + s.days()).toList()
                    + ", " + from + " +" + days + " days, " + calendar.rules().size() + " date rules";
        }
    }

    @Property(tries = 1000)
    void aGeneratedRosterSharesNightsAndHolidaysFairlyPerQuarterWithoutOverlaps(@ForAll("cases") Case c) {
        GroupShifts shifts = GroupShifts.of(GROUP, SHANGHAI, "office", c.shifts());
        List<StaffId> engineers = IntStream.rangeClosed(1, c.engineers()).mapToObj(i -> StaffId.of("E" + i)).toList();
        RotationPattern pattern = RotationPattern.of(engineers, c.shifts().stream().map(Shift::code).toList());
        RosterPeriod period = RosterPeriod.of(c.from(), c.from().plusDays(c.days() - 1));

        Roster roster;
        try {
            roster = Roster.generate(new RosterId(new java.util.UUID(1, 1)), shifts, c.calendar(), period, pattern,
                    LEAD, AT);
        } catch (RosterNotFairException refused) {
            assertThat(c.engineers()).as("refused with enough engineers: %s", refused.getMessage())
                    .isLessThan(3 * c.shifts().size());
            Statistics.label("outcome").collect("refused, too few engineers");
            return;
        }

        Statistics.label("outcome").collect(roster.duties().stream().anyMatch(d -> d.night() || d.holiday())
                ? "generated with nights or holidays" : "generated without");
        assertThat(roster.imbalance()).allSatisfy(i -> assertThat(i.spread()).as("%s %s %s", i.quarter(), i.count(),
                i.counts()).isLessThanOrEqualTo(1));
        List<RosterEntry> duties = roster.duties();
        for (int i = 0; i < duties.size(); i++) {
            for (int j = i + 1; j < duties.size(); j++) {
                RosterEntry a = duties.get(i);
                RosterEntry b = duties.get(j);
                assertThat(a.engineer().equals(b.engineer()) && a.overlaps(b)).as("%s overlaps %s", a.ref(), b.ref())
                        .isFalse();
            }
        }
        Set<String> filled = new HashSet<>();
        duties.forEach(d -> assertThat(filled.add(d.shift() + " " + d.date())).as("%s twice", d.ref()).isTrue());
        long expected = period.dates().mapToLong(date -> c.shifts().stream()
                .filter(s -> s.days().includes(date, c.calendar())).count()).sum();
        assertThat(duties).hasSize((int) expected);
        assertThat(duties).allSatisfy(d -> assertThat(d.holiday())
                .isEqualTo(ShiftDays.isStatutoryHoliday(d.date(), c.calendar())));
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<List<Shift>> shifts = shift().list().ofMinSize(1).ofMaxSize(3).uniqueElements(Shift::code);
        Arbitrary<Integer> engineers = Arbitraries.integers().between(1, 10);
        Arbitrary<LocalDate> from = Arbitraries.integers().between(0, 3 * 365)
                .map(d -> LocalDate.of(2026, 1, 1).plusDays(d));
        Arbitrary<Integer> days = Arbitraries.integers().between(1, 130);
        return Combinators.combine(shifts, engineers, from, days).flatAs((s, e, f, d) ->
                calendar(f, d).map(cal -> new Case(s, e, f, d, cal)));
    }

    private static Arbitrary<Shift> shift() {
        Arbitrary<String> code = Arbitraries.of("DAY", "EVENING", "NIGHT", "ON-CALL", "WEEKEND", "HOLIDAY");
        Arbitrary<ShiftKind> kind = Arbitraries.of(ShiftKind.class);
        Arbitrary<Integer> start = Arbitraries.integers().between(0, 47);
        Arbitrary<Integer> length = Arbitraries.integers().between(1, 48);
        Arbitrary<ShiftDays> days = Arbitraries.of(ShiftDays.class);
        return Combinators.combine(code, kind, start, length, days).as((c, k, s, l, d) -> {
            LocalTime begin = LocalTime.MIDNIGHT.plusMinutes(30L * s);
            LocalTime end = begin.plusMinutes(30L * l);
            boolean nextDay = 30 * s + 30 * l >= 24 * 60;
            return new Shift(c, c, java.util.Optional.empty(), k, begin, end, nextDay, d,
                    k == ShiftKind.ON_CALL ? java.util.Optional.of(Duration.ofMinutes(30)) : java.util.Optional.empty());
        });
    }

    /** Office hours Monday to Friday, with random holidays and adjusted working days in the period. */
    private static Arbitrary<BusinessCalendar> calendar(LocalDate from, int days) {
        Arbitrary<List<Integer>> holidays = Arbitraries.integers().between(0, days - 1).list().ofMaxSize(12);
        Arbitrary<List<Integer>> workdays = Arbitraries.integers().between(0, days - 1).list().ofMaxSize(4);
        return Combinators.combine(holidays, workdays).as((h, w) -> {
            BusinessCalendarBuilder builder = BusinessCalendar.builder("office").zone(SHANGHAI)
                    .mondayToFriday(WorkingPeriod.of(LocalTime.of(8, 0), LocalTime.of(17, 30)))
                    .standardWorkingDay(WorkingPeriod.of(LocalTime.of(8, 0), LocalTime.of(17, 30)));
            Set<LocalDate> taken = new HashSet<>();
            List<DateRule> rules = new ArrayList<>();
            for (int offset : h) {
                LocalDate date = from.plusDays(offset);
                if (taken.add(date)) {
                    rules.add(DateRule.holiday(date, "holiday"));
                }
            }
            for (int offset : w) {
                LocalDate date = from.plusDays(offset);
                DayOfWeek day = date.getDayOfWeek();
                if ((day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) && taken.add(date)) {
                    rules.add(DateRule.workday(date, "adjusted"));
                }
            }
            return builder.rules(rules).build();
        });
    }
}
