package org.itilhis.ports.monitoring.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.core.monitoring.AlertSeverity.CRITICAL;
import static org.itilhis.core.monitoring.AlertSeverity.WARNING;
import static org.itilhis.ports.monitoring.service.MonitoringHospital.firing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.ImpactAnalysis;
import org.itilhis.core.cmdb.ImpactReport;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.ports.monitoring.out.StoredAlert;
import org.junit.jupiter.api.Test;

/**
 * The core switch fails: within a minute 10,000 alerts arrive from everything behind it (the
 * switch's own among them, not first). The correlator must end with at most one incident per
 * impacted business service, every alert recorded and linked to an incident.
 */
class AlertStormTest {
    private static final int ALERTS = 10_000;
    private static final List<String> PROBLEMS = List.of("HostDown", "PingLoss", "ServiceDown", "HighLatency");

    @Test
    void tenThousandAlertsBehindAFailedCoreSwitchEndInAtMostOneIncidentPerImpactedServiceEveryAlertLinked() {
        MonitoringHospital hospital = new MonitoringHospital();
        CiId coreSwitch = hospital.estate.coreSwitch();
        ImpactReport impact = ImpactAnalysis.of(hospital.desk.cmdb.currentGraph()).impactOf(Set.of(coreSwitch));
        List<CiId> behind = new ArrayList<>(impact.affectedIds());
        behind.remove(coreSwitch);
        List<StoredAlert> received = new ArrayList<>();
        for (int i = 0; i < ALERTS; i++) {
            CiId ci = i == ALERTS / 3 ? coreSwitch : behind.get(i % behind.size());
            String problem = PROBLEMS.get((i / behind.size()) % PROBLEMS.size());
            received.add(hospital.receive(firing("storm-" + i, problem, i % 2 == 0 ? CRITICAL : WARNING,
                    hospital.now()), ci));
            hospital.later(Duration.ofMillis(6));
        }

        long start = System.nanoTime();
        int correlated = hospital.correlator.runUntilCaughtUp(1_000);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(correlated).isEqualTo(ALERTS);
        Set<TicketId> incidents = new java.util.HashSet<>();
        for (StoredAlert alert : received) {
            incidents.add(hospital.incidentOf(alert).orElseThrow(() -> new AssertionError("not linked: " + alert)));
        }
        assertThat(incidents.size()).isLessThanOrEqualTo(impact.businessServices().size());
        assertThat(hospital.desk.tickets.size()).isEqualTo(incidents.size());
        System.out.printf("storm: %d alerts on %d items correlated in %d ms into %d incident(s); %d services reached%n",
                ALERTS, behind.size() + 1, millis, incidents.size(), impact.businessServices().size());
    }
}
