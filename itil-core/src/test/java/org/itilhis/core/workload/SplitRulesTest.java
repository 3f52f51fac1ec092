package org.itilhis.core.workload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.calendar.ChinaMainland;
import org.itilhis.core.roster.Duty;
import org.itilhis.core.roster.ShiftKind;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.WorkLogEntry;
import org.junit.jupiter.api.Test;

/** The split on the mainland China calendar: Labour Day 2026 is 1 to 5 May, Beijing time. */
class SplitRulesTest {
    private static final StaffId LIU = StaffId.of("E0101");
    private static final GroupId DESKTOP = GroupId.of("desktop-support");
    private static final SplitRules RULES = SplitRules.onSite(ChinaMainland.officeHours());

    private static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BusinessCalendar.SHANGHAI).toInstant();
    }

    private static Duty duty(ShiftKind kind, String start, String end) {
        return new Duty(LIU, DESKTOP, kind.name(), kind, beijing(start), beijing(end));
    }

    private static WorkedInterval worked(String start, String end) {
        return new WorkedInterval(beijing(start), beijing(end));
    }

    @Test
    void workInsideARosteredDayShiftIsNormalAndTheRestOvertime() {
        Duty day = duty(ShiftKind.DAY, "2026-03-02T08:00", "2026-03-02T17:30");

        TimeSplit split = RULES.split(worked("2026-03-02T16:30", "2026-03-02T19:00"), List.of(day));

        assertThat(split).isEqualTo(new TimeSplit(Duration.ofHours(1), Duration.ofMinutes(90), Duration.ZERO));
    }

    @Test
    void workWithoutADutyIsOvertimeEvenInOfficeHours() {
        assertThat(RULES.split(worked("2026-03-02T09:00", "2026-03-02T10:00"), List.of()))
                .isEqualTo(new TimeSplit(Duration.ZERO, Duration.ofHours(1), Duration.ZERO));
    }

    @Test
    void workOnAStatutoryHolidayIsHolidayTimeWhateverTheShift() {
        Duty rosteredOnLabourDay = duty(ShiftKind.DAY, "2026-05-01T08:00", "2026-05-01T17:30");

        assertThat(RULES.split(worked("2026-05-01T09:00", "2026-05-01T11:00"), List.of(rosteredOnLabourDay)))
                .isEqualTo(new TimeSplit(Duration.ZERO, Duration.ZERO, Duration.ofHours(2)));
    }

    @Test
    void aNightThatRunsIntoAHolidayIsSplitAtMidnightBeijingTime() {
        Duty night = duty(ShiftKind.NIGHT, "2026-04-30T20:00", "2026-05-01T08:00");

        TimeSplit split = RULES.split(worked("2026-04-30T23:00", "2026-05-01T01:30"), List.of(night));

        assertThat(split).isEqualTo(new TimeSplit(Duration.ofHours(1), Duration.ZERO, Duration.ofMinutes(90)));
    }

    @Test
    void onCallDutyIsOvertimeByDefaultAndNormalWhenTheRulesSaySo() {
        Duty onCall = duty(ShiftKind.ON_CALL, "2026-03-07T00:00", "2026-03-08T00:00");
        WorkedInterval calledIn = worked("2026-03-07T02:00", "2026-03-07T04:00");

        assertThat(RULES.split(calledIn, List.of(onCall)).overtime()).isEqualTo(Duration.ofHours(2));
        assertThat(RULES.withNormalShifts(Set.of(ShiftKind.DAY, ShiftKind.ON_CALL)).split(calledIn, List.of(onCall))
                .normal()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void overlappingDutiesCountTheirTimeOnce() {
        List<Duty> duties = List.of(duty(ShiftKind.DAY, "2026-03-02T08:00", "2026-03-02T17:30"),
                duty(ShiftKind.EVENING, "2026-03-02T17:00", "2026-03-02T22:00"));

        assertThat(RULES.split(worked("2026-03-02T16:00", "2026-03-02T23:00"), duties))
                .isEqualTo(new TimeSplit(Duration.ofHours(6), Duration.ofHours(1), Duration.ZERO));
    }

    @Test
    void aWorkLogEntryIsItsMinutesEndingAtItsTime() {
        WorkLogEntry entry = new WorkLogEntry(LIU, 45, "replaced the printer's roller", false,
                beijing("2026-03-02T10:00"));

        assertThat(WorkedInterval.of(entry)).isEqualTo(worked("2026-03-02T09:15", "2026-03-02T10:00"));
    }

    @Test
    void theRulesExplainThemselvesInBothLanguages() {
        assertThat(RULES.explanation(Locale.ENGLISH)).contains(ChinaMainland.officeHours().name(), "Asia/Shanghai",
                "holiday time", "overtime");
        assertThat(RULES.explanation(Locale.SIMPLIFIED_CHINESE)).contains("法定节假日", "加班");
    }
}
