package org.itilhis.ports.monitoring.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.HashMultimap;
import com.google.common.collect.SetMultimap;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.OperationalState;
import org.itilhis.core.monitoring.AlertSeverity;
import org.itilhis.core.monitoring.AlertStatus;
import org.itilhis.core.monitoring.ReceivedAlert;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.ports.monitoring.out.AlertIncidentLink;
import org.itilhis.ports.monitoring.out.CiStateNow;
import org.itilhis.ports.monitoring.out.StoredAlert;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.memory.InMemoryMonitoringCorrelation;

/**
 * Random alert sequences (firing and resolved, repeated, out of order) on a few items of the
 * demo estate, correlated in random batch sizes, once straight through and once crashing at
 * random points: an item's state is the worst of its firing alerts, never two open incidents for
 * one item and problem, every firing alert linked to an incident, and the crashing run ends
 * exactly as the straight one.
 */
class AlertCorrelationProperties {
    private static final int FINGERPRINTS = 8;
    private static final List<String> NAMES = List.of("HostDown", "PingLoss", "DiskFull");
    private static final List<AlertSeverity> SEVERITIES = List.of(AlertSeverity.CRITICAL, AlertSeverity.WARNING,
            AlertSeverity.INFO, AlertSeverity.CRITICAL);

    /** One delivery: alert {@code alert} firing or resolved, started {@code start} minutes in, lasting {@code minutes}. */
    record Delivery(int alert, boolean resolved, int start, int minutes, int secondsLater) {
    }

    @Provide
    Arbitrary<List<Delivery>> deliveries() {
        return Combinators.combine(Arbitraries.integers().between(0, FINGERPRINTS - 1), Arbitraries.of(true, false),
                        Arbitraries.integers().between(0, 6), Arbitraries.integers().between(0, 4),
                        Arbitraries.integers().between(0, 200))
                .as(Delivery::new).list().ofMinSize(1).ofMaxSize(40);
    }

    @Property(tries = 25)
    void correlationKeepsItsRulesAndACrashedRunEndsAsTheStraightOne(@ForAll("deliveries") List<Delivery> deliveries,
            @ForAll @IntRange(min = 1, max = 12) int batchSize, @ForAll @IntRange(min = 1, max = 60) int crashEvery) {
        CorrelationSettings settings = CorrelationSettings.hospitalDefault().withBatchSize(batchSize);
        World straight = new World(settings, 0);
        World crashing = new World(settings, crashEvery);
        straight.receive(deliveries);
        crashing.receive(deliveries);

        straight.correlate();
        crashing.correlate();

        straight.checkRules();
        assertThat(crashing.outcome()).isEqualTo(straight.outcome());
    }

    /** The demo hospital with its correlator, whose alert-incident links fail every {@code crashEvery}-th write. */
    static final class World {
        final MonitoringHospital hospital = new MonitoringHospital();
        final InMemoryMonitoringCorrelation monitoring;
        final AlertCorrelator correlator;
        final List<CiId> cis;
        final Instant base;

        World(CorrelationSettings settings, int crashEvery) {
            base = hospital.now();
            cis = List.of(hospital.estate.hisCluster().get(0), hospital.estate.hisCluster().get(1),
                    hospital.estate.coreSwitch(), hospital.estate.pacs());
            monitoring = new InMemoryMonitoringCorrelation(hospital.desk, DemoHospital.settings(), settings);
            CorrelationPorts ports = crashEvery == 0 ? monitoring.ports
                    : new CorrelationPorts(monitoring.ports.cmdb(), monitoring.alerts, monitoring.position,
                    monitoring.states, new CrashingAlertIncidents(monitoring.incidents, crashEvery));
            correlator = MonitoringCorrelation.create(ports, settings, DemoHospital.settings(), hospital.desk.cmdb)
                    .correlator();
        }

        void receive(List<Delivery> deliveries) {
            for (Delivery d : deliveries) {
                Instant start = base.plus(Duration.ofMinutes(d.start()));
                ReceivedAlert alert = new ReceivedAlert("prometheus", "fp-" + d.alert(),
                        d.resolved() ? AlertStatus.RESOLVED : AlertStatus.FIRING, NAMES.get(d.alert() % NAMES.size()),
                        SEVERITIES.get(d.alert() % SEVERITIES.size()), start,
                        d.resolved() ? Optional.of(start.plus(Duration.ofMinutes(d.minutes()))) : Optional.empty(),
                        "random", com.google.common.collect.ImmutableMap.of());
                monitoring.alerts.record(alert, Optional.of(cis.get(d.alert() % cis.size())), hospital.now());
                hospital.later(Duration.ofSeconds(d.secondsLater()));
            }
        }

        void correlate() {
            for (int attempts = 0; attempts < 10_000; attempts++) {
                try {
                    if (correlator.runOnce().idle()) {
                        return;
                    }
                } catch (CrashingAlertIncidents.Crash crash) {
                    // the node died mid-batch: its transaction rolled back, the next run takes the batch again
                }
            }
            throw new AssertionError("the correlator never caught up");
        }

        List<StoredAlert> log() {
            return monitoring.alerts.after(0, 10_000);
        }

        void checkRules() {
            Map<String, ReceivedAlert> standing = new HashMap<>();
            Map<String, CiId> ciOf = new HashMap<>();
            for (StoredAlert stored : log()) {
                ReceivedAlert alert = stored.alert();
                ReceivedAlert before = standing.get(alert.fingerprint());
                if (before == null || newer(alert, before)) {
                    standing.put(alert.fingerprint(), alert);
                    ciOf.put(alert.fingerprint(), stored.ci().orElseThrow());
                }
            }
            for (CiId ci : cis) {
                OperationalState expected = standing.entrySet().stream()
                        .filter(e -> ciOf.get(e.getKey()).equals(ci) && e.getValue().status() == AlertStatus.FIRING)
                        .map(e -> e.getValue().severity().state())
                        .reduce(OperationalState.OPERATIONAL, OperationalState::worst);
                assertThat(monitoring.states.current(ci).map(CiStateNow::state).orElse(OperationalState.OPERATIONAL))
                        .as("state of %s", ci).isEqualTo(expected);
            }
            SetMultimap<List<Object>, TicketId> incidentsByProblem = HashMultimap.create();
            for (StoredAlert stored : log()) {
                Optional<TicketId> incident = monitoring.incidents.linkOf(stored.position())
                        .map(AlertIncidentLink::incident);
                if (stored.alert().status() == AlertStatus.FIRING) {
                    assertThat(incident).as("incident of firing alert %s", stored.position()).isPresent();
                }
                incident.ifPresent(t -> incidentsByProblem.put(List.of(stored.ci().orElseThrow(),
                        stored.alert().name()), t));
            }
            incidentsByProblem.asMap().forEach((problem, tickets) -> assertThat(tickets.stream()
                    .filter(t -> hospital.desk.tickets.find(t).orElseThrow().status().isOpen()).count())
                    .as("open incidents of %s", problem).isLessThanOrEqualTo(1));
        }

        private static boolean newer(ReceivedAlert alert, ReceivedAlert before) {
            Instant at = alert.endsAt().orElse(alert.startsAt());
            Instant was = before.endsAt().orElse(before.startsAt());
            return at.isAfter(was) || at.equals(was) && alert.status() == AlertStatus.RESOLVED
                    && before.status() == AlertStatus.FIRING;
        }

        /** What the correlation left: states, periods, which alerts share an incident, and how many tickets. */
        Map<String, Object> outcome() {
            Map<String, Object> outcome = new TreeMap<>();
            outcome.put("states", monitoring.states.notOperational(Optional.empty(), 100));
            outcome.put("periods", monitoring.states.periods(Set.of(), base.minusSeconds(1), base.plus(Duration.ofDays(1))));
            Map<TicketId, Set<Long>> byIncident = new HashMap<>();
            log().forEach(a -> monitoring.incidents.linkOf(a.position()).ifPresent(l ->
                    byIncident.computeIfAbsent(l.incident(), t -> new HashSet<>()).add(a.position())));
            outcome.put("incidents", new HashSet<>(byIncident.values()));
            outcome.put("open", byIncident.keySet().stream()
                    .map(t -> hospital.desk.tickets.find(t).orElseThrow().status().isOpen()).collect(Collectors.toList())
                    .stream().filter(o -> o).count());
            outcome.put("tickets", hospital.desk.tickets.size());
            outcome.put("position", monitoring.position.position());
            return outcome;
        }
    }
}
