package org.itilhis.core.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.calendar.DateRule;
import org.itilhis.core.calendar.WorkingPeriod;
import org.itilhis.core.roster.RosterImbalance.Count;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.junit.jupiter.api.Test;

/**
 * The network group's February 2027 roster: day shifts on working days (the Spring Festival
 * holidays 2027-02-06 to 02-12 are not, the adjusted Sunday 2027-02-14 is), nights every day
 * and a 24-hour on-call on rest days, rotating among four engineers.
 */
class RosterTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final GroupId NETWORK = GroupId.of("network");
    static final StaffId WANG = StaffId.of("E2001");
    static final StaffId LI = StaffId.of("E2002");
    static final StaffId ZHAO = StaffId.of("E2003");
    static final StaffId SUN = StaffId.of("E2004");
    static final StaffId LEAD = StaffId.of("L2000");
    static final Instant AT = Instant.parse("2027-01-20T02:00:00Z");
    static final RosterPeriod FEBRUARY = RosterPeriod.of(LocalDate.parse("2027-02-01"), LocalDate.parse("2027-02-28"));

    static final Shift DAY = Shift.of("DAY", "白班", ShiftKind.DAY, LocalTime.of(8, 0), LocalTime.of(17, 30),
            ShiftDays.WORKING_DAYS);
    static final Shift NIGHT = Shift.of("NIGHT", "夜班", ShiftKind.NIGHT, LocalTime.of(17, 30), LocalTime.of(8, 0),
            ShiftDays.EVERY_DAY);
    static final Shift ON_CALL = Shift.onCall("WEEKEND-ON-CALL", "周末及节假日待命", LocalTime.of(8, 0),
            LocalTime.of(8, 0), ShiftDays.REST_DAYS, Duration.ofMinutes(30));
    static final GroupShifts SHIFTS = GroupShifts.of(NETWORK, SHANGHAI, "office", List.of(DAY, NIGHT, ON_CALL));

    static BusinessCalendar springFestival() {
        var builder = BusinessCalendar.builder("office").zone(SHANGHAI)
                .mondayToFriday(WorkingPeriod.of(LocalTime.of(8, 0), LocalTime.of(17, 30)))
                .standardWorkingDay(WorkingPeriod.of(LocalTime.of(8, 0), LocalTime.of(17, 30)));
        LocalDate.parse("2027-02-06").datesUntil(LocalDate.parse("2027-02-13"))
                .forEach(d -> builder.rule(DateRule.holiday(d, "Spring Festival")));
        return builder.rule(DateRule.workday(LocalDate.parse("2027-02-14"), "Spring Festival adjustment")).build();
    }

    static Roster february() {
        return Roster.generate(new RosterId(new UUID(2, 1)), SHIFTS, springFestival(), FEBRUARY,
                RotationPattern.of(List.of(WANG, LI, ZHAO, SUN), List.of("DAY", "NIGHT", "WEEKEND-ON-CALL")), LEAD, AT);
    }

    @Test
    void aNightShiftEndsTheNextMorningInTheGroupsZone() {
        Duty night = SHIFTS.duty(WANG, NIGHT, LocalDate.parse("2027-02-01"));

        assertThat(night.start()).isEqualTo(Instant.parse("2027-02-01T09:30:00Z"));
        assertThat(night.end()).isEqualTo(Instant.parse("2027-02-02T00:00:00Z"));
        assertThat(NIGHT.endsNextDay()).isTrue();
        assertThat(ON_CALL.length()).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void theShiftsRunOnTheDaysTheCalendarSays() {
        Roster roster = february();

        assertThat(shiftsOn(roster, "2027-02-08")).containsExactly("NIGHT", "WEEKEND-ON-CALL"); // a holiday Monday
        assertThat(shiftsOn(roster, "2027-02-14")).containsExactly("DAY", "NIGHT"); // the adjusted Sunday
        assertThat(shiftsOn(roster, "2027-02-15")).containsExactly("DAY", "NIGHT");
        assertThat(shiftsOn(roster, "2027-02-20")).containsExactly("NIGHT", "WEEKEND-ON-CALL");
        assertThat(roster.duties()).filteredOn(d -> d.date().equals(LocalDate.parse("2027-02-08")))
                .allMatch(RosterEntry::holiday);
    }

    private static List<String> shiftsOn(Roster roster, String date) {
        return roster.duties().stream().filter(d -> d.date().equals(LocalDate.parse(date))).map(RosterEntry::shift)
                .toList();
    }

    @Test
    void aGeneratedRosterIsFairAndIsOneEvent() {
        Roster roster = february();

        assertThat(roster.imbalance()).hasSize(2).allMatch(RosterImbalance::fair);
        assertThat(roster.version()).isEqualTo(1);
        assertThat(roster.pullEvents()).singleElement().isInstanceOfSatisfying(RosterEvent.Generated.class,
                e -> assertThat(e.duties()).isEqualTo(roster.duties()));
    }

    @Test
    void afterTheLeadsEditsTheRosterShowsItsImbalanceInsteadOfRefusing() {
        Roster roster = february();
        roster.pullEvents();
        for (RosterEntry night : roster.duties().stream().filter(RosterEntry::night).toList()) {
            if (!night.engineer().equals(WANG) && roster.duties().stream().noneMatch(
                    d -> d.engineer().equals(WANG) && d.overlaps(night))) {
                roster.replace(night.ref(), WANG, Optional.empty(), LEAD, AT);
            }
        }

        RosterImbalance nights = roster.imbalance().stream().filter(i -> i.count() == Count.NIGHT).findFirst()
                .orElseThrow();
        assertThat(nights.fair()).isFalse();
        assertThat(nights.most()).containsExactly(WANG);
        assertThat(nights.spread()).isEqualTo(nights.counts().get(WANG)
                - nights.counts().values().stream().mapToInt(Integer::intValue).min().orElseThrow());
        assertThat(roster.pullEvents()).allMatch(RosterEvent.DutyReplaced.class::isInstance);
    }

    @Test
    void anOverlappingDutyIsRefusedAndChangesNothing() {
        Roster roster = february();
        RosterEntry night = roster.duties().stream().filter(d -> d.shift().equals("NIGHT")).findFirst().orElseThrow();
        Shift late = Shift.of("LATE", "晚班", ShiftKind.EVENING, LocalTime.of(20, 0), LocalTime.of(23, 0),
                ShiftDays.EVERY_DAY);
        RosterEntry overlapping = new RosterEntry(night.date(), night.holiday(),
                SHIFTS.duty(night.engineer(), late, night.date()));
        List<RosterEntry> before = roster.duties();

        assertThatThrownBy(() -> roster.assign(overlapping, LEAD, AT)).isInstanceOf(OverlappingDutiesException.class)
                .hasMessageContaining(night.engineer().value()).hasMessageContaining("NIGHT");
        assertThat(roster.duties()).isEqualTo(before);
        assertThat(roster.version()).isEqualTo(1);
    }

    @Test
    void aSecondEngineerOnTheSameShiftComesAfterTheFirst() {
        Roster roster = february();
        RosterEntry onCall = roster.duties().stream().filter(d -> d.shift().equals("WEEKEND-ON-CALL")).findFirst()
                .orElseThrow();
        StaffId second = roster.engineers().stream().filter(e -> roster.duties().stream()
                .noneMatch(d -> d.engineer().equals(e) && d.overlaps(onCall))).findFirst().orElseThrow();

        roster.assign(onCall.heldBy(second), LEAD, AT);

        assertThat(roster.duties()).filteredOn(d -> d.shift().equals(onCall.shift()) && d.date().equals(onCall.date()))
                .extracting(RosterEntry::engineer).containsExactly(onCall.engineer(), second);
    }

    @Test
    void removingOrReplacingADutyTheRosterDoesNotHaveIsRefused() {
        Roster roster = february();
        DutyRef none = new DutyRef(WANG, "NIGHT", LocalDate.parse("2027-03-01"));

        assertThatThrownBy(() -> roster.remove(none, LEAD, AT)).isInstanceOf(DutyNotRosteredException.class);
        assertThatThrownBy(() -> roster.replace(none, LI, Optional.empty(), LEAD, AT))
                .isInstanceOf(DutyNotRosteredException.class);
        assertThatThrownBy(() -> roster.assign(new RosterEntry(none.date(), false,
                SHIFTS.duty(WANG, NIGHT, none.date())), LEAD, AT)).isInstanceOf(DutyOutsidePeriodException.class);
    }

    @Test
    void anExchangeThatWouldOverlapIsRefusedWhole() {
        Roster roster = february();
        // WANG's first duty for someone else's duty overlapping another of WANG's duties
        RosterEntry wangs = roster.duties().stream().filter(d -> d.engineer().equals(WANG)).findFirst().orElseThrow();
        RosterEntry clash = roster.duties().stream().filter(d -> !d.engineer().equals(WANG)
                && roster.duties().stream().anyMatch(w -> w.engineer().equals(WANG) && !w.equals(wangs)
                && w.overlaps(d))).findFirst().orElseThrow();
        List<RosterEntry> before = roster.duties();

        assertThatThrownBy(() -> roster.exchange(wangs.ref(), clash.ref(), new SwapId(new UUID(3, 1)), LEAD, AT))
                .isInstanceOf(OverlappingDutiesException.class);
        assertThat(roster.duties()).isEqualTo(before);
    }

    @Test
    void aRestoredRosterEqualsTheSavedOne() {
        Roster roster = february();

        assertThat(Roster.restore(roster.snapshot()).snapshot()).isEqualTo(roster.snapshot());
    }
}
