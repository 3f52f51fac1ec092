package org.itilhis.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.itilhis.core.backup.BackupJobCode;
import org.itilhis.core.backup.BackupKind;
import org.itilhis.core.backup.BackupOutcome;
import org.itilhis.core.backup.MissedBackup;
import org.itilhis.core.calendar.CalendarDays;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiStatus;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.ticket.WorkLogEntry;
import org.itilhis.ports.configuration.in.CiData;
import org.itilhis.ports.configuration.in.CmdbCommand;
import org.itilhis.ports.configuration.in.FaultIncident;
import org.itilhis.ports.configuration.service.Cmdb;
import org.itilhis.ports.configuration.service.CmdbPorts;
import org.itilhis.ports.configuration.service.CmdbSettings;
import org.itilhis.ports.operations.in.BackupCommand;
import org.itilhis.ports.operations.service.BackupPorts;
import org.itilhis.ports.operations.service.BackupSettings;
import org.itilhis.ports.operations.service.Backups;
import org.itilhis.ports.servicedesk.service.ServiceDesk;
import org.itilhis.ports.servicedesk.service.ServiceDeskPorts;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;
import org.itilhis.ports.servicelevel.service.ServiceLevelPorts;
import org.itilhis.ports.servicelevel.service.ServiceLevels;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.database.DatabaseServer;
import org.itilhis.testkit.memory.InMemoryServiceDesk;
import org.itilhis.testkit.memory.MutableClock;
import org.itilhis.testkit.memory.RecordingNotifier;
import org.junit.jupiter.api.Test;

/**
 * Issue 18's "exactly once per missed run across two nodes": two application nodes, each with
 * its own pool and storage on one PostgreSQL schema, run the missed-backup check in tight loops
 * at once (two threads each) while the shared clock moves hour by hour across a day of the HIS
 * database's hourly log backup, whose run the backup software posts for every third hour. At
 * the end every hour without a run is recorded missed exactly once, with one {@code
 * backup.run-missed} event, and reported exactly once on the database server's one incident:
 * the first raised it, each later one added one work log entry naming its due time.
 */
class PostgresqlTwoNodeMissedBackupsIT {
    /** Monday 2 March 2026, 08:00 in Shanghai. */
    private static final Instant START = Instant.parse("2026-03-02T00:00:00Z");
    private static final BackupJobCode JOB = BackupJobCode.of("HIS-DB-LOG-HOURLY");
    private static final int HOURS = 24;
    private static final Duration GRACE = Duration.ofMinutes(10);

    private final MutableClock clock = new MutableClock(START, ServiceDeskSettings.CHINA);

    private record Node(String name, JdbcServiceDeskStorage storage, ServiceLevels levels, Cmdb cmdb,
                        Backups backups, AtomicInteger recorded, AtomicInteger failures) {
        void check() {
            try {
                recorded.addAndGet(backups.missedBackups().run());
            } catch (RuntimeException failure) {
                failures.incrementAndGet();
            }
        }
    }

    private Node node(String name, HikariDataSource pool) {
        JdbcServiceDeskStorage storage = JdbcServiceDeskStorage.create(pool);
        ServiceDeskPorts ports = new ServiceDeskPorts(storage.tickets(), storage.contacts(), storage.numbers(),
                storage.events(), new RecordingNotifier(), DemoHospital.directory(), storage.transactions(), clock,
                storage.personalDataReads());
        ServiceDesk desk = ServiceDesk.create(ports, DemoHospital.settings(), InMemoryServiceDesk.validator());
        ServiceLevels levels = ServiceLevels.create(new ServiceLevelPorts(ports, storage.slaConfiguration(),
                storage.watches(), storage.standings(), storage.escalations()), DemoHospital.settings(), desk);
        Cmdb cmdb = Cmdb.create(new CmdbPorts(ports, storage.configurationItems(), storage.affectedCiLinks(),
                        storage.cmdb().faultIncidentLinks()), CmdbSettings.hospitalDefault(), DemoHospital.settings(),
                InMemoryServiceDesk.validator(), desk);
        Backups backups = Backups.create(new BackupPorts(ports, storage.slaConfiguration(),
                        storage.configurationItems(), storage.backups().jobs(), storage.backups().runs(),
                        storage.backups().missedRuns(), storage.backups().restoreTests()),
                BackupSettings.hospitalDefault(), DemoHospital.settings(), InMemoryServiceDesk.validator(),
                cmdb.faultIncidents());
        return new Node(name, storage, levels, cmdb, backups, new AtomicInteger(), new AtomicInteger());
    }

    @Test
    void twoNodesCheckingForMissedBackupsInTightLoopsRecordAndReportEachMissedRunExactlyOnce() throws Exception {
        try (IsolatedDatabase db = IsolatedDatabase.of(DatabaseServer.POSTGRESQL)) {
            Node a = node("node-a", db.dataSource());
            Node b = node("node-b", db.otherPool());
            Set<Instant> expected = new TreeSet<>();
            try {
                DemoHospital.configureServiceLevels(a.levels().administration());
                CiId database = a.cmdb().items().handle(new CmdbCommand.RegisterCi(DemoHospital.CONFIG_MANAGER_QIAN,
                        "server", new CiData("SRV-HIS-DB01", "HIS database server 1", null, "Main campus",
                        "Building 7", "B1", "Server room 1", "it", "his-second-line",
                        ServiceCriticality.CLINICAL_CRITICAL, "Huawei", null,
                        Map.of("hostname", "his-db-01", "ipAddress", "10.1.20.21")), CiStatus.IN_USE)).item().id();
                b.backups().jobs().defineJob(new BackupCommand.DefineJob(DemoHospital.LEAD_WU, JOB,
                        DemoHospital.HIS_SUPPORT, new BackupCommand.JobFields("HIS 数据库每小时日志备份", database,
                        "0 * * * *", CalendarDays.EVERY_DAY, DemoHospital.OFFICE_HOURS, BackupKind.LOG,
                        "NAS-02:/backup/his-log", GRACE, Duration.ofHours(2))));

                AtomicBoolean stop = new AtomicBoolean();
                List<Thread> loops = new ArrayList<>();
                for (Node node : List.of(a, b, a, b)) {
                    Thread loop = new Thread(() -> {
                        while (!stop.get()) {
                            node.check();
                        }
                    }, node.name() + "-loop");
                    loop.start();
                    loops.add(loop);
                }
                try {
                    for (int hour = 0; hour < HOURS; hour++) {
                        Instant due = START.plus(Duration.ofHours(hour));
                        clock.advance(Duration.between(clock.instant(), due.plus(Duration.ofMinutes(5))));
                        if (hour % 3 == 0) {
                            Node poster = hour % 2 == 0 ? a : b;
                            poster.backups().jobs().recordRun(new BackupCommand.RecordRun(Actor.system(), JOB,
                                    "log-" + hour, BackupOutcome.SUCCEEDED, due.plusSeconds(60), due.plusSeconds(180),
                                    1_073_741_824L, "NAS-02:/backup/his-log/" + hour, null));
                        } else {
                            expected.add(due);
                        }
                        Thread.sleep(150);
                    }
                    clock.advance(GRACE.plus(Duration.ofMinutes(1)));
                    Thread.sleep(1500);
                } finally {
                    stop.set(true);
                    for (Thread loop : loops) {
                        loop.join(30_000);
                    }
                }
                // whatever a loop stopped before finishing is found by one last check
                a.check();

                List<MissedBackup> missed = a.backups().queries().missed(DemoHospital.LEAD_WU, JOB, START,
                        START.plus(Duration.ofDays(2)));
                assertThat(missed).extracting(MissedBackup::dueAt).containsExactlyElementsOf(expected);
                assertThat(count(db, "SELECT COUNT(*) FROM backup_missed_run")).isEqualTo(expected.size());
                assertThat(count(db, "SELECT COUNT(*) FROM event WHERE type = 'backup.run-missed'"))
                        .isEqualTo(expected.size());
                assertThat(a.recorded().get() + b.recorded().get()).isEqualTo(expected.size());
                assertThat(a.failures().get() + b.failures().get()).as("failed checks").isZero();
                assertThat(count(db, "SELECT COUNT(*) FROM ticket")).isEqualTo(1);
                assertThat(count(db, "SELECT COUNT(*) FROM contact")).isEqualTo(1);

                FaultIncident incident = a.cmdb().faultIncidents().openIncident("backup", JOB.value()).orElseThrow();
                List<WorkLogEntry> added = a.storage().tickets().find(incident.ticket()).orElseThrow().snapshot()
                        .workLog();
                Set<String> addedDueTimes = added.stream().map(entry -> entry.note().substring(0,
                        entry.note().indexOf("Z: ") + 1)).collect(Collectors.toSet());
                assertThat(added).as("every miss after the first added once").hasSize(expected.size() - 1);
                assertThat(addedDueTimes).hasSize(expected.size() - 1);
                assertThat(expected.stream().skip(1).map(due -> "backup-job " + JOB + " due " + due))
                        .containsExactlyInAnyOrderElementsOf(addedDueTimes);
            } finally {
                a.storage().close();
                b.storage().close();
            }
        }
    }

    private static long count(IsolatedDatabase db, String sql) throws SQLException {
        try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
