package org.itilhis.ports.operations.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.testkit.DemoHospital.DIRECTOR_GAO;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.HIS_SUPPORT;
import static org.itilhis.testkit.DemoHospital.LEAD_SUN;
import static org.itilhis.testkit.DemoHospital.LEAD_WU;
import static org.itilhis.testkit.DemoHospital.SPECIALIST_HUANG;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.core.access.NotPermittedException;
import org.itilhis.core.backup.BackupJobCode;
import org.itilhis.core.backup.BackupJobCodeTakenException;
import org.itilhis.core.backup.BackupKind;
import org.itilhis.core.backup.BackupOutcome;
import org.itilhis.core.backup.BackupRunEndsBeforeStartException;
import org.itilhis.core.backup.BackupTimeInTheFutureException;
import org.itilhis.core.backup.RestoreFromOtherJobException;
import org.itilhis.core.backup.RestoreResult;
import org.itilhis.core.backup.RestoreTest;
import org.itilhis.core.calendar.CalendarDays;
import org.itilhis.core.calendar.InvalidScheduleException;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiStatus;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.ports.common.InvalidCommandException;
import org.itilhis.ports.configuration.in.CiData;
import org.itilhis.ports.configuration.in.CmdbCommand;
import org.itilhis.ports.configuration.in.ReportFault;
import org.itilhis.ports.operations.in.BackupCommand;
import org.itilhis.ports.operations.in.BackupJobNotFoundException;
import org.itilhis.ports.operations.in.BackupJobView;
import org.itilhis.ports.operations.in.BackupReportView;
import org.itilhis.ports.operations.in.RecordedRun;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.memory.InMemoryBackupJobRepository;
import org.itilhis.testkit.memory.InMemoryBackupMissedRuns;
import org.itilhis.testkit.memory.InMemoryBackupRunRepository;
import org.itilhis.testkit.memory.InMemoryRestoreTestRepository;
import org.itilhis.testkit.memory.InMemoryServiceDesk;
import org.junit.jupiter.api.Test;

/**
 * The backup records on the demo hospital: HIS application support (lead Wu, specialist Huang)
 * keeps the nightly full backup of the HIS database server, due at 02:00 Shanghai time every
 * day with two hours' grace and a 24-hour recovery point objective. The clock starts on Monday
 * 2 March 2026, 08:00 in Shanghai. Every refusal leaves the stores and the event log as they were.
 */
class BackupServiceTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final BackupJobCode HIS = BackupJobCode.of("HIS-DB-NIGHTLY");
    private static final Actor BACKUP_SOFTWARE = Actor.system();

    private final InMemoryServiceDesk desk = DemoHospital.inMemory();
    private final InMemoryBackupRunRepository runs = new InMemoryBackupRunRepository(desk.transactions);
    private final InMemoryBackupMissedRuns missed = new InMemoryBackupMissedRuns(desk.transactions);
    private final RecordingFaultIncidents faults = new RecordingFaultIncidents();
    private final Backups backups = Backups.create(new BackupPorts(desk.ports, desk.slaConfiguration,
                    desk.configurationItems, new InMemoryBackupJobRepository(desk.transactions), runs, missed,
                    new InMemoryRestoreTestRepository(desk.transactions)), BackupSettings.hospitalDefault(),
            DemoHospital.settings(), InMemoryServiceDesk.validator(), faults);
    private final CiId database;

    BackupServiceTest() {
        DemoHospital.configureServiceLevels(desk.levels.administration());
        database = desk.cmdb.items().handle(new CmdbCommand.RegisterCi(DemoHospital.CONFIG_MANAGER_QIAN, "server",
                new CiData("SRV-HIS-DB01", "HIS database server 1", null, "Main campus", "Building 7", "B1",
                        "Server room 1", "it", HIS_SUPPORT.value(), ServiceCriticality.CLINICAL_CRITICAL, "Huawei",
                        null, Map.of("hostname", "his-db-01", "ipAddress", "10.1.20.21")), CiStatus.IN_USE))
                .item().id();
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    private void advanceTo(String local) {
        desk.clock.advance(Duration.between(desk.clock.instant(), at(local)));
    }

    private BackupCommand.JobFields nightly(String cron, CiId ci) {
        return new BackupCommand.JobFields("HIS 数据库每日全备", ci, cron, CalendarDays.EVERY_DAY,
                DemoHospital.OFFICE_HOURS, BackupKind.FULL, "NAS-02:/backup/his", Duration.ofHours(2),
                Duration.ofHours(24));
    }

    private BackupJobView define() {
        return backups.jobs().defineJob(new BackupCommand.DefineJob(LEAD_WU, HIS, HIS_SUPPORT,
                nightly("0 2 * * *", database)));
    }

    private RecordedRun post(String externalId, BackupOutcome outcome, String started, String ended) {
        return backups.jobs().recordRun(new BackupCommand.RecordRun(BACKUP_SOFTWARE, HIS, externalId, outcome,
                at(started), at(ended), 52_428_800_000L, "NAS-02:/backup/his/" + externalId,
                outcome == BackupOutcome.FAILED ? "ORA-19502: write error on file" : null));
    }

    private List<DomainEvent> history() {
        return desk.events.history("backup-job/" + HIS.value());
    }

    @Test
    void theGroupLeadDefinesAJobOnAnItemOfTheCmdbAndRedefinesItAtItsVersion() {
        BackupJobView job = define();

        assertThat(job.version()).isEqualTo(1);
        assertThat(job.state().watchedFrom()).isEqualTo(at("2026-03-02T08:00"));
        assertThat(backups.queries().jobs(SPECIALIST_HUANG, Optional.empty(), Optional.of(database)))
                .containsExactly(job);
        BackupJobView moved = backups.jobs().redefineJob(new BackupCommand.RedefineJob(LEAD_WU, HIS, 1L,
                nightly("30 1 * * *", database)));
        assertThat(moved.version()).isEqualTo(2);
        assertThatThrownBy(() -> backups.jobs().redefineJob(new BackupCommand.RedefineJob(LEAD_WU, HIS, 1L,
                nightly("0 3 * * *", database)))).isInstanceOf(VersionConflictException.class);
        assertThat(history()).extracting(DomainEvent::type).containsExactly("backup.job-defined",
                "backup.job-redefined");
    }

    @Test
    void aJobIsRefusedOnAnUnknownItemABadScheduleATakenCodeOrByOneWhoMayNotManageItsGroupChangingNothing() {
        define();
        int events = desk.events.all().size();

        assertThatThrownBy(() -> backups.jobs().defineJob(new BackupCommand.DefineJob(LEAD_WU,
                BackupJobCode.of("LIS-DB"), HIS_SUPPORT, nightly("0 2 * * *", new CiId(new UUID(1, 1))))))
                .isInstanceOfSatisfying(InvalidCommandException.class,
                        e -> assertThat(e.getMessage()).contains("ci"));
        assertThatThrownBy(() -> backups.jobs().defineJob(new BackupCommand.DefineJob(LEAD_WU,
                BackupJobCode.of("LIS-DB"), HIS_SUPPORT, nightly("every night", database))))
                .isInstanceOfSatisfying(InvalidScheduleException.class,
                        e -> assertThat(e.messageIn(Locale.SIMPLIFIED_CHINESE)).contains("cron"));
        assertThatThrownBy(this::define).isInstanceOf(BackupJobCodeTakenException.class);
        assertThatThrownBy(() -> backups.jobs().defineJob(new BackupCommand.DefineJob(SPECIALIST_HUANG,
                BackupJobCode.of("LIS-DB"), HIS_SUPPORT, nightly("0 2 * * *", database))))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> backups.jobs().defineJob(new BackupCommand.DefineJob(LEAD_SUN,
                BackupJobCode.of("LIS-DB"), HIS_SUPPORT, nightly("0 2 * * *", database))))
                .isInstanceOf(NotPermittedException.class);
        assertThat(desk.events.all().size()).isEqualTo(events);
        assertThat(backups.queries().jobs(DIRECTOR_GAO, Optional.empty(), Optional.empty())).hasSize(1);
    }

    @Test
    void aRunIsMatchedToTheLatestDueTimeAtOrBeforeItsStartNotYetAnsweredAndAPostRepeatedIsRecordedOnce() {
        define();
        advanceTo("2026-03-03T03:00");

        RecordedRun nightly = post("veeam-1", BackupOutcome.SUCCEEDED, "2026-03-03T02:00:05", "2026-03-03T02:41");
        RecordedRun manual = post("veeam-2", BackupOutcome.SUCCEEDED, "2026-03-03T02:50", "2026-03-03T02:55");
        RecordedRun again = post("veeam-1", BackupOutcome.SUCCEEDED, "2026-03-03T02:00:05", "2026-03-03T02:41");

        assertThat(nightly.run().answers()).contains(at("2026-03-03T02:00"));
        assertThat(nightly.replayed()).isFalse();
        assertThat(manual.run().answers()).as("the night's due time is answered already").isEmpty();
        assertThat(again.replayed()).isTrue();
        assertThat(again.run()).isEqualTo(nightly.run());
        assertThat(backups.queries().runs(SPECIALIST_HUANG, HIS, Optional.empty(), 10)).extracting(r -> r.externalId()
                .orElseThrow()).containsExactly("veeam-2", "veeam-1");
        assertThat(history()).extracting(DomainEvent::type).containsExactly("backup.job-defined",
                "backup.run-recorded", "backup.run-recorded");
        assertThat(faults.reports).isEmpty();
    }

    @Test
    void aFailedRunRaisesAnIncidentOnTheJobsItemKeyedByTheJobsCode() {
        define();
        advanceTo("2026-03-03T03:00");

        RecordedRun failed = post("veeam-9", BackupOutcome.FAILED, "2026-03-03T02:00", "2026-03-03T02:12");

        assertThat(failed.incident()).contains("INC-2026-000001");
        ReportFault report = faults.reports.get(0);
        assertThat(report.ci()).isEqualTo(database);
        assertThat(report.source()).isEqualTo("backup");
        assertThat(report.fault()).isEqualTo("HIS-DB-NIGHTLY");
        assertThat(report.reference()).isEqualTo("backup-run " + failed.run().id());
        assertThat(report.description()).contains("ORA-19502");
        assertThat(post("veeam-9", BackupOutcome.FAILED, "2026-03-03T02:00", "2026-03-03T02:12").incident())
                .as("a replay names the open incident").contains("INC-2026-000001");
        assertThat(faults.reports).hasSize(1);
    }

    @Test
    void aRunOfAnUnknownJobInTheFutureOrEndingBeforeItStartsIsRefusedChangingNothing() {
        define();
        advanceTo("2026-03-03T03:00");
        int events = desk.events.all().size();

        assertThatThrownBy(() -> backups.jobs().recordRun(new BackupCommand.RecordRun(BACKUP_SOFTWARE,
                BackupJobCode.of("LIS-DB"), "x", BackupOutcome.SUCCEEDED, at("2026-03-03T02:00"),
                at("2026-03-03T02:10"), null, null, null))).isInstanceOfSatisfying(BackupJobNotFoundException.class,
                e -> assertThat(e.messageIn(Locale.SIMPLIFIED_CHINESE)).isEqualTo("备份任务 LIS-DB 不存在"));
        assertThatThrownBy(() -> post("late", BackupOutcome.SUCCEEDED, "2026-03-03T02:00", "2026-03-03T03:10"))
                .isInstanceOfSatisfying(BackupTimeInTheFutureException.class,
                        e -> assertThat(e.getMessage()).startsWith("Field endedAt:"));
        assertThatThrownBy(() -> post("odd", BackupOutcome.SUCCEEDED, "2026-03-03T02:30", "2026-03-03T02:10"))
                .isInstanceOf(BackupRunEndsBeforeStartException.class);
        assertThatThrownBy(() -> backups.jobs().recordRun(new BackupCommand.RecordRun(ENGINEER_LIU, HIS, "x",
                BackupOutcome.SUCCEEDED, at("2026-03-03T02:00"), at("2026-03-03T02:10"), null, null, null)))
                .as("desktop support may not see the HIS group's jobs").isInstanceOf(BackupJobNotFoundException.class);

        assertThat(desk.events.all().size()).isEqualTo(events);
        assertThat(backups.queries().runs(LEAD_WU, HIS, Optional.empty(), 10)).isEmpty();
    }

    @Test
    void aDueTimeWithoutARunByItsGracePeriodIsRecordedMissedOnceAndRepeatedMissesAddToTheOpenIncident() {
        define();
        advanceTo("2026-03-03T03:59");
        assertThat(backups.missedBackups().run()).as("within the grace period").isZero();
        advanceTo("2026-03-03T04:00:01");

        assertThat(backups.missedBackups().run()).isEqualTo(1);
        assertThat(backups.missedBackups().run()).isZero();
        post("veeam-3", BackupOutcome.SUCCEEDED, "2026-03-03T04:00", "2026-03-03T04:00:01");
        advanceTo("2026-03-05T09:00");
        assertThat(backups.missedBackups().run()).as("the 4th and 5th").isEqualTo(2);

        assertThat(faults.reports).extracting(ReportFault::fault).containsOnly("HIS-DB-NIGHTLY");
        assertThat(faults.reports).extracting(ReportFault::actor).containsOnly(Actor.system());
        assertThat(faults.reports).hasSize(3);
        assertThat(backups.queries().missed(LEAD_WU, HIS, at("2026-03-01T00:00"), at("2026-03-06T00:00")))
                .extracting(m -> m.dueAt()).containsExactly(at("2026-03-03T02:00"), at("2026-03-04T02:00"),
                        at("2026-03-05T02:00"));
        assertThat(history()).filteredOn(e -> e.type().equals("backup.run-missed")).hasSize(3);
    }

    @Test
    void theReportShowsTheLastGoodBackupTheRecoveryPointMissedAndFailedRunsAndTheLastRestoreTest() {
        define();
        advanceTo("2026-03-03T03:00");
        RecordedRun good = post("veeam-1", BackupOutcome.SUCCEEDED, "2026-03-03T02:00", "2026-03-03T02:40");
        advanceTo("2026-03-04T03:00");
        post("veeam-2", BackupOutcome.FAILED, "2026-03-04T02:00", "2026-03-04T02:10");
        advanceTo("2026-03-04T10:00");
        RestoreTest test = backups.jobs().recordRestoreTest(new BackupCommand.RecordRestoreTest(SPECIALIST_HUANG, HIS,
                good.run().id(), at("2026-03-04T09:00"), "HIS 数据库恢复到测试服务器", null, RestoreResult.PASSED,
                "1000 条医嘱核对无误"));
        assertThat(test.tester()).isEqualTo(SPECIALIST_HUANG.staffId());

        BackupReportView report = backups.queries().report(DIRECTOR_GAO, Optional.of(database), Optional.empty(),
                at("2026-03-01T00:00"), at("2026-03-05T00:00")).get(0);
        assertThat(report.lastGood()).contains(good.run());
        assertThat(report.recoveryPointAge()).contains(Duration.ofHours(31).plusMinutes(20));
        assertThat(report.recoveryPointMet()).isFalse();
        assertThat(report.failed()).hasSize(1);
        assertThat(report.lastRestoreTest()).contains(test);
        assertThat(report.missed()).isEmpty();
        assertThatThrownBy(() -> backups.jobs().recordRestoreTest(new BackupCommand.RecordRestoreTest(
                SPECIALIST_HUANG, HIS, null, at("2026-03-04T11:00"), "HIS", null, RestoreResult.FAILED, null)))
                .isInstanceOf(BackupTimeInTheFutureException.class);
    }

    @Test
    void aRestoreTestFromARunOfAnotherJobIsRefused() {
        define();
        backups.jobs().defineJob(new BackupCommand.DefineJob(LEAD_WU, BackupJobCode.of("HIS-DB-LOG"), HIS_SUPPORT,
                nightly("0 * * * *", database)));
        advanceTo("2026-03-03T03:00");
        RecordedRun good = post("veeam-1", BackupOutcome.SUCCEEDED, "2026-03-03T02:00", "2026-03-03T02:40");

        assertThatThrownBy(() -> backups.jobs().recordRestoreTest(new BackupCommand.RecordRestoreTest(LEAD_WU,
                BackupJobCode.of("HIS-DB-LOG"), good.run().id(), at("2026-03-03T02:50"), "HIS logs", null,
                RestoreResult.PASSED, null))).isInstanceOf(RestoreFromOtherJobException.class);
        assertThat(backups.queries().restoreTests(LEAD_WU, BackupJobCode.of("HIS-DB-LOG"))).isEmpty();
    }

    @Test
    void throughTheCmdbAFailedRunRaisesAnIncidentOnTheItemAndTheNextMissedRunIsAddedToIt() {
        Backups real = desk.backups;
        real.jobs().defineJob(new BackupCommand.DefineJob(LEAD_WU, HIS, HIS_SUPPORT, nightly("0 2 * * *", database)));
        advanceTo("2026-03-03T03:00");

        RecordedRun failed = real.jobs().recordRun(new BackupCommand.RecordRun(BACKUP_SOFTWARE, HIS, "veeam-9",
                BackupOutcome.FAILED, at("2026-03-03T02:00"), at("2026-03-03T02:12"), null, null,
                "ORA-19502: write error on file"));
        advanceTo("2026-03-04T05:00");
        assertThat(real.missedBackups().run()).isEqualTo(1);

        TicketView incident = desk.desk.queries().byNumber(DemoHospital.AGENT_CHEN, TicketNumber.parse(failed.incident().orElseThrow()))
                .orElseThrow();
        assertThat(incident.details().summary()).contains("HIS 数据库每日全备");
        assertThat(desk.affectedCis.cisOf(incident.id())).contains(database);
        assertThat(desk.events.history(incident.id().toString())).extracting(DomainEvent::type)
                .contains("ticket.work-logged");
        assertThat(desk.cmdb.faultIncidents().openIncident("backup", HIS.value()).orElseThrow().number())
                .isEqualTo(failed.incident().orElseThrow());
    }
}
