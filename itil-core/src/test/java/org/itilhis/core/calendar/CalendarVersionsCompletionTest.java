package org.itilhis.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A year's official arrangement, once loaded as a new version, reaches the clocks started
 * under an earlier version that held the year provisionally; any other revision still only
 * reaches clocks started after it took effect.
 */
class CalendarVersionsCompletionTest {
    private static final BusinessCalendar SHIPPED = ChinaMainland.officeHours();
    private static final Instant DECEMBER_10 = Instant.parse("2026-12-10T02:00:00Z");
    private static final Instant NOTICE_LOADED = Instant.parse("2026-12-20T02:00:00Z");
    private static final Instant HOURS_REVISED = Instant.parse("2027-01-10T00:00:00Z");
    private static final LocalDate SATURDAY_WORKED = LocalDate.of(2027, 2, 20);

    private static final BusinessCalendar WITH_2027 = SHIPPED.withOfficialArrangement(2027, HolidayNotice.read(2027,
            CalendarCoverageTest.NOTICE_2027, StatutoryHolidays.chinaMainland()).rules());
    /** A later revision: the desk now also works Saturday mornings. */
    private static final BusinessCalendar SATURDAYS = CalendarDocument.read(CalendarDocument.write(WITH_2027)
            .replace("STANDARD_DAY", "WEEKLY SAT 08:00-12:00\nSTANDARD_DAY"));

    private static final CalendarVersions VERSIONS = CalendarVersions.of(SHIPPED)
            .supersededFrom(NOTICE_LOADED, WITH_2027)
            .supersededFrom(HOURS_REVISED, SATURDAYS);

    @Test
    void aClockStartedBeforeTheNoticeWasLoadedMeasuresProvisionallyUntilItIs() {
        BusinessCalendar before = VERSIONS.calendarFor(DECEMBER_10, NOTICE_LOADED.minusSeconds(1));

        assertThat(before).isSameAs(SHIPPED);
        assertThat(before.periodsOn(SATURDAY_WORKED)).isEmpty();
        assertThat(before.isProvisional(SATURDAY_WORKED)).isTrue();
    }

    @Test
    void aClockStartedBeforeTheNoticeWasLoadedTakesTheYearOnceItIs() {
        BusinessCalendar after = VERSIONS.calendarFor(DECEMBER_10, NOTICE_LOADED);

        assertThat(after.periodsOn(SATURDAY_WORKED)).isEqualTo(ChinaMainland.OFFICE_HOURS);
        assertThat(after.isProvisional(SATURDAY_WORKED)).isFalse();
        assertThat(after.deadline(DECEMBER_10, Duration.ofDays(30)))
                .isEqualTo(WITH_2027.deadline(DECEMBER_10, Duration.ofDays(30)));
    }

    @Test
    void aLaterRevisionOtherThanTheYearsArrangementDoesNotReachEarlierClocks() {
        BusinessCalendar completed = VERSIONS.calendarFor(DECEMBER_10, HOURS_REVISED.plusSeconds(1));

        assertThat(completed.periodsOn(LocalDate.of(2027, 3, 6))).as("a Saturday").isEmpty();
        assertThat(VERSIONS.calendarFor(HOURS_REVISED, HOURS_REVISED).periodsOn(LocalDate.of(2027, 3, 6)))
                .isNotEmpty();
        assertThat(VERSIONS.calendarFor(DECEMBER_10, HOURS_REVISED)).as("built once")
                .isSameAs(VERSIONS.calendarFor(DECEMBER_10, HOURS_REVISED.plusSeconds(60)));
    }

    @Test
    void withoutALaterVersionTheVersionInForceIsTheAnswer() {
        assertThat(VERSIONS.calendarFor(HOURS_REVISED, Instant.parse("2030-01-01T00:00:00Z"))).isSameAs(SATURDAYS);
        assertThat(VERSIONS.calendarFor(NOTICE_LOADED, NOTICE_LOADED)).isSameAs(WITH_2027);
    }
}
