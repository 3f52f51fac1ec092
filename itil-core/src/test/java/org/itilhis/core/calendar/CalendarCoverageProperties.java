package org.itilhis.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * What the provisional mark promises: a figure that is not marked provisional never changes
 * when a year's notice is loaded, and loading a notice changes working time in its own year
 * only.
 */
class CalendarCoverageProperties {
    private static final BusinessCalendar SHIPPED = ChinaMainland.officeHours();
    private static final BusinessCalendar LOADED = HolidayNotice.loadInto(SHIPPED, 2027,
            HolidayNoticeFixture.ILLUSTRATIVE_2027);

    /** Instants from June to December 2026, a year the shipped calendar holds officially. */
    @Provide
    Arbitrary<Instant> officialStarts() {
        return Arbitraries.longs().between(Instant.parse("2026-06-01T00:00:00Z").getEpochSecond(),
                Instant.parse("2026-12-31T12:00:00Z").getEpochSecond()).map(Instant::ofEpochSecond);
    }

    @Provide
    Arbitrary<Duration> businessDurations() {
        return Arbitraries.longs().between(0, 60L * 8 * 3600).map(Duration::ofSeconds);
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 7 * 366).map(LocalDate.of(2024, 1, 1)::plusDays);
    }

    @Property(tries = 3000)
    void aDeadlineNotMarkedProvisionalIsTheSameOnceTheNoticeIsLoaded(@ForAll("officialStarts") Instant start,
                                                                   @ForAll("businessDurations") Duration duration) {
        Instant deadline = SHIPPED.deadline(start, duration);
        Assume.that(SHIPPED.provisionalYears(start, deadline).isEmpty());

        assertThat(LOADED.deadline(start, duration)).isEqualTo(deadline);
    }

    @Property(tries = 3000)
    void aBusinessTimeNotMarkedProvisionalIsTheSameOnceTheNoticeIsLoaded(@ForAll("officialStarts") Instant from,
                                                                       @ForAll("officialStarts") Instant to) {
        assertThat(SHIPPED.provisionalYears(from, to)).isEmpty();

        assertThat(LOADED.businessTimeBetween(from, to)).isEqualTo(SHIPPED.businessTimeBetween(from, to));
    }

    @Property(tries = 3000)
    void loadingANoticeChangesWorkingTimeInItsYearOnly(@ForAll("dates") LocalDate date) {
        Assume.that(date.getYear() != 2027);

        assertThat(LOADED.periodsOn(date)).isEqualTo(SHIPPED.periodsOn(date));
        assertThat(LOADED.isProvisional(date)).isEqualTo(SHIPPED.isProvisional(date));
    }

    @Property(tries = 100)
    void everyStatutoryDayOfAProvisionalYearIsOffAndEveryFigureOverItProvisional(
            @ForAll @IntRange(min = 2027, max = 2050) int year, @ForAll("businessDurations") Duration before) {
        for (DateRule statutory : StatutoryHolidays.chinaMainland().holidaysOf(year)) {
            assertThat(SHIPPED.periodsOn(statutory.date())).as("%s", statutory).isEmpty();
            assertThat(SHIPPED.isProvisional(statutory.date())).isTrue();
        }
        Instant inYear = LocalDate.of(year, 7, 1).atStartOfDay(SHIPPED.zone()).toInstant();
        assertThat(SHIPPED.provisionalYears(inYear.minus(before), inYear)).contains(year);
    }
}
