package org.itilhis.ports.reporting.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.testkit.DemoHospital.DESKTOP;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.ENGINEER_ZHOU;
import static org.itilhis.testkit.DemoHospital.NETWORK;
import static org.itilhis.testkit.DemoHospital.NETWORK_MA;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.itilhis.core.backup.BackupEvent;
import org.itilhis.core.backup.BackupJobCode;
import org.itilhis.core.backup.BackupOutcome;
import org.itilhis.core.backup.BackupRun;
import org.itilhis.core.backup.BackupRunId;
import org.itilhis.core.backup.RestoreResult;
import org.itilhis.core.backup.RestoreTest;
import org.itilhis.core.backup.RestoreTestId;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.inspection.RoundEvent;
import org.itilhis.core.inspection.RoundId;
import org.itilhis.core.inspection.ScheduleId;
import org.itilhis.core.repair.RepairEvent;
import org.itilhis.core.repair.RepairId;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.stock.RecipientKind;
import org.itilhis.core.stock.StockItemCode;
import org.itilhis.core.stock.StockMovement;
import org.itilhis.core.stock.StockMovementId;
import org.itilhis.core.stock.StockRecipient;
import org.itilhis.core.stock.StoreRoomCode;
import org.itilhis.core.workload.OperationsWork;
import org.itilhis.ports.common.LoggedEvent;
import org.itilhis.ports.reporting.out.DailyFact;
import org.itilhis.ports.reporting.out.FactSlice;
import org.itilhis.ports.reporting.out.WorkTrack;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.contract.BackupSamples;
import org.junit.jupiter.api.Test;

/**
 * The operations records' events in the workload facts (issue 18): each counted once, for one
 * engineer (or, for a missed round, no one) in one group on the day, Beijing time; Saturday 7
 * March 2026, 16:00 UTC is midnight of Sunday the 8th there.
 */
class OperationsAttributionTest {
    private static final Instant MIDNIGHT = Instant.parse("2026-03-07T16:00:00Z");
    private static final LocalDate SUNDAY = LocalDate.parse("2026-03-08");
    private static final RoundId ROUND = new RoundId(new UUID(9, 1));
    private static final ScheduleId SCHEDULE = new ScheduleId(new UUID(9, 2));
    private static final BackupJobCode JOB = BackupJobCode.of("HIS-DB-NIGHTLY");
    private static final CiId PRINTER = new CiId(new UUID(9, 3));

    private final Attribution attribution = new Attribution(ZoneId.of("Asia/Shanghai"),
            DemoHospital.inMemory().directory, Map.of());
    private long position;

    private List<DailyFact> facts(DomainEvent... events) {
        for (DomainEvent event : events) {
            attribution.apply(new LoggedEvent(++position, event));
        }
        return attribution.batch(0, position).facts();
    }

    private static Map<FactSlice, OperationsWork> byslice(List<DailyFact> facts) {
        return facts.stream().collect(Collectors.toMap(DailyFact::slice, f -> f.counts().operations()));
    }

    private static FactSlice slice(StaffId engineer, String group, String department) {
        return new FactSlice(SUNDAY, engineer, group, department, "");
    }

    private static String departmentOf(Actor engineer) {
        return DemoHospital.inMemory().directory.member(engineer.staffId()).orElseThrow().department().value();
    }

    private static RoundEvent.Recorded recorded(Actor performer, boolean late) {
        return new RoundEvent.Recorded(ROUND, NETWORK, SCHEDULE, "MR-DAILY", 1, MIDNIGHT.minus(Duration.ofHours(1)),
                performer.staffId(), MIDNIGHT, late, List.of(), List.of(), ENGINEER_ZHOU.staffId(), MIDNIGHT);
    }

    @Test
    void aRoundIsCountedForWhoPerformedItInTheRoundsGroupOnTheDayRecordedAndALateOneAlsoAsLate() {
        // Liu, of desktop support, performs the network group's round (Zhou enters it), then a late one
        List<DailyFact> facts = facts(recorded(ENGINEER_LIU, false), recorded(ENGINEER_LIU, true));

        assertThat(byslice(facts)).containsExactly(Map.entry(
                slice(ENGINEER_LIU.staffId(), NETWORK.value(), departmentOf(ENGINEER_LIU)),
                new OperationsWork(2, 1, 0, 0, 0, 0, 0, 0)));
        assertThat(facts).allSatisfy(f -> assertThat(f.counts().ticketsWorked()).isZero());
    }

    @Test
    void aMissedRoundIsItsGroupsAndNoEngineersWorkTheSystemsFact() {
        List<DailyFact> facts = facts(new RoundEvent.Missed(ROUND, NETWORK, SCHEDULE, "MR-DAILY",
                MIDNIGHT.minus(Duration.ofHours(3)), MIDNIGHT, Optional.of(NETWORK_MA.staffId()), Actor.SYSTEM_ID,
                MIDNIGHT));

        assertThat(byslice(facts)).containsExactly(Map.entry(slice(Actor.SYSTEM_ID, NETWORK.value(), ""),
                OperationsWork.oneRoundMissed()));
    }

    @Test
    void aRoundFallingDueIsNoOnesWork() {
        assertThat(facts(new RoundEvent.Due(ROUND, NETWORK, SCHEDULE, "MR-DAILY", 1, MIDNIGHT,
                MIDNIGHT.plus(Duration.ofHours(2)), Actor.SYSTEM_ID, MIDNIGHT))).isEmpty();
    }

    private static BackupRun run(StaffId recordedBy) {
        return new BackupRun(new BackupRunId(UUID.randomUUID()), JOB, Optional.empty(), BackupOutcome.SUCCEEDED,
                MIDNIGHT.minus(Duration.ofMinutes(40)), MIDNIGHT, Optional.of(1L), Optional.empty(), Optional.empty(),
                Optional.empty(), recordedBy, MIDNIGHT);
    }

    @Test
    void aBackupRunRecordedByAnEngineerAndARestoreTestCountForThemInTheJobsGroupNotARunPostedByTheBackupSoftware() {
        RestoreTest test = new RestoreTest(new RestoreTestId(new UUID(9, 4)), JOB, Optional.empty(), MIDNIGHT,
                "HIS database to the test server", ENGINEER_ZHOU.staffId(), RestoreResult.PASSED, Optional.empty(),
                ENGINEER_LIU.staffId(), MIDNIGHT);
        List<DailyFact> facts = facts(
                new BackupEvent.JobDefined(JOB, NETWORK, BackupSamples.nightly("NAS-02:/backup"), NETWORK_MA.staffId(),
                        MIDNIGHT.minus(Duration.ofDays(30))),
                new BackupEvent.RunRecorded(JOB, run(StaffId.of("backup-software")), Optional.empty(),
                        StaffId.of("backup-software"), MIDNIGHT),
                new BackupEvent.RunRecorded(JOB, run(Actor.SYSTEM_ID), Optional.empty(), Actor.SYSTEM_ID, MIDNIGHT),
                new BackupEvent.RunRecorded(JOB, run(ENGINEER_LIU.staffId()), Optional.empty(),
                        ENGINEER_LIU.staffId(), MIDNIGHT),
                new BackupEvent.RestoreTested(JOB, test, ENGINEER_LIU.staffId(), MIDNIGHT));

        assertThat(byslice(facts)).containsOnly(
                Map.entry(slice(ENGINEER_LIU.staffId(), NETWORK.value(), departmentOf(ENGINEER_LIU)),
                        OperationsWork.oneBackupRunRecorded()),
                Map.entry(slice(ENGINEER_ZHOU.staffId(), NETWORK.value(), departmentOf(ENGINEER_ZHOU)),
                        OperationsWork.oneRestoreTest()));
        assertThat(attribution.batch(0, position).tracks()).containsExactly(new WorkTrack(
                BackupEvent.aggregateIdOf(JOB), NETWORK.value(), "", 0, false, Optional.empty()));
    }

    @Test
    void repairsOpenedAndClosedAndStockIssuedCountForWhoDidThemInTheirFirstGroup() {
        RepairId repair = new RepairId(new UUID(9, 5));
        List<DailyFact> facts = facts(
                new RepairEvent.Opened(repair, PRINTER, "paper jam", Optional.empty(), true, Optional.empty(),
                        MIDNIGHT, ENGINEER_LIU.staffId(), MIDNIGHT),
                new RepairEvent.SentToRepair(repair, PRINTER, Optional.empty(), ENGINEER_LIU.staffId(), MIDNIGHT),
                new StockMovement.Issued(new StockMovementId(new UUID(9, 6)), StockItemCode.of("TONER-HP-26A"),
                        StoreRoomCode.of("B1-STORE"), 1, 4, StockRecipient.of(RecipientKind.REPAIR, repair.toString()),
                        Optional.empty(), Optional.empty(), ENGINEER_LIU.staffId(), MIDNIGHT),
                new RepairEvent.Closed(repair, PRINTER, ENGINEER_ZHOU.staffId(), MIDNIGHT));

        assertThat(byslice(facts)).containsOnly(
                Map.entry(slice(ENGINEER_LIU.staffId(), DESKTOP.value(), departmentOf(ENGINEER_LIU)),
                        new OperationsWork(0, 0, 0, 1, 0, 0, 0, 1)),
                Map.entry(slice(ENGINEER_ZHOU.staffId(), DESKTOP.value(), departmentOf(ENGINEER_ZHOU)),
                        OperationsWork.oneRepairClosed()));
    }
}
