package org.itilhis.ports.operations.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.calendar.CalendarDays;
import org.itilhis.core.calendar.ChinaMainland;
import org.itilhis.core.calendar.InvalidScheduleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rounds' and backups' schedules read on the hospital's office-hours calendar (mainland China, 2026). */
class CronScheduleTest {
    private static final BusinessCalendar OFFICE_HOURS = ChinaMainland.officeHours();
    private static final ZoneId SHANGHAI = OFFICE_HOURS.zone();

    private static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(SHANGHAI).toInstant();
    }

    private static List<Instant> due(String cron, CalendarDays days, String after, String until) {
        return CronSchedule.parse("cron", cron, days).dueTimes(local(after), local(until), OFFICE_HOURS);
    }

    @Test
    void theMachineRoomRoundFallsDueAtEightAndTwentyEveryDayInTheCalendarsZone() {
        assertThat(due("0 8,20 * * *", CalendarDays.EVERY_DAY, "2026-03-06T12:00", "2026-03-08T08:00")).containsExactly(
                local("2026-03-06T20:00"), local("2026-03-07T08:00"), local("2026-03-07T20:00"),
                local("2026-03-08T08:00"));
        assertThat(local("2026-03-07T08:00")).isEqualTo(Instant.parse("2026-03-07T00:00:00Z"));
    }

    @Test
    void theUpsTestFallsDueOnMondaysAndTheFireSuppressionCheckOnTheFirstOfTheMonth() {
        assertThat(due("0 10 * * 1", CalendarDays.EVERY_DAY, "2026-03-01T00:00", "2026-03-31T00:00")).containsExactly(
                local("2026-03-02T10:00"), local("2026-03-09T10:00"), local("2026-03-16T10:00"),
                local("2026-03-23T10:00"), local("2026-03-30T10:00"));
        assertThat(due("0 9 1 * *", CalendarDays.EVERY_DAY, "2026-01-15T00:00", "2026-04-01T09:00")).containsExactly(
                local("2026-02-01T09:00"), local("2026-03-01T09:00"), local("2026-04-01T09:00"));
    }

    @Test
    void aRoundOnWorkingDaysSkipsTheNewYearHolidaysAndFallsDueOnTheSundayWorkedAfterThem() {
        // 2026-01-01 (Thursday) to 01-03 are holidays; Sunday 01-04 is worked in exchange.
        assertThat(due("0 9 * * *", CalendarDays.WORKING_DAYS, "2025-12-30T12:00", "2026-01-06T12:00"))
                .containsExactly(local("2025-12-31T09:00"), local("2026-01-04T09:00"), local("2026-01-05T09:00"),
                        local("2026-01-06T09:00"));
        assertThat(due("0 9 * * *", CalendarDays.STATUTORY_HOLIDAYS, "2025-12-30T12:00", "2026-01-06T12:00"))
                .containsExactly(local("2026-01-01T09:00"), local("2026-01-02T09:00"), local("2026-01-03T09:00"));
    }

    @Test
    void theNextDueTimeIsStrictlyAfterTheInstantAndThereIsNoneForADateThatNeverComes() {
        CronSchedule daily = CronSchedule.parse("cron", "0 8,20 * * *", CalendarDays.EVERY_DAY);

        assertThat(daily.nextAfter(local("2026-03-07T08:00"), OFFICE_HOURS)).contains(local("2026-03-07T20:00"));
        assertThat(CronSchedule.parse("cron", "0 9 30 2 *", CalendarDays.EVERY_DAY)
                .nextAfter(local("2026-03-07T08:00"), OFFICE_HOURS)).isEmpty();
        assertThat(daily.expression()).isEqualTo("0 8,20 * * *");
        assertThat(CronSchedule.parse("cron", "  0 8 * * *\t", CalendarDays.EVERY_DAY).expression())
                .isEqualTo("0 8 * * *");
    }

    @ParameterizedTest
    @ValueSource(strings = {"every morning", "0 8 * *", "0 8 * * * *", "61 8 * * *", "0 25 * * *", " "})
    void anExpressionThatIsNotACronExpressionOfFiveFieldsIsRefusedInBothLanguages(String expression) {
        assertThatThrownBy(() -> CronSchedule.parse("cron", expression, CalendarDays.EVERY_DAY))
                .isInstanceOfSatisfying(InvalidScheduleException.class, e -> {
                    assertThat(e.code()).isEqualTo("schedule.not-a-cron-expression");
                    assertThat(e.messageIn(Locale.ENGLISH)).startsWith("Field cron: ").contains("five fields");
                    assertThat(e.messageIn(Locale.SIMPLIFIED_CHINESE)).startsWith("字段 cron：").contains("cron 表达式");
                });
    }
}
