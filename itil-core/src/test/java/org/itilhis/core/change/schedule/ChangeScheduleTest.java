package org.itilhis.core.change.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.core.change.schedule.ChangeWindowTest.OUTPATIENT_PEAK;
import static org.itilhis.core.change.schedule.ChangeWindowTest.SPRING_FESTIVAL_FREEZE;
import static org.itilhis.core.change.schedule.ScheduleHospital.CORE_SWITCH;
import static org.itilhis.core.change.schedule.ScheduleHospital.DB_SERVER;
import static org.itilhis.core.change.schedule.ScheduleHospital.HIS;
import static org.itilhis.core.change.schedule.ScheduleHospital.HIS_DB;
import static org.itilhis.core.change.schedule.ScheduleHospital.IMAGING;
import static org.itilhis.core.change.schedule.ScheduleHospital.LAB_RESULTS;
import static org.itilhis.core.change.schedule.ScheduleHospital.LIS_1;
import static org.itilhis.core.change.schedule.ScheduleHospital.LIS_2;
import static org.itilhis.core.change.schedule.ScheduleHospital.LIS_3;
import static org.itilhis.core.change.schedule.ScheduleHospital.PACS;
import static org.itilhis.core.change.schedule.ScheduleHospital.PACS_1;
import static org.itilhis.core.change.schedule.ScheduleHospital.PACS_2;
import static org.itilhis.core.change.schedule.ScheduleHospital.PACS_CLUSTER;
import static org.itilhis.core.change.schedule.ScheduleHospital.REGISTRATION;
import static org.itilhis.core.change.schedule.ScheduleHospital.SHANGHAI;
import static org.itilhis.core.change.schedule.ScheduleHospital.WARD_SWITCH;
import static org.itilhis.core.change.schedule.ScheduleHospital.WARD_WORKSTATION;
import static org.itilhis.core.change.schedule.ScheduleHospital.change;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.itilhis.core.change.WeeklyWindow;
import org.itilhis.core.cmdb.CiGraph;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiNode;
import org.itilhis.core.cmdb.RelationshipType;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.change.schedule.ScheduleConflict.Blackout;
import org.itilhis.core.change.schedule.ScheduleConflict.CombinedOutage;
import org.itilhis.core.change.schedule.ScheduleConflict.NearbyChange;
import org.itilhis.core.shared.DomainException;
import org.junit.jupiter.api.Test;

class ChangeScheduleTest {
    static final ChangeWindow PACS_MAINTENANCE = ChangeWindow.recurring(ChangeWindowId.of("pacs-maintenance"),
            "PACS: Tuesday and Thursday nights", WindowKind.MAINTENANCE, Set.of(PACS_1, PACS_2),
            new WeeklyWindow(Set.of(java.time.DayOfWeek.TUESDAY, java.time.DayOfWeek.THURSDAY), LocalTime.of(22, 0),
                    LocalTime.of(23, 59)), SHANGHAI);

    private static final ScheduleCheck CHECK = ScheduleCheck.of(ScheduleHospital.graph(),
            List.of(OUTPATIENT_PEAK, SPRING_FESTIVAL_FREEZE, PACS_MAINTENANCE));

    private static List<ScheduleConflict> of(ConflictKind kind, List<ScheduleConflict> conflicts) {
        return conflicts.stream().filter(c -> c.kind() == kind).toList();
    }

    // Blackouts

    @Test
    void aDatabasePatchDuringTheOutpatientPeakFallsInTheHisBlackoutThroughWhatItImpacts() {
        ScheduledChange patch = change(1, "2027-03-01T09:00", "2027-03-01T10:00", true, DB_SERVER);

        List<ScheduleConflict> conflicts = CHECK.schedule(List.of()).check(patch);

        assertThat(conflicts).singleElement().isInstanceOfSatisfying(Blackout.class, blackout -> {
            assertThat(blackout.kind()).isEqualTo(ConflictKind.BLACKOUT);
            assertThat(blackout.window()).isEqualTo(OUTPATIENT_PEAK);
            assertThat(blackout.occurrence().start().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2027-03-01T07:30"));
            assertThat(blackout.path().cis()).containsExactly(DB_SERVER, HIS_DB, HIS, REGISTRATION);
        });
    }

    @Test
    void theSamePatchAfterLunchOrOnSaturdayIsClear() {
        ChangeSchedule empty = CHECK.schedule(List.of());

        assertThat(empty.check(change(1, "2027-03-01T12:00", "2027-03-01T13:00", true, DB_SERVER))).isEmpty();
        assertThat(empty.check(change(1, "2027-03-06T09:00", "2027-03-06T10:00", true, DB_SERVER))).isEmpty();
    }

    @Test
    void aBlackoutAttachedToATouchedItemIsExplainedByAPathOfNoStep() {
        ScheduledChange release = change(1, "2027-03-01T11:00", "2027-03-01T11:30", false, REGISTRATION);

        assertThat(CHECK.schedule(List.of()).check(release)).singleElement()
                .isInstanceOfSatisfying(Blackout.class, b -> assertThat(b.path().length()).isZero());
    }

    @Test
    void aSwitchUpgradeOnTheFirstEveningOfTheSpringFestivalFreezeIsCaughtButNotTheEveningBefore() {
        ChangeSchedule empty = CHECK.schedule(List.of());

        List<ScheduleConflict> inFreeze = empty.check(change(1, "2027-02-05T19:00", "2027-02-05T20:00", true, WARD_SWITCH));
        List<ScheduleConflict> before = empty.check(change(1, "2027-02-04T19:00", "2027-02-04T20:00", true, WARD_SWITCH));

        assertThat(inFreeze).singleElement().isInstanceOfSatisfying(Blackout.class, b -> {
            assertThat(b.window()).isEqualTo(SPRING_FESTIVAL_FREEZE);
            assertThat(b.path().start()).isEqualTo(WARD_SWITCH);
            assertThat(Set.of(REGISTRATION, IMAGING)).contains(b.path().end());
        });
        assertThat(before).isEmpty();
    }

    @Test
    void aBlackoutNoLongerInForceIsNoConflict() {
        ScheduleCheck check = ScheduleCheck.of(ScheduleHospital.graph(), List.of(OUTPATIENT_PEAK.effective(null,
                java.time.LocalDate.parse("2027-02-28"))));

        assertThat(check.schedule(List.of()).check(change(1, "2027-03-01T09:00", "2027-03-01T10:00", true, DB_SERVER))).isEmpty();
        assertThat(check.schedule(List.of()).check(change(1, "2027-02-26T09:00", "2027-02-26T10:00", true, DB_SERVER))).hasSize(1);
    }

    // Combined outages

    @Test
    void twoEngineersTakingDownBothHalvesOfThePacsClusterOnTheSameNightTakeImagingDown() {
        ScheduledChange firmware = change(1, "2027-03-02T22:00", "2027-03-03T01:00", true, PACS_1);
        ScheduledChange patch = change(2, "2027-03-03T00:00", "2027-03-03T02:00", true, PACS_2);

        List<ScheduleConflict> conflicts = CHECK.schedule(List.of(firmware, patch)).conflicts();

        assertThat(conflicts).singleElement().isInstanceOfSatisfying(CombinedOutage.class, outage -> {
            assertThat(outage.kind()).isEqualTo(ConflictKind.COMBINED_OUTAGE);
            assertThat(outage.changes()).containsExactly(firmware, patch);
            assertThat(outage.serviceIds()).containsExactly(IMAGING);
            assertThat(outage.from()).isEqualTo(patch.start());
            assertThat(outage.to()).isEqualTo(firmware.end());
            ScheduleConflict.ServiceDown imaging = outage.services().get(0);
            assertThat(imaging.paths().get(firmware.id()).cis()).containsExactly(PACS_1, PACS_CLUSTER, PACS, IMAGING);
            assertThat(imaging.paths().get(patch.id()).cis()).containsExactly(PACS_2, PACS_CLUSTER, PACS, IMAGING);
        });
    }

    @Test
    void theSecondPacsChangeCheckedAsACandidateSeesTheCombinedOutage() {
        ScheduledChange firmware = change(1, "2027-03-02T22:00", "2027-03-03T01:00", true, PACS_1);
        ScheduledChange patch = change(2, "2027-03-03T00:00", "2027-03-03T02:00", true, PACS_2);

        assertThat(CHECK.schedule(List.of(firmware)).check(patch)).singleElement()
                .isInstanceOfSatisfying(CombinedOutage.class, o -> assertThat(o.changes()).containsExactly(firmware, patch));
    }

    @Test
    void bothPacsHalvesOnDifferentNightsOrWithoutOutageAreNoCombinedOutage() {
        ScheduledChange firmware = change(1, "2027-03-02T22:00", "2027-03-03T01:00", true, PACS_1);

        assertThat(CHECK.schedule(List.of(firmware, change(2, "2027-03-03T01:00", "2027-03-03T02:00", true, PACS_2)))
                .conflicts()).isEmpty();
        assertThat(CHECK.schedule(List.of(firmware, change(2, "2027-03-03T00:00", "2027-03-03T02:00", false, PACS_2)))
                .conflicts()).isEmpty();
    }

    @Test
    void thePairTakingTwoServicesDownIsOneConflictNamingBoth() {
        CiId teleradiology = ScheduleHospital.id(99);
        CiGraph graph = ScheduleHospital.graph().toBuilder()
                .add(new CiNode(teleradiology, "business-service", ServiceCriticality.IMPORTANT, true))
                .relate(teleradiology, RelationshipType.USES, PACS)
                .build();
        ScheduledChange firmware = change(1, "2027-03-02T22:00", "2027-03-03T01:00", true, PACS_1);
        ScheduledChange patch = change(2, "2027-03-03T00:00", "2027-03-03T02:00", true, PACS_2);

        List<ScheduleConflict> conflicts = ScheduleCheck.of(graph, List.of()).schedule(List.of(firmware, patch)).conflicts();

        assertThat(conflicts).singleElement().isInstanceOfSatisfying(CombinedOutage.class,
                outage -> assertThat(outage.serviceIds()).containsExactlyInAnyOrder(IMAGING, teleradiology));
    }

    @Test
    void onlyTheThreeLisChangesTogetherTakeLabResultsDown() {
        ScheduledChange one = change(1, "2027-03-02T20:00", "2027-03-03T02:00", true, LIS_1);
        ScheduledChange two = change(2, "2027-03-02T21:00", "2027-03-03T01:00", true, LIS_2);
        ScheduledChange three = change(3, "2027-03-02T23:00", "2027-03-02T23:30", true, LIS_3);

        List<ScheduleConflict> conflicts = CHECK.schedule(List.of(one, two, three)).conflicts();

        assertThat(conflicts).singleElement().isInstanceOfSatisfying(CombinedOutage.class, outage -> {
            assertThat(outage.changes()).containsExactly(one, two, three);
            assertThat(outage.serviceIds()).containsExactly(LAB_RESULTS);
            assertThat(outage.from()).isEqualTo(three.start());
            assertThat(outage.to()).isEqualTo(three.end());
        });
        assertThat(CHECK.schedule(List.of(one, two)).conflicts()).isEmpty();
    }

    @Test
    void threeLisChangesOverlappingOnlyInPairsTakeNothingDown() {
        ScheduledChange one = change(1, "2027-03-02T20:00", "2027-03-02T22:00", true, LIS_1);
        ScheduledChange two = change(2, "2027-03-02T21:00", "2027-03-02T23:00", true, LIS_2);
        ScheduledChange three = change(3, "2027-03-02T22:00", "2027-03-03T00:00", true, LIS_3);

        assertThat(CHECK.schedule(List.of(one, two, three)).conflicts()).isEmpty();
    }

    @Test
    void aChangeThatTakesTheServiceDownAloneIsNoPartOfACombinedOutage() {
        ScheduledChange pacs = change(1, "2027-03-02T22:00", "2027-03-03T01:00", true, PACS);
        ScheduledChange half = change(2, "2027-03-02T22:00", "2027-03-03T01:00", true, PACS_1);

        assertThat(of(ConflictKind.COMBINED_OUTAGE, CHECK.schedule(List.of(pacs, half)).conflicts())).isEmpty();
    }

    // Nearby changes

    @Test
    void twoOverlappingChangesOnTheSameDatabaseServerConflict() {
        ScheduledChange firmware = change(1, "2027-03-02T22:00", "2027-03-02T23:00", false, DB_SERVER);
        ScheduledChange disks = change(2, "2027-03-02T22:30", "2027-03-02T23:30", false, DB_SERVER);

        assertThat(CHECK.schedule(List.of(firmware, disks)).conflicts()).singleElement()
                .isInstanceOfSatisfying(NearbyChange.class, nearby -> {
                    assertThat(nearby.kind()).isEqualTo(ConflictKind.NEARBY_CHANGE);
                    assertThat(nearby.sameItem()).isTrue();
                    assertThat(nearby.changes()).containsExactly(firmware, disks);
                });
    }

    @Test
    void changesOnTheSameItemOneAfterTheOtherDoNotConflict() {
        ScheduledChange firmware = change(1, "2027-03-02T22:00", "2027-03-02T23:00", false, DB_SERVER);
        ScheduledChange disks = change(2, "2027-03-02T23:00", "2027-03-02T23:30", false, DB_SERVER);

        assertThat(CHECK.schedule(List.of(firmware, disks)).conflicts()).isEmpty();
    }

    @Test
    void aWorkstationTwoStepsFromTheCoreSwitchIsNearbyWithTwoStepsButNotWithOne() {
        ScheduledChange core = change(1, "2027-03-02T22:00", "2027-03-02T23:00", false, CORE_SWITCH);
        ScheduledChange desk = change(2, "2027-03-02T22:30", "2027-03-02T23:30", false, WARD_WORKSTATION);

        assertThat(CHECK.schedule(List.of(core, desk)).conflicts()).isEmpty();
        assertThat(CHECK.withSteps(2).schedule(List.of(core, desk)).conflicts()).singleElement()
                .isInstanceOfSatisfying(NearbyChange.class, n -> assertThat(n.path().cis())
                        .containsExactly(CORE_SWITCH, WARD_SWITCH, WARD_WORKSTATION));
        assertThat(CHECK.withSteps(2).schedule(List.of(core)).check(desk)).singleElement()
                .isInstanceOfSatisfying(NearbyChange.class, n -> assertThat(n.path().cis())
                        .containsExactly(WARD_WORKSTATION, WARD_SWITCH, CORE_SWITCH));
    }

    @Test
    void aRescheduledChangeIsCheckedAgainstTheOthersOnly() {
        ScheduledChange firmware = change(1, "2027-03-02T22:00", "2027-03-02T23:00", false, DB_SERVER);
        ScheduledChange moved = change(1, "2027-03-02T22:30", "2027-03-02T23:30", false, DB_SERVER);

        assertThat(CHECK.schedule(List.of(firmware)).check(moved)).isEmpty();
    }

    // Maintenance windows and the forward schedule

    @Test
    void aPacsChangeOnTuesdayNightIsInsideTheMaintenanceWindowOfEachTouchedItem() {
        ChangeSchedule empty = CHECK.schedule(List.of());
        ScheduledChange tuesday = change(1, "2027-03-02T22:00", "2027-03-02T23:00", true, PACS_1, PACS_2);
        ScheduledChange wednesday = change(2, "2027-03-03T22:00", "2027-03-03T23:00", true, PACS_1);
        ScheduledChange alsoDatabase = change(3, "2027-03-02T22:00", "2027-03-02T23:00", true, PACS_1, DB_SERVER);

        assertThat(empty.maintenanceWindowsContaining(tuesday)).singleElement()
                .satisfies(o -> assertThat(o.window()).isEqualTo(PACS_MAINTENANCE));
        assertThat(empty.insideMaintenanceOfEveryTouchedItem(tuesday)).isTrue();
        assertThat(empty.insideMaintenanceOfEveryTouchedItem(wednesday)).isFalse();
        assertThat(empty.insideMaintenanceOfEveryTouchedItem(alsoDatabase)).isFalse();
    }

    @Test
    void theForwardScheduleListsTheChangesInTimeOrderWithTheirConflictsAndTheWindows() {
        ScheduledChange patch = change(3, "2027-03-01T09:00", "2027-03-01T10:00", true, DB_SERVER);
        ScheduledChange firmware = change(1, "2027-03-02T22:00", "2027-03-03T01:00", true, PACS_1);
        ScheduledChange half = change(2, "2027-03-03T00:00", "2027-03-03T02:00", true, PACS_2);
        ScheduledChange later = change(4, "2027-03-20T00:00", "2027-03-20T02:00", true, PACS_2);
        ChangeSchedule schedule = CHECK.schedule(List.of(later, half, firmware, patch));

        ForwardSchedule week = schedule.forward(LocalDateTime.parse("2027-03-01T00:00").atZone(SHANGHAI).toInstant(),
                LocalDateTime.parse("2027-03-08T00:00").atZone(SHANGHAI).toInstant());

        assertThat(week.changes()).extracting(ForwardSchedule.Entry::change).containsExactly(patch, firmware, half);
        assertThat(week.changes().get(0).conflicts()).singleElement().isInstanceOf(Blackout.class);
        assertThat(week.changes().get(1).conflicts()).singleElement().isInstanceOf(CombinedOutage.class);
        assertThat(week.changes().get(2).conflicts()).isEqualTo(week.changes().get(1).conflicts());
        assertThat(week.blackouts()).hasSize(5).allSatisfy(o -> assertThat(o.window()).isEqualTo(OUTPATIENT_PEAK));
        assertThat(week.maintenance()).hasSize(2);
    }

    @Test
    void aChangeThatEndsBeforeItStartsOrTouchesNothingIsRefused() {
        assertThatThrownBy(() -> change(1, "2027-03-02T23:00", "2027-03-02T22:00", true, DB_SERVER))
                .isInstanceOf(ScheduledChangeEndsBeforeStartException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("change-schedule.ends-before-start");
        assertThatThrownBy(() -> change(1, "2027-03-02T22:00", "2027-03-02T23:00", true))
                .isInstanceOf(ScheduledChangeWithoutItemsException.class);
    }

    @Test
    void aChangeScheduledTwiceIsACallerBug() {
        ScheduledChange firmware = change(1, "2027-03-02T22:00", "2027-03-02T23:00", false, DB_SERVER);

        assertThatThrownBy(() -> CHECK.schedule(List.of(firmware, firmware))).isInstanceOf(IllegalArgumentException.class);
    }
}
