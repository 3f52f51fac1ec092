package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.database.DatabaseServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.CONFIG_MANAGER_QIAN;

import com.google.common.collect.ImmutableMap;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.ImpactAnalysis;
import org.itilhis.core.cmdb.OperationalState;
import org.itilhis.core.monitoring.AlertSeverity;
import org.itilhis.core.monitoring.AlertStatus;
import org.itilhis.core.monitoring.CiStateEvent;
import org.itilhis.core.monitoring.ReceivedAlert;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketStatus;
import org.itilhis.ports.configuration.service.Cmdb;
import org.itilhis.ports.configuration.service.CmdbPorts;
import org.itilhis.ports.configuration.service.CmdbSettings;
import org.itilhis.ports.monitoring.in.ObservedOutage;
import org.itilhis.ports.monitoring.out.AlertIncidentLink;
import org.itilhis.ports.monitoring.out.StoredAlert;
import org.itilhis.ports.monitoring.service.AlertCorrelator;
import org.itilhis.ports.monitoring.service.CorrelationPorts;
import org.itilhis.ports.monitoring.service.MonitoringCorrelation;
import org.itilhis.ports.monitoring.service.CorrelationSettings;
import org.itilhis.ports.servicedesk.service.ServiceDesk;
import org.itilhis.ports.servicedesk.service.ServiceDeskPorts;
import org.itilhis.testkit.DemoCmdb;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.memory.InMemoryAlertLog;
import org.itilhis.testkit.memory.InMemoryTransactions;
import org.itilhis.testkit.memory.MutableClock;
import org.itilhis.testkit.memory.RecordingNotifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The alert correlator on PostgreSQL with the demo hospital's CMDB: a storm behind the core
 * switch correlated batch by batch into at most one incident per impacted service, the items'
 * states and periods, the incidents' links, and the recovery closing them; a second node running
 * at the same time correlates nothing twice. (The alert log is the test kit's, standing in for
 * the intake's JDBC log.)
 */
class PostgresqlAlertCorrelatorIT extends DatabaseIT {
    private final ValidatorFactory validators = Validation.buildDefaultValidatorFactory();
    private final MutableClock clock = MutableClock.at("2026-03-02T00:00:00Z");
    private final InMemoryAlertLog alerts = new InMemoryAlertLog(new InMemoryTransactions());
    private DemoCmdb.Estate estate;
    private Cmdb cmdb;
    private MonitoringCorrelation monitoring;
    private CorrelationPorts ports;

    @Override
    protected DatabaseServer database() {
        return DatabaseServer.POSTGRESQL;
    }

    @BeforeAll
    void wire() {
        db.emptyTables();
        ServiceDeskPorts desk = new ServiceDeskPorts(storage.tickets(), storage.contacts(), storage.numbers(),
                storage.events(), new RecordingNotifier(), DemoHospital.directory(), storage.transactions(), clock,
                storage.personalDataReads());
        ServiceDesk serviceDesk = ServiceDesk.create(desk, DemoHospital.settings(), validators.getValidator());
        CmdbPorts cmdbPorts = new CmdbPorts(desk, storage.configurationItems(), storage.affectedCiLinks(),
                storage.cmdb().faultIncidentLinks());
        cmdb = Cmdb.create(cmdbPorts, CmdbSettings.hospitalDefault(), DemoHospital.settings(),
                validators.getValidator(), serviceDesk);
        estate = DemoCmdb.loadInto(cmdb, CONFIG_MANAGER_QIAN);
        var stores = storage.correlation();
        ports = new CorrelationPorts(cmdbPorts, alerts, stores.position(), stores.states(), stores.incidents());
        monitoring = MonitoringCorrelation.create(ports, CorrelationSettings.hospitalDefault().withBatchSize(200),
                DemoHospital.settings(), cmdb);
    }

    @AfterAll
    void closeValidators() {
        validators.close();
    }

    private StoredAlert receive(String fingerprint, AlertStatus status, String name, Instant startsAt, CiId ci) {
        ReceivedAlert alert = new ReceivedAlert("prometheus-core", fingerprint, status, name, AlertSeverity.CRITICAL,
                startsAt, status == AlertStatus.RESOLVED ? Optional.of(clock.instant()) : Optional.empty(),
                name, ImmutableMap.of());
        return alerts.record(alert, Optional.of(ci), clock.instant()).alert();
    }

    @Test
    void aStormBehindTheCoreSwitchIsCorrelatedOnPostgresqlAndItsRecoveryClosesTheIncidents() throws Exception {
        CiId coreSwitch = estate.coreSwitch();
        var impact = ImpactAnalysis.of(cmdb.currentGraph()).impactOf(Set.of(coreSwitch));
        List<CiId> behind = new ArrayList<>(impact.affectedIds());
        Instant start = clock.instant();
        List<StoredAlert> firing = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            firing.add(receive("storm-" + i, AlertStatus.FIRING, "HostDown", start, behind.get(i % behind.size())));
            clock.advance(Duration.ofMillis(50));
        }

        AlertCorrelator node = monitoring.correlator();
        AlertCorrelator otherNode = MonitoringCorrelation.create(ports, CorrelationSettings.hospitalDefault()
                .withBatchSize(200), DemoHospital.settings(), cmdb).correlator();
        var threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        long began = System.nanoTime();
        try {
            var first = threads.submit(() -> catchingUp(node));
            var second = threads.submit(() -> catchingUp(otherNode));
            assertThat(first.get() + second.get()).isEqualTo(firing.size());
        } finally {
            threads.shutdownNow();
        }
        System.out.printf("correlator on PostgreSQL: %d alerts on %d items, two nodes, batches of 200: %d ms%n",
                firing.size(), behind.size(), (System.nanoTime() - began) / 1_000_000);

        Set<TicketId> incidents = new HashSet<>();
        for (StoredAlert alert : firing) {
            incidents.add(ports.incidents().linkOf(alert.position()).map(AlertIncidentLink::incident).orElseThrow());
        }
        assertThat(incidents.size()).isBetween(1, impact.businessServices().size());
        assertThat(monitoring.queries().affectedNow(AGENT_CHEN).observedDown()).isEqualTo(behind.size());
        assertThat(storage.events().history(CiStateEvent.AGGREGATE_PREFIX + coreSwitch)).hasSize(1);

        clock.advance(Duration.ofMinutes(10));
        for (int i = 0; i < firing.size(); i++) {
            receive("storm-" + i, AlertStatus.RESOLVED, "HostDown", start, behind.get(i % behind.size()));
        }
        monitoring.correlator().runUntilCaughtUp(100);

        assertThat(monitoring.queries().affectedNow(AGENT_CHEN).observedDown()).isZero();
        assertThat(incidents).allSatisfy(incident -> assertThat(storage.tickets().find(incident).orElseThrow()
                .status()).isEqualTo(TicketStatus.CANCELLED));
        assertThat(monitoring.outages().outages(Set.of(coreSwitch), start, clock.instant()))
                .singleElement().extracting(ObservedOutage::state, ObservedOutage::end)
                .containsExactly(OperationalState.DOWN, Optional.of(clock.instant()));
    }

    /** Runs the correlator until it finds nothing new, counting the alerts of the batches it won. */
    private static int catchingUp(AlertCorrelator correlator) {
        int alerts = 0;
        for (int attempt = 0; attempt < 1_000; attempt++) {
            try {
                var run = correlator.runOnce();
                if (run.idle()) {
                    return alerts;
                }
                alerts += run.alerts();
            } catch (org.itilhis.core.shared.VersionConflictException | org.itilhis.ports.common.StorageException
                     lost) {
                // the other node moved the position first (or its lock wait lost): this batch rolled back
            }
        }
        throw new AssertionError("never caught up");
    }
}
