package org.itilhis.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiStatus;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.ports.configuration.in.CiData;
import org.itilhis.ports.configuration.in.CmdbCommand;
import org.itilhis.ports.configuration.in.FaultIncident;
import org.itilhis.ports.configuration.in.ReportFault;
import org.itilhis.ports.configuration.out.FaultIncidentLinks;
import org.itilhis.ports.configuration.service.Cmdb;
import org.itilhis.ports.configuration.service.CmdbPorts;
import org.itilhis.ports.configuration.service.CmdbSettings;
import org.itilhis.ports.servicedesk.service.ServiceDesk;
import org.itilhis.ports.servicedesk.service.ServiceDeskPorts;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.database.DatabaseServer;
import org.itilhis.testkit.memory.InMemoryServiceDesk;
import org.itilhis.testkit.memory.MutableClock;
import org.itilhis.testkit.memory.RecordingNotifier;
import org.junit.jupiter.api.Test;

/**
 * Two application nodes, each with its own pool and storage on one PostgreSQL schema, report
 * the same fault at the same moment (the evening round recorded on one, the backup timer's
 * finding on the other): both read that the fault has no incident before either commits. The
 * fault's key lets exactly one raise its incident; the other's report fails with a conflict,
 * rolls back its contact and incident, and retried adds to the winner's incident.
 */
class PostgresqlConcurrentFaultReportsIT {
    private static final String FAULT = "MR-DAILY/temperature/42";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T12:00:00Z"),
            ServiceDeskSettings.CHINA);

    /** One node's fault incidents, its link store pausing once after the first read until the other node read too. */
    private record Node(Cmdb cmdb, JdbcServiceDeskStorage storage) {
    }

    private Node node(HikariDataSource pool, CyclicBarrier bothRead) {
        JdbcServiceDeskStorage storage = JdbcServiceDeskStorage.create(pool);
        ServiceDeskPorts ports = new ServiceDeskPorts(storage.tickets(), storage.contacts(), storage.numbers(),
                storage.events(), new RecordingNotifier(), DemoHospital.directory(), storage.transactions(), clock,
                storage.personalDataReads());
        ServiceDesk desk = ServiceDesk.create(ports, DemoHospital.settings(), InMemoryServiceDesk.validator());
        FaultIncidentLinks links = pausingOnce(storage.cmdb().faultIncidentLinks(), bothRead);
        Cmdb cmdb = Cmdb.create(new CmdbPorts(ports, storage.configurationItems(), storage.affectedCiLinks(), links),
                CmdbSettings.hospitalDefault(), DemoHospital.settings(), InMemoryServiceDesk.validator(), desk);
        return new Node(cmdb, storage);
    }

    private static FaultIncidentLinks pausingOnce(FaultIncidentLinks links, CyclicBarrier bothRead) {
        AtomicBoolean paused = new AtomicBoolean();
        return new FaultIncidentLinks() {
            @Override
            public Optional<TicketId> incidentOf(String source, String fault) {
                Optional<TicketId> read = links.incidentOf(source, fault);
                if (paused.compareAndSet(false, true)) {
                    try {
                        bothRead.await(30, TimeUnit.SECONDS);
                    } catch (Exception failure) {
                        throw new IllegalStateException("the other node did not read the fault's link", failure);
                    }
                }
                return read;
            }

            @Override
            public boolean link(String source, String fault, TicketId incident) {
                return links.link(source, fault, incident);
            }

            @Override
            public boolean relink(String source, String fault, TicketId previous, TicketId incident) {
                return links.relink(source, fault, previous, incident);
            }
        };
    }

    @Test
    void twoNodesReportingTheSameFaultAtOnceEndWithOneIncidentAndTheRetriedLoserAddsToIt() throws Exception {
        try (IsolatedDatabase db = IsolatedDatabase.of(DatabaseServer.POSTGRESQL)) {
            CyclicBarrier bothRead = new CyclicBarrier(2);
            Node a = node(db.dataSource(), bothRead);
            Node b = node(db.otherPool(), bothRead);
            try {
                CiId airConditioner = a.cmdb().items().handle(new CmdbCommand.RegisterCi(
                        DemoHospital.CONFIG_MANAGER_QIAN, "server", new CiData("AC-MR1-01",
                        "Machine room 1 precision air conditioner", null, "Main campus", "Building 7", "B1",
                        "Server room 1", "it", "his-second-line", ServiceCriticality.IMPORTANT, "Emerson", null,
                        Map.of("hostname", "mr1-ac-01", "ipAddress", "10.1.9.21")), CiStatus.IN_USE)).item().id();
                AtomicInteger conflicts = new AtomicInteger();
                ExecutorService threads = Executors.newFixedThreadPool(2);
                try {
                    Future<FaultIncident> byA = threads.submit(() -> reportRetrying(a, airConditioner, "381", conflicts));
                    Future<FaultIncident> byB = threads.submit(() -> reportRetrying(b, airConditioner, "382", conflicts));
                    List<FaultIncident> reports = List.of(byA.get(60, TimeUnit.SECONDS), byB.get(60, TimeUnit.SECONDS));

                    assertThat(conflicts).hasValue(1);
                    assertThat(reports).extracting(FaultIncident::ticket).containsOnly(reports.get(0).ticket());
                    assertThat(reports).extracting(FaultIncident::raised).containsExactlyInAnyOrder(true, false);
                    assertThat(count(db, "SELECT COUNT(*) FROM ticket")).isEqualTo(1);
                    assertThat(count(db, "SELECT COUNT(*) FROM contact")).isEqualTo(1);
                    assertThat(count(db, "SELECT COUNT(*) FROM affected_ci_link")).isEqualTo(1);
                    assertThat(a.storage().tickets().find(reports.get(0).ticket()).orElseThrow().snapshot().workLog())
                            .singleElement().satisfies(entry -> assertThat(entry.note()).startsWith("inspection-round"));
                    assertThat(b.cmdb().faultIncidents().openIncident("inspection", FAULT).map(FaultIncident::ticket))
                            .contains(reports.get(0).ticket());
                } finally {
                    threads.shutdownNow();
                }
            } finally {
                a.storage().close();
                b.storage().close();
            }
        }
    }

    private static FaultIncident reportRetrying(Node node, CiId ci, String round, AtomicInteger conflicts) {
        ReportFault report = new ReportFault(DemoHospital.ENGINEER_LIU, ci, "inspection", FAULT,
                "Machine room 1 too warm", "temperature 31.5 °C, normal range 18-27 °C", "inspection-round " + round,
                null);
        try {
            return node.cmdb().faultIncidents().report(report);
        } catch (VersionConflictException lost) {
            assertThat(lost.code()).isEqualTo("fault.version-conflict");
            conflicts.incrementAndGet();
            return node.cmdb().faultIncidents().report(report);
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
