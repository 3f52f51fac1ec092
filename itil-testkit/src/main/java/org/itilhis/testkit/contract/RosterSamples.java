package org.itilhis.testkit.contract;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.calendar.DateRule;
import org.itilhis.core.calendar.WorkingPeriod;
import org.itilhis.core.roster.GroupShifts;
import org.itilhis.core.roster.Handover;
import org.itilhis.core.roster.HandoverId;
import org.itilhis.core.roster.HandoverItem;
import org.itilhis.core.roster.Roster;
import org.itilhis.core.roster.RosterId;
import org.itilhis.core.roster.RosterPeriod;
import org.itilhis.core.roster.RotationPattern;
import org.itilhis.core.roster.Shift;
import org.itilhis.core.roster.ShiftDays;
import org.itilhis.core.roster.ShiftKind;
import org.itilhis.core.roster.Swap;
import org.itilhis.core.roster.SwapId;
import org.itilhis.core.roster.SwapKind;
import org.itilhis.core.roster.SwapRequest;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;

/**
 * Shifts, rosters, swaps and handovers for the roster's contracts: the network group's
 * day shift, night (across midnight) and 24-hour weekend on-call with a Chinese name (one
 * character outside the Basic Multilingual Plane), in Shanghai, over the 2027 Spring Festival,
 * with instants with microseconds.
 */
final class RosterSamples {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final GroupId NETWORK = GroupId.of("network");
    static final GroupId DESKTOP = GroupId.of("desktop");
    static final StaffId WANG = StaffId.of("E2001");
    static final StaffId LI = StaffId.of("E2002");
    static final StaffId ZHAO = StaffId.of("E2003");
    static final StaffId LEAD = StaffId.of("L2000");
    static final Instant AT = Instant.parse("2027-01-20T02:00:00.123456Z");

    static final Shift DAY = Shift.of("DAY", "白班", ShiftKind.DAY, LocalTime.of(8, 0), LocalTime.of(17, 30),
            ShiftDays.WORKING_DAYS).withEnglishName("Day");
    static final Shift NIGHT = Shift.of("NIGHT", "夜班𠀀", ShiftKind.NIGHT, LocalTime.of(17, 30), LocalTime.of(8, 0),
            ShiftDays.EVERY_DAY);
    static final Shift ON_CALL = Shift.onCall("WEEKEND-ON-CALL", "周末及节假日待命", LocalTime.of(8, 0),
            LocalTime.of(8, 0), ShiftDays.REST_DAYS, Duration.ofMinutes(30));

    private RosterSamples() {
    }

    static Instant tick(int minutes) {
        return AT.plus(Duration.ofMinutes(minutes));
    }

    static GroupShifts shifts(GroupId group) {
        return GroupShifts.of(group, SHANGHAI, "office", List.of(DAY, NIGHT, ON_CALL));
    }

    static BusinessCalendar springFestival() {
        var builder = BusinessCalendar.builder("office").zone(SHANGHAI)
                .mondayToFriday(WorkingPeriod.of(LocalTime.of(8, 0), LocalTime.of(17, 30)))
                .standardWorkingDay(WorkingPeriod.of(LocalTime.of(8, 0), LocalTime.of(17, 30)));
        LocalDate.parse("2027-02-06").datesUntil(LocalDate.parse("2027-02-13"))
                .forEach(d -> builder.rule(DateRule.holiday(d, "Spring Festival")));
        return builder.rule(DateRule.workday(LocalDate.parse("2027-02-14"), "Spring Festival adjustment")).build();
    }

    /** {@code group}'s roster for {@code from} to {@code to}, the three shifts rotating among Wang, Li and Zhao. */
    static Roster roster(RosterId id, GroupId group, String from, String to) {
        return Roster.generate(id, shifts(group), springFestival(), RosterPeriod.of(LocalDate.parse(from),
                LocalDate.parse(to)), RotationPattern.of(List.of(WANG, LI, ZHAO),
                List.of("DAY", "NIGHT", "WEEKEND-ON-CALL")), LEAD, AT);
    }

    static Swap cover(SwapId id, RosterId roster, Roster of, Instant at) {
        var duty = of.duties().stream().filter(d -> d.engineer().equals(WANG)).findFirst().orElseThrow().ref();
        return Swap.request(id, new SwapRequest(roster, of.group(), SwapKind.COVER, duty, LI, Optional.empty(),
                "家中有事"), at);
    }

    static Handover handover(HandoverId id, GroupId group, Instant shiftChange) {
        return Handover.write(id, group, WANG, LI, shiftChange, List.of(
                HandoverItem.ticket("INC-2027-000042", "门诊三楼打印机卡纸"),
                HandoverItem.change("CHG-2027-0003", "核心交换机固件升级"),
                HandoverItem.note("机房空调 2 号噪音大𠀀")), WANG, shiftChange.minusSeconds(600));
    }
}
