package org.itilhis.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarFileTest {

    @Test
    void readsDatesRangesPeriodsAndNotes() {
        List<DateRule> rules = CalendarFile.parse("""
                # a comment
                2026-02-14 WORKDAY Spring Festival adjustment

                2026-02-15..2026-02-17 HOLIDAY Spring Festival
                2026-12-31 HALF_DAY 08:00-12:00 New Year's Eve\r
                2026-03-07 EXTRA_HOURS 09:00-12:00,13:00-16:00 go-live
                """);
        assertThat(rules).hasSize(6);
        assertThat(rules.get(0)).isEqualTo(DateRule.workday(LocalDate.of(2026, 2, 14), "Spring Festival adjustment"));
        assertThat(rules.get(3).date()).isEqualTo(LocalDate.of(2026, 2, 17));
        assertThat(rules.get(4).periods()).containsExactly(WorkingPeriod.parse("08:00-12:00"));
        assertThat(rules.get(5).periods()).hasSize(2);
        assertThat(rules.get(5).note()).isEqualTo("go-live");
    }

    @Test
    void reportsTheLineAndColumnOfAnInvalidDate() {
        CalendarFileException error = catchThrowableOfType(
                () -> CalendarFile.parse("2026-02-14 WORKDAY ok\n  2026-02-30 HOLIDAY no such day"),
                CalendarFileException.class);
        assertThat(error.line()).isEqualTo(2);
        assertThat(error.column()).isEqualTo(3);
        assertThat(error).hasMessageContaining("'2026-02-30' is not a date");
    }

    @Test
    void reportsAnUnknownKindAndABadPeriod() {
        CalendarFileException kind = catchThrowableOfType(
                () -> CalendarFile.parse("2026-02-14 HOLIDY typo"), CalendarFileException.class);
        assertThat(kind.column()).isEqualTo(12);
        assertThat(kind).hasMessageContaining("unknown kind 'HOLIDY'");
        CalendarFileException period = catchThrowableOfType(
                () -> CalendarFile.parse("2026-03-07 EXTRA_HOURS 09:00-25:00 x"), CalendarFileException.class);
        assertThat(period.column()).isEqualTo(24);
        CalendarFileException missing = catchThrowableOfType(
                () -> CalendarFile.parse("2026-03-07 HALF_DAY"), CalendarFileException.class);
        assertThat(missing).hasMessageContaining("expected working periods");
    }

    @Test
    void reportsARangeThatEndsBeforeItStarts() {
        CalendarFileException error = catchThrowableOfType(
                () -> CalendarFile.parse("2026-02-17..2026-02-15 HOLIDAY x"), CalendarFileException.class);
        assertThat(error).hasMessageContaining("ends before it starts");
    }

    @Test
    void theBundledChinaMainlandFileMatchesTheNotices() {
        List<DateRule> rules = ChinaMainland.officialArrangements();
        long holidays2026 = rules.stream()
                .filter(rule -> rule.date().getYear() == 2026 && rule.kind() == DateRule.Kind.HOLIDAY).count();
        // 3 + 9 + 3 + 5 + 3 + 3 + 7 days announced for 2026.
        assertThat(holidays2026).isEqualTo(33);
        // Every adjusted working day is a weekend day, every listed date is in 2024-2026.
        assertThat(rules).filteredOn(rule -> rule.kind() == DateRule.Kind.WORKDAY)
                .allSatisfy(rule -> assertThat(rule.date().getDayOfWeek())
                        .isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        assertThat(rules).extracting(rule -> rule.date().getYear()).containsOnly(2024, 2025, 2026);
        assertThat(rules).filteredOn(rule -> rule.kind() == DateRule.Kind.WORKDAY).hasSize(8 + 5 + 6);
    }
}
