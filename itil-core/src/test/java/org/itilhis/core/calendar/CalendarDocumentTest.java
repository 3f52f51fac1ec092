package org.itilhis.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CalendarDocumentTest {

    /** Same name, zone, weekly pattern, standard day and rules, and so the same periods on every date. */
    static void assertEquivalent(BusinessCalendar read, BusinessCalendar original) {
        assertThat(read.name()).isEqualTo(original.name());
        assertThat(read.zone()).isEqualTo(original.zone());
        assertThat(read.weekly()).isEqualTo(original.weekly());
        assertThat(read.standardWorkingDay()).isEqualTo(original.standardWorkingDay());
        assertThat(read.rules()).isEqualTo(original.rules());
    }

    @Test
    void theChinaMainlandOfficeCalendarSurvivesARoundTrip() {
        BusinessCalendar office = ChinaMainland.officeHours();
        BusinessCalendar read = CalendarDocument.read(CalendarDocument.write(office));
        assertEquivalent(read, office);
        for (LocalDate date = LocalDate.of(2024, 1, 1); date.getYear() <= 2026; date = date.plusDays(1)) {
            assertThat(read.periodsOn(date)).as("%s", date).isEqualTo(office.periodsOn(date));
        }
    }

    @Test
    void consecutiveDatesWithTheSameRuleAreWrittenAsOneRange() {
        String text = CalendarDocument.write(ChinaMainland.officeHours());
        assertThat(text).startsWith("""
                NAME China mainland office hours
                ZONE Asia/Shanghai
                WEEKLY MON..FRI 08:00-12:00,14:00-17:30
                STANDARD_DAY 08:00-12:00,14:00-17:30
                """);
        assertThat(text).contains("\n2026-02-15..2026-02-23 HOLIDAY Spring Festival (春节), 28th of the 12th month to the 7th day\n");
    }

    @Test
    void roundTheClockIsOneWeeklyLineUntilMidnight() {
        BusinessCalendar always = BusinessCalendar.twentyFourSeven(ZoneId.of("Europe/Berlin"));
        String text = CalendarDocument.write(always);
        assertThat(text).contains("ZONE Europe/Berlin\nWEEKLY MON..SUN 00:00-24:00\n");
        assertEquivalent(CalendarDocument.read(text), always);
    }

    @Test
    void halfDaysExtraHoursAndSplitWeeksSurviveARoundTrip() {
        BusinessCalendar calendar = BusinessCalendar.builder("radiology desk").zone("America/New_York")
                .mondayToFriday(WorkingPeriod.parse("08:00-12:00"), WorkingPeriod.parse("13:00-17:00"))
                .weekly(DayOfWeek.WEDNESDAY, WorkingPeriod.parse("08:00:30-12:00"))
                .weekly(DayOfWeek.SATURDAY, WorkingPeriod.parse("09:00-11:00"))
                .standardWorkingDay(WorkingPeriod.parse("09:00-15:00"))
                .rule(DateRule.halfDay(LocalDate.of(2026, 12, 24), List.of(WorkingPeriod.parse("08:00-12:00")), ""))
                .rule(DateRule.extraHours(LocalDate.of(2026, 3, 7),
                        List.of(WorkingPeriod.parse("13:00-16:00"), WorkingPeriod.parse("18:00-24:00")), "EMR go-live"))
                .rule(DateRule.workday(LocalDate.of(2026, 3, 8), "go-live Sunday"))
                .rule(DateRule.holiday(LocalDate.of(2026, 12, 25), "Christmas"))
                .build();
        String text = CalendarDocument.write(calendar);
        assertThat(text).contains("WEEKLY MON..TUE 08:00-12:00,13:00-17:00\nWEEKLY WED 08:00:30-12:00\n",
                "2026-12-24 HALF_DAY 08:00-12:00\n", "2026-03-07 EXTRA_HOURS 13:00-16:00,18:00-24:00 EMR go-live\n");
        BusinessCalendar read = CalendarDocument.read(text);
        assertEquivalent(read, calendar);
        assertThat(read.periodsOn(LocalDate.of(2026, 3, 7))).isEqualTo(calendar.periodsOn(LocalDate.of(2026, 3, 7)));
    }

    @Test
    void readsHeadersInAnyOrderWithCommentsAndDefaults() {
        BusinessCalendar calendar = CalendarDocument.read("""
                # clinic hours
                2026-01-01 HOLIDAY New Year
                WEEKLY SAT..SUN 09:00-12:00
                NAME  weekend clinic\r
                """);
        assertThat(calendar.name()).isEqualTo("weekend clinic");
        assertThat(calendar.zone()).isEqualTo(BusinessCalendar.SHANGHAI);
        assertThat(calendar.weekly().get(DayOfWeek.MONDAY)).isEmpty();
        assertThat(calendar.standardWorkingDay()).containsExactly(WorkingPeriod.parse("09:00-12:00"));
        assertThat(calendar.periodsOn(LocalDate.of(2026, 1, 1))).isEmpty();
    }

    @Test
    void reportsMistakesWithLineAndColumn() {
        assertError("NAME x\nWEEKLY MON..FRY 08:00-12:00", 2, 8, "'FRY' is not a day");
        assertError("NAME x\nWEEKLY FRI..MON 08:00-12:00", 2, 8, "ends before it starts");
        assertError("NAME x\nWEEKLY MON 08:00-12:00\nWEEKLY MON..FRI 08:00-12:00", 3, 8, "MON already has a WEEKLY line");
        assertError("NAME x\nWEEKLY MON 08:00-12:00,11:00-13:00", 2, 12, "overlap");
        assertError("NAME x\nWEEKLY MON 08:00-25:00", 2, 12, "'25:00' is not a time of day");
        assertError("NAME x\nWEEKLY MON", 2, 11, "expected working periods");
        assertError("NAME x\nWEEKLY MON 08:00-12:00 extra", 2, 24, "unexpected 'extra'");
        assertError("NAME x\n  ZONE Mars/Olympus\nWEEKLY MON 08:00-12:00", 2, 8, "unknown time zone 'Mars/Olympus'");
        assertError("NAME x\nNAME y", 2, 1, "NAME is given twice");
        assertError("NAME x\nHOURS MON", 2, 1, "unknown line 'HOURS'");
        assertError("WEEKLY MON 08:00-12:00", 1, 1, "no NAME line");
        assertError("NAME x\nWEEKLY MON 08:00-12:00\n2026-02-30 HOLIDAY x", 3, 1, "'2026-02-30' is not a date");
        assertError("NAME x\nWEEKLY MON 08:00-12:00\n2026-03-02 HOLIDAY a\n 2026-03-01..2026-03-02 WORKDAY b",
                4, 2, "2026-03-02 is already HOLIDAY");
        assertError("NAME x\nWEEKLY MON 08:00-12:00\n2026-03-02 EXTRA_HOURS 11:00-13:00 overlaps", 3, 1, "overlap");
        assertError("NAME x\n# nothing worked", 1, 1, "no working period in the week");
    }

    @Test
    void theLineAndColumnAreShownInEnglishAndChinese() {
        CalendarFileException error = catchThrowableOfType(
                () -> CalendarDocument.read("NAME x\nWEEKLY MON..FRY 08:00-12:00"), CalendarFileException.class);
        assertThat(error).hasMessage("line 2, column 8: 'FRY' is not a day (expected MON, TUE, WED, THU, FRI, SAT or SUN)");
        assertThat(error.messageIn(Locale.SIMPLIFIED_CHINESE)).startsWith("第 2 行第 8 列：'FRY' is not a day");
    }

    @Test
    void refusesToWriteANoteWithALineBreak() {
        BusinessCalendar calendar = BusinessCalendar.builder("x")
                .mondayToFriday(WorkingPeriod.parse("08:00-12:00"))
                .rule(DateRule.holiday(LocalDate.of(2026, 1, 1), "one\ntwo")).build();
        assertThatThrownBy(() -> CalendarDocument.write(calendar)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line break");
    }

    private static void assertError(String text, int line, int column, String problem) {
        CalendarFileException error = catchThrowableOfType(() -> CalendarDocument.read(text), CalendarFileException.class);
        assertThat(error).as("error for %s", text).isNotNull();
        assertThat(error).hasMessageContaining(problem);
        assertThat(error.line()).as("line of %s", error.getMessage()).isEqualTo(line);
        assertThat(error.column()).as("column of %s", error.getMessage()).isEqualTo(column);
    }
}
