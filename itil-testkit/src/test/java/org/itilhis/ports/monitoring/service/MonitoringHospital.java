package org.itilhis.ports.monitoring.service;

import static org.itilhis.testkit.DemoHospital.CONFIG_MANAGER_QIAN;

import com.google.common.collect.ImmutableMap;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.monitoring.AlertSeverity;
import org.itilhis.core.monitoring.AlertStatus;
import org.itilhis.core.monitoring.ReceivedAlert;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketSnapshot;
import org.itilhis.ports.monitoring.out.AlertIncidentLink;
import org.itilhis.ports.monitoring.out.StoredAlert;
import org.itilhis.testkit.DemoCmdb;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.memory.InMemoryMonitoringCorrelation;
import org.itilhis.testkit.memory.InMemoryServiceDesk;

/**
 * The demo hospital's estate watched by Prometheus: alerts recorded in the in-memory alert log
 * as the intake would, and the correlator run over them.
 */
final class MonitoringHospital {
    static final String PROMETHEUS = "prometheus-core";

    final InMemoryServiceDesk desk = DemoHospital.inMemory();
    final DemoCmdb.Estate estate = DemoCmdb.loadInto(desk.cmdb, CONFIG_MANAGER_QIAN);
    final InMemoryMonitoringCorrelation monitoring;
    final AlertCorrelator correlator;

    MonitoringHospital() {
        this(CorrelationSettings.hospitalDefault());
    }

    MonitoringHospital(CorrelationSettings settings) {
        monitoring = new InMemoryMonitoringCorrelation(desk, DemoHospital.settings(), settings);
        correlator = monitoring.correlation.correlator();
    }

    static ReceivedAlert firing(String fingerprint, String name, AlertSeverity severity, Instant startsAt) {
        return new ReceivedAlert(PROMETHEUS, fingerprint, AlertStatus.FIRING, name, severity, startsAt,
                Optional.empty(), name + " is firing", ImmutableMap.of());
    }

    static ReceivedAlert resolved(String fingerprint, String name, AlertSeverity severity, Instant startsAt,
                                  Instant endsAt) {
        return new ReceivedAlert(PROMETHEUS, fingerprint, AlertStatus.RESOLVED, name, severity, startsAt,
                Optional.of(endsAt), name + " has cleared", ImmutableMap.of());
    }

    /** Records the alert for {@code ci} now, as the intake would. */
    StoredAlert receive(ReceivedAlert alert, CiId ci) {
        return monitoring.alerts.record(alert, Optional.of(ci), desk.clock.instant()).alert();
    }

    Instant now() {
        return desk.clock.instant();
    }

    void later(Duration by) {
        desk.clock.advance(by);
    }

    CorrelationRun correlate() {
        return correlator.runOnce();
    }

    Optional<TicketId> incidentOf(StoredAlert alert) {
        return monitoring.incidents.linkOf(alert.position()).map(AlertIncidentLink::incident);
    }

    TicketSnapshot ticket(TicketId id) {
        return desk.tickets.find(id).orElseThrow().snapshot();
    }

    List<TicketSnapshot> tickets() {
        return List.copyOf(desk.tickets.snapshots().values());
    }
}
