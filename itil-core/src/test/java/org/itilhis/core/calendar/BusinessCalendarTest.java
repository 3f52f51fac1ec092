package org.itilhis.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Hand-checked examples around the 2026 Spring Festival (office hours 08:00-12:00, 14:00-17:30). */
class BusinessCalendarTest {
    private static final ZoneId SHANGHAI = BusinessCalendar.SHANGHAI;
    private static final Duration WORKING_DAY = Duration.ofMinutes(7 * 60 + 30);
    private final BusinessCalendar office = ChinaMainland.officeHours();

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    @Test
    void theAdjustedSaturdayBeforeSpringFestivalIsWorked() {
        // Fri 13 Feb 16:00-17:30 is 1.5 h, Sat 14 Feb (adjusted working day) 08:00-12:00 4 h,
        // then 14:00-16:30 the remaining 2.5 h.
        assertThat(office.deadline(at("2026-02-13T16:00"), Duration.ofHours(8))).isEqualTo(at("2026-02-14T16:30"));
    }

    @Test
    void theSpringFestivalHolidayIsSkippedAsAWhole() {
        // Half an hour left on Sat 14 Feb; 15 to 23 Feb are holidays; Tue 24 Feb 08:00 resumes.
        assertThat(office.deadline(at("2026-02-14T17:00"), Duration.ofHours(1))).isEqualTo(at("2026-02-24T08:30"));
    }

    @Test
    void businessTimeOverTheFestivalCountsSevenWorkingDays() {
        // 13, 14 (adjusted), 24, 25, 26, 27 and 28 Feb (adjusted Saturday) are worked; 1 Mar is a Sunday.
        assertThat(office.businessTimeBetween(at("2026-02-13T00:00"), at("2026-03-02T00:00")))
                .isEqualTo(WORKING_DAY.multipliedBy(7));
        assertThat(office.businessTimeBetween(at("2026-02-15T00:00"), at("2026-02-24T00:00"))).isZero();
    }

    @Test
    void aDeadlineEndingWithAPeriodIsThatPeriodsEnd() {
        assertThat(office.deadline(at("2026-02-13T08:00"), Duration.ofHours(4))).isEqualTo(at("2026-02-13T12:00"));
        assertThat(office.deadline(at("2026-02-13T08:00"), Duration.ofHours(4).plusSeconds(1)))
                .isEqualTo(at("2026-02-13T14:00:01"));
    }

    @Test
    void aDeadlineOnTheLastWorkingSecondOfAYearStaysInThatYear() {
        // Thu 31 Dec 2026 16:00-17:30 ends the year's working time exactly: the deadline is
        // that period's end, not the first working instant of 2027 (random durations rarely hit this).
        assertThat(office.deadline(at("2026-12-31T16:00"), Duration.ofMinutes(90))).isEqualTo(at("2026-12-31T17:30"));
    }

    @Test
    void aZeroDeadlineIsTheFirstWorkingInstantAtOrAfterTheStart() {
        assertThat(office.deadline(at("2026-02-15T10:00"), Duration.ZERO)).isEqualTo(at("2026-02-24T08:00"));
        assertThat(office.deadline(at("2026-02-13T09:15"), Duration.ZERO)).isEqualTo(at("2026-02-13T09:15"));
        assertThat(office.deadline(at("2026-02-13T12:00"), Duration.ZERO)).isEqualTo(at("2026-02-13T14:00"));
    }

    @Test
    void aZeroDeadlineAfterADeadlineAtAPeriodEndWaitsForTheNextPeriod() {
        // Why deadline(s, a + b) == deadline(deadline(s, a), b) is a law only for b > 0.
        Instant noon = office.deadline(at("2026-02-13T08:00"), Duration.ofHours(4));
        assertThat(noon).isEqualTo(at("2026-02-13T12:00"));
        assertThat(office.deadline(noon, Duration.ZERO)).isEqualTo(at("2026-02-13T14:00"));
    }

    @Test
    void extraHoursOnAHolidayAreTheOnlyWorkingTimeThatDay() {
        LocalDate festival = LocalDate.of(2026, 2, 16);
        BusinessCalendar onCall = BusinessCalendar.builder("festival cover")
                .mondayToFriday(ChinaMainland.OFFICE_HOURS.toArray(new WorkingPeriod[0]))
                .rules(ChinaMainland.officialArrangements())
                .rule(DateRule.extraHours(festival, java.util.List.of(WorkingPeriod.parse("10:00-11:00")), "cover"))
                .build();
        assertThat(onCall.periodsOn(festival)).containsExactly(WorkingPeriod.parse("10:00-11:00"));
        assertThat(onCall.deadline(at("2026-02-14T17:00"), Duration.ofHours(1))).isEqualTo(at("2026-02-16T10:30"));
    }

    @Test
    void periodsAreHalfOpen() {
        assertThat(office.isWorkingTime(at("2026-02-13T11:59:59"))).isTrue();
        assertThat(office.isWorkingTime(at("2026-02-13T12:00"))).isFalse();
        assertThat(office.isWorkingTime(at("2026-02-13T08:00"))).isTrue();
        assertThat(office.isWorkingTime(at("2026-02-16T10:00"))).isFalse();
    }

    @Test
    void betweenIsZeroWhenToIsNotAfterFrom() {
        assertThat(office.businessTimeBetween(at("2026-02-13T10:00"), at("2026-02-13T09:00"))).isZero();
    }

    @Test
    void aDeadlineBeyondThePublishedYearsFollowsTheWeeklyPattern() {
        // 2030 has no date rules: Mon 7 Jan 2030 08:00 plus 5 working days is Fri 11 Jan 17:30.
        assertThat(office.deadline(at("2030-01-07T08:00"), WORKING_DAY.multipliedBy(5)))
                .isEqualTo(at("2030-01-11T17:30"));
    }

    @Test
    void halfDaysAndExtraHoursChangeOneDate() {
        LocalDate eve = LocalDate.of(2026, 12, 31);
        LocalDate saturday = LocalDate.of(2026, 3, 7);
        BusinessCalendar calendar = BusinessCalendar.builder("with exceptions")
                .mondayToFriday(ChinaMainland.OFFICE_HOURS.toArray(new WorkingPeriod[0]))
                .rule(DateRule.halfDay(eve, java.util.List.of(WorkingPeriod.parse("08:00-12:00")), "eve"))
                .rule(DateRule.extraHours(saturday, java.util.List.of(WorkingPeriod.parse("09:00-11:00")), "go-live"))
                .build();
        assertThat(calendar.businessTimeBetween(at("2026-12-31T00:00"), at("2027-01-01T00:00")))
                .isEqualTo(Duration.ofHours(4));
        assertThat(calendar.businessTimeBetween(at("2026-03-07T00:00"), at("2026-03-08T00:00")))
                .isEqualTo(Duration.ofHours(2));
    }

    @Test
    void overlappingPeriodsAreRejectedNamingTheDay() {
        assertThatThrownBy(() -> BusinessCalendar.builder("bad")
                .weekly(DayOfWeek.TUESDAY, WorkingPeriod.parse("08:00-12:00"), WorkingPeriod.parse("11:00-13:00"))
                .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TUESDAY").hasMessageContaining("08:00-12:00 and 11:00-13:00");
    }

    @Test
    void extraHoursOverlappingTheUsualHoursAreRejectedNamingTheDate() {
        assertThatThrownBy(() -> BusinessCalendar.builder("bad")
                .mondayToFriday(WorkingPeriod.parse("08:00-12:00"))
                .rule(DateRule.extraHours(LocalDate.of(2026, 3, 2), java.util.List.of(WorkingPeriod.parse("11:00-13:00")), ""))
                .build())
                .hasMessageContaining("2026-03-02").hasMessageContaining("overlap");
    }

    @Test
    void aDateWithTwoConflictingRulesIsRejected() {
        LocalDate date = LocalDate.of(2026, 2, 14);
        assertThatThrownBy(() -> BusinessCalendar.builder("bad")
                .mondayToFriday(WorkingPeriod.parse("08:00-12:00"))
                .rule(DateRule.holiday(date, "")).rule(DateRule.workday(date, ""))
                .build())
                .hasMessageContaining("2026-02-14 is both HOLIDAY and WORKDAY");
    }

    @Test
    void aWeekWithoutWorkingTimeAndAnUnknownZoneAreRejected() {
        assertThatThrownBy(() -> BusinessCalendar.builder("empty").build()).hasMessageContaining("no working period");
        assertThatThrownBy(() -> BusinessCalendar.builder("zone").zone("Asia/Peking"))
                .hasMessageContaining("unknown time zone 'Asia/Peking'");
        assertThatThrownBy(() -> WorkingPeriod.parse("12:00-08:00")).hasMessageContaining("does not end after");
    }

    @Test
    void twentyFourSevenCountsTheShortDaylightSavingDayAsTwentyThreeHours() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        BusinessCalendar always = BusinessCalendar.twentyFourSeven(berlin);
        Instant from = LocalDate.of(2026, 3, 29).atStartOfDay(berlin).toInstant();
        Instant to = LocalDate.of(2026, 3, 30).atStartOfDay(berlin).toInstant();
        assertThat(always.businessTimeBetween(from, to)).isEqualTo(Duration.ofHours(23));
    }

    @Test
    void aDeadlineIsRejectedForNegativeOrFractionalDurations() {
        assertThatThrownBy(() -> office.deadline(at("2026-02-13T08:00"), Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> office.deadline(at("2026-02-13T08:00"), Duration.ofMillis(1500)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
