package org.itilhis.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A calendar knows the years whose official arrangement it holds: outside them the statutory
 * holidays stand in, provisionally, every figure over such a year says so, and loading the
 * year's notice makes it official.
 */
class CalendarCoverageTest {
    private static final BusinessCalendar OFFICE = ChinaMainland.officeHours();

    static final String NOTICE_2027 = HolidayNoticeFixture.ILLUSTRATIVE_2027;

    private static Instant shanghai(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), BusinessCalendar.SHANGHAI).toInstant();
    }

    private static BusinessCalendar loaded2027() {
        HolidayNotice notice = HolidayNotice.read(2027, NOTICE_2027, StatutoryHolidays.chinaMainland());
        return OFFICE.withOfficialArrangement(2027, notice.rules());
    }

    @Test
    void theShippedCalendarHoldsTheOfficialArrangementsOf2024To2026() {
        CalendarCoverage coverage = OFFICE.coverage().orElseThrow();

        assertThat(coverage.officialYears()).containsExactly(2024, 2025, 2026);
        assertThat(coverage.holidays().id()).isEqualTo("china-mainland");
        assertThat(OFFICE.isProvisional(LocalDate.of(2026, 12, 31))).isFalse();
        assertThat(OFFICE.isProvisional(LocalDate.of(2027, 1, 1))).isTrue();
    }

    @Test
    void newYearsDay2027IsAProvisionalHolidayBeforeItsNoticeIsLoaded() {
        assertThat(OFFICE.isWorkingTime(shanghai("2027-01-01T10:00"))).isFalse();
        assertThat(OFFICE.periodsOn(LocalDate.of(2027, 2, 5))).as("Spring Festival's Eve 2027").isEmpty();
        assertThat(OFFICE.periodsOn(LocalDate.of(2027, 2, 9))).as("the 4th day is no statutory holiday")
                .isNotEmpty();
    }

    @Test
    void aDeadlineCrossingIntoAYearWithoutItsNoticeSkipsTheStatutoryHolidayAndIsProvisional() {
        // Thursday 31 December 2026 17:00 + 4h: 30m on Thursday, Friday 1 January is New Year's
        // Day, then the weekend, then 3h30 on Monday 4 January: 11:30.
        Instant start = shanghai("2026-12-31T17:00");

        Instant deadline = OFFICE.deadline(start, Duration.ofHours(4));

        assertThat(deadline).isEqualTo(shanghai("2027-01-04T11:30"));
        assertThat(OFFICE.provisionalYears(start, deadline)).containsExactly(2027);
        assertThat(OFFICE.provisionalYears(start, shanghai("2026-12-31T17:30"))).isEmpty();
    }

    @Test
    void aCalendarWithoutCoverageIsNeverProvisional() {
        BusinessCalendar round = BusinessCalendar.twentyFourSeven(BusinessCalendar.SHANGHAI);

        assertThat(round.coverage()).isEmpty();
        assertThat(round.provisionalYears(shanghai("2026-12-31T17:00"), shanghai("2031-01-01T00:00"))).isEmpty();
        assertThat(round.isWorkingTime(shanghai("2027-01-01T10:00"))).isTrue();
    }

    @Test
    void loadingTheNoticeMakesTheYearOfficialWithItsAdjustedWorkingDays() {
        BusinessCalendar loaded = loaded2027();

        assertThat(loaded.coverage().orElseThrow().officialYears()).containsExactly(2024, 2025, 2026, 2027);
        assertThat(loaded.periodsOn(LocalDate.of(2027, 2, 9))).as("the notice's 5th day off").isEmpty();
        assertThat(loaded.periodsOn(LocalDate.of(2027, 2, 20))).as("Saturday worked")
                .isEqualTo(ChinaMainland.OFFICE_HOURS);
        assertThat(loaded.provisionalYears(shanghai("2026-12-31T17:00"), shanghai("2027-12-31T17:00"))).isEmpty();
        assertThat(loaded.rules()).containsAll(OFFICE.rules());
    }

    @Test
    void theYearsToWarnAboutStartSixtyDaysBeforeTheYear() {
        CalendarCoverage coverage = OFFICE.coverage().orElseThrow();

        assertThat(coverage.missingYears(LocalDate.of(2026, 11, 1))).isEmpty();
        assertThat(coverage.missingYears(LocalDate.of(2026, 11, 2))).containsExactly(2027);
        assertThat(coverage.missingYears(LocalDate.of(2027, 3, 1))).containsExactly(2027);
        assertThat(coverage.missingYears(LocalDate.of(2027, 12, 31))).containsExactly(2027, 2028);
        assertThat(loaded2027().coverage().orElseThrow().missingYears(LocalDate.of(2027, 3, 1))).isEmpty();
    }

    @Test
    void aNoticeMissingAStatutoryDayIsRefusedInBothLanguages() {
        String withoutQingming = NOTICE_2027.replace("2027-04-03..2027-04-05", "2027-04-03..2027-04-04");

        assertThatThrownBy(() -> HolidayNotice.read(2027, withoutQingming, StatutoryHolidays.chinaMainland()))
                .isInstanceOfSatisfying(HolidayNoticeRejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo("calendar.notice-misses-statutory-day");
                    assertThat(e.messageIn(Locale.ENGLISH))
                            .isEqualTo("the notice for 2027 misses the statutory holiday 2027-04-05"
                                    + " (Qingming Festival (清明节))");
                    assertThat(e.messageIn(Locale.SIMPLIFIED_CHINESE))
                            .isEqualTo("2027 年的通知缺少法定节假日 2027-04-05（Qingming Festival (清明节)）");
                });
    }

    @Test
    void aNoticeWithAWorkingDayOnAWeekdayIsRefused() {
        String onMonday = NOTICE_2027.replace("2027-02-20             WORKDAY", "2027-02-22             WORKDAY");

        assertThatThrownBy(() -> HolidayNotice.read(2027, onMonday, StatutoryHolidays.chinaMainland()))
                .isInstanceOfSatisfying(HolidayNoticeRejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo("calendar.notice-workday-on-weekday");
                    assertThat(e.messageIn(Locale.ENGLISH)).isEqualTo(
                            "line 4: 2027-02-22 is a Monday; an adjusted working day is a Saturday or a Sunday");
                    assertThat(e.messageIn(Locale.SIMPLIFIED_CHINESE))
                            .isEqualTo("第 4 行：2027-02-22 是星期一；调休上班日只能是星期六或星期日");
                });
    }

    @Test
    void aNoticeForAnotherYearIsRefused() {
        assertThatThrownBy(() -> HolidayNotice.read(2028, NOTICE_2027, StatutoryHolidays.chinaMainland()))
                .isInstanceOfSatisfying(HolidayNoticeRejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo("calendar.notice-other-year");
                    assertThat(e.messageIn(Locale.ENGLISH))
                            .isEqualTo("line 2: 2027-01-01 is not in 2028, the year of the notice");
                    assertThat(e.messageIn(Locale.SIMPLIFIED_CHINESE))
                            .isEqualTo("第 2 行：2027-01-01 不在通知所属的 2028 年");
                });
    }

    @Test
    void aNoticeWithHalfDaysOrTwiceTheSameDateOrNothingIsRefused() {
        StatutoryHolidays holidays = StatutoryHolidays.chinaMainland();

        assertThatThrownBy(() -> HolidayNotice.read(2027, NOTICE_2027 + "2027-12-31 HALF_DAY 08:00-12:00 eve\n",
                holidays)).hasFieldOrPropertyWithValue("code", "calendar.notice-kind");
        assertThatThrownBy(() -> HolidayNotice.read(2027, NOTICE_2027 + "2027-01-01 HOLIDAY again\n", holidays))
                .hasFieldOrPropertyWithValue("code", "calendar.notice-date-twice");
        assertThatThrownBy(() -> HolidayNotice.read(2027, "# nothing yet\n", holidays))
                .hasFieldOrPropertyWithValue("code", "calendar.notice-empty");
    }

    @Test
    void aMalformedNoticeNamesTheLineAndColumn() {
        String malformed = NOTICE_2027.replace("2027-06-09             HOLIDAY", "2027-06-31             HOLIDAY");

        assertThatThrownBy(() -> HolidayNotice.read(2027, malformed, StatutoryHolidays.chinaMainland()))
                .isInstanceOfSatisfying(CalendarFileException.class, e -> {
                    assertThat(e.line()).isEqualTo(7);
                    assertThat(e.column()).isEqualTo(1);
                    assertThat(e.messageIn(Locale.SIMPLIFIED_CHINESE)).startsWith("第 7 行第 1 列：");
                });
    }

    @Test
    void theCoverageSurvivesTheCalendarDocument() {
        BusinessCalendar loaded = loaded2027();

        String document = CalendarDocument.write(loaded);
        BusinessCalendar read = CalendarDocument.read(document);

        assertThat(document).contains("ARRANGEMENT china-mainland 2024..2027\n");
        assertThat(read.coverage()).isEqualTo(loaded.coverage());
        assertThat(read.deadline(shanghai("2026-12-31T17:00"), Duration.ofHours(60)))
                .isEqualTo(loaded.deadline(shanghai("2026-12-31T17:00"), Duration.ofHours(60)));
    }

    @Test
    void aDocumentNamingAnUnknownArrangementOrABadYearIsRefusedAtItsLine() {
        String unknown = "NAME x\nWEEKLY MON..FRI 08:00-17:00\nARRANGEMENT hong-kong 2026\n";
        String badYear = "NAME x\nWEEKLY MON..FRI 08:00-17:00\nARRANGEMENT china-mainland 2024..26\n";

        assertThatThrownBy(() -> CalendarDocument.read(unknown)).isInstanceOfSatisfying(CalendarFileException.class,
                e -> assertThat(e.getMessage()).isEqualTo("line 3, column 13: unknown holiday arrangement "
                        + "'hong-kong' (expected china-mainland)"));
        assertThatThrownBy(() -> CalendarDocument.read(badYear)).isInstanceOfSatisfying(CalendarFileException.class,
                e -> assertThat(e.problem()).isEqualTo("'26' is not a year YYYY"));
        assertThat(CalendarDocument.read("NAME x\nWEEKLY MON..FRI 08:00-17:00\nARRANGEMENT china-mainland\n")
                .coverage().orElseThrow().officialYears()).isEmpty();
    }
}
