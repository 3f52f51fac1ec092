package org.itilhis.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The laws of {@link BusinessCalendar#deadline} and {@link BusinessCalendar#businessTimeBetween}
 * on the China mainland office calendar (2023 to 2028, so the published years and the weekly
 * pattern beyond them), on office calendars in zones with daylight saving time, and on 24x7
 * calendars; and agreement with a slow reference that looks at every minute.
 */
class BusinessCalendarProperties {
    private static final long FROM_2023 = Instant.parse("2023-01-01T00:00:00Z").getEpochSecond();
    private static final long TO_2028 = Instant.parse("2028-12-31T00:00:00Z").getEpochSecond();
    private static final long WORKING_DAY = 7 * 3600 + 1800;
    private static final long THIRTY_WORKING_DAYS = 30 * WORKING_DAY;
    private static final List<ZoneId> ZONES = List.of(
            BusinessCalendar.SHANGHAI, ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"));

    private static final List<BusinessCalendar> TWENTY_FOUR_SEVEN =
            ZONES.stream().map(BusinessCalendar::twentyFourSeven).toList();
    private static final BusinessCalendar CHINA = ChinaMainland.officeHours();
    // Sunday night shifts that span the daylight-saving gap and overlap of each zone, both
    // ends outside them, so that the minute-by-minute reference must agree exactly.
    private static final BusinessCalendar BERLIN = officeIn("Europe/Berlin", "01:30-03:30");
    private static final BusinessCalendar NEW_YORK = officeIn("America/New_York", "00:30-03:30");

    private static BusinessCalendar officeIn(String zone, String sundayNight) {
        return BusinessCalendar.builder("office " + zone).zone(zone)
                .mondayToFriday(WorkingPeriod.parse("08:00-12:00"), WorkingPeriod.parse("14:00-17:30"))
                .weekly(DayOfWeek.SUNDAY, WorkingPeriod.parse(sundayNight))
                .rule(DateRule.holiday(LocalDate.of(2026, 12, 25), "Christmas"))
                .build();
    }

    @Provide
    Arbitrary<BusinessCalendar> calendars() {
        return Arbitraries.of(CHINA, BERLIN, NEW_YORK);
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(FROM_2023, TO_2028).map(Instant::ofEpochSecond);
    }

    @Provide
    Arbitrary<Duration> durations() {
        return Arbitraries.longs().between(0, THIRTY_WORKING_DAYS).map(Duration::ofSeconds);
    }

    @Property(tries = 10_000)
    void businessTimeUntilTheDeadlineIsTheDuration(@ForAll("calendars") BusinessCalendar calendar,
            @ForAll("instants") Instant start, @ForAll("durations") Duration duration) {
        assertThat(calendar.businessTimeBetween(start, calendar.deadline(start, duration))).isEqualTo(duration);
    }

    /** {@code b} is at least a second: a zero deadline waits for the next working instant (see the class comment). */
    @Property(tries = 10_000)
    void deadlinesAdd(@ForAll("calendars") BusinessCalendar calendar, @ForAll("instants") Instant start,
            @ForAll("durations") Duration a, @ForAll @LongRange(min = 1, max = THIRTY_WORKING_DAYS) long b) {
        Duration second = Duration.ofSeconds(b);
        assertThat(calendar.deadline(start, a.plus(second)))
                .isEqualTo(calendar.deadline(calendar.deadline(start, a), second));
    }

    @Property(tries = 10_000)
    void theDeadlineIsMonotoneInTheDuration(@ForAll("calendars") BusinessCalendar calendar,
            @ForAll("instants") Instant start, @ForAll("durations") Duration a, @ForAll("durations") Duration b) {
        Duration shorter = a.compareTo(b) <= 0 ? a : b;
        Duration longer = a.compareTo(b) <= 0 ? b : a;
        assertThat(calendar.deadline(start, shorter)).isBeforeOrEqualTo(calendar.deadline(start, longer));
        assertThat(calendar.deadline(start, shorter)).isAfterOrEqualTo(start);
    }

    @Property(tries = 10_000)
    void businessTimeAddsOverSplitPoints(@ForAll("calendars") BusinessCalendar calendar,
            @ForAll("instants") Instant a, @ForAll("instants") Instant b, @ForAll("instants") Instant c) {
        Instant[] sorted = {a, b, c};
        java.util.Arrays.sort(sorted);
        assertThat(calendar.businessTimeBetween(sorted[0], sorted[2])).isEqualTo(
                calendar.businessTimeBetween(sorted[0], sorted[1]).plus(calendar.businessTimeBetween(sorted[1], sorted[2])));
    }

    /** Minute-aligned spans of up to four days, including across the daylight-saving switches. */
    @Property(tries = 10_000)
    void agreesWithAMinuteByMinuteReference(@ForAll("calendars") BusinessCalendar calendar,
            @ForAll("minutes") Instant from, @ForAll @IntRange(min = 0, max = 4 * 24 * 60) int minutes) {
        Instant to = from.plusSeconds(60L * minutes);
        assertThat(calendar.businessTimeBetween(from, to)).isEqualTo(reference(calendar, from, to));
    }

    @Provide
    Arbitrary<Instant> minutes() {
        Arbitrary<Instant> anywhere = Arbitraries.longs().between(FROM_2023 / 60, TO_2028 / 60)
                .map(minute -> Instant.ofEpochSecond(minute * 60));
        // Days around the 2026 switches in Europe and the US, and the 2026 Spring Festival.
        Arbitrary<Instant> nearSwitches = Arbitraries.of("2026-03-06", "2026-03-27", "2026-10-23", "2026-10-30",
                        "2026-02-11", "2026-02-26")
                .flatMap(day -> Arbitraries.integers().between(0, 3 * 24 * 60)
                        .map(minute -> Instant.parse(day + "T00:00:00Z").plusSeconds(60L * minute)));
        return Arbitraries.oneOf(anywhere, nearSwitches);
    }

    @Property(tries = 10_000)
    void holidaysNeverCount(@ForAll("holidays") DateRule holiday) {
        ZoneId zone = CHINA.zone();
        Instant dayStart = holiday.date().atStartOfDay(zone).toInstant();
        Instant nextDay = holiday.date().plusDays(1).atStartOfDay(zone).toInstant();
        assertThat(CHINA.businessTimeBetween(dayStart, nextDay)).isZero();
        assertThat(CHINA.deadline(dayStart, Duration.ZERO)).isAfterOrEqualTo(nextDay);
    }

    @Provide
    Arbitrary<DateRule> holidays() {
        return Arbitraries.of(ChinaMainland.officialArrangements().stream()
                .filter(rule -> rule.kind() == DateRule.Kind.HOLIDAY).toList());
    }

    @Property(tries = 10_000)
    void onTwentyFourSevenBusinessTimeIsElapsedTime(@ForAll("roundTheClock") BusinessCalendar always,
            @ForAll("instants") Instant from, @ForAll("instants") Instant to, @ForAll("durations") Duration d) {
        Duration elapsed = from.isBefore(to) ? Duration.between(from, to) : Duration.ZERO;
        assertThat(always.businessTimeBetween(from, to)).isEqualTo(elapsed);
        assertThat(always.deadline(from, d)).isEqualTo(from.plus(d));
    }

    /** Built once per zone: building the years of a fresh calendar on every try would dominate the run. */
    @Provide
    Arbitrary<BusinessCalendar> roundTheClock() {
        return Arbitraries.of(TWENTY_FOUR_SEVEN);
    }

    /** Counts the minutes whose local time of day lies in a period of their local date. */
    private static Duration reference(BusinessCalendar calendar, Instant from, Instant to) {
        long minutes = 0;
        for (Instant minute = from; minute.isBefore(to); minute = minute.plusSeconds(60)) {
            ZonedDateTime local = minute.atZone(calendar.zone());
            int second = local.toLocalTime().toSecondOfDay();
            for (WorkingPeriod period : calendar.periodsOn(local.toLocalDate())) {
                if (period.startSecond() <= second && second < period.endSecond()) {
                    minutes++;
                    break;
                }
            }
        }
        return Duration.ofMinutes(minutes);
    }
}
