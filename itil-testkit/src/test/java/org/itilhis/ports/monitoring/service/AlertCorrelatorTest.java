package org.itilhis.ports.monitoring.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.core.monitoring.AlertSeverity.CRITICAL;
import static org.itilhis.core.monitoring.AlertSeverity.INFO;
import static org.itilhis.core.monitoring.AlertSeverity.WARNING;
import static org.itilhis.ports.monitoring.service.MonitoringHospital.firing;
import static org.itilhis.ports.monitoring.service.MonitoringHospital.resolved;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.NETWORK;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.itilhis.core.access.NotPermittedException;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.OperationalState;
import org.itilhis.core.contact.ContactChannel;
import org.itilhis.core.monitoring.CiStateEvent;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketSnapshot;
import org.itilhis.core.ticket.TicketStatus;
import org.itilhis.core.ticket.WorkLogEntry;
import org.itilhis.ports.monitoring.in.AffectedNow;
import org.itilhis.ports.monitoring.in.CiStateView;
import org.itilhis.ports.monitoring.in.ObservedOutage;
import org.itilhis.ports.monitoring.out.CiStateNow;
import org.itilhis.ports.monitoring.out.StoredAlert;
import org.itilhis.ports.servicedesk.in.TicketCommand;
import org.junit.jupiter.api.Test;

/**
 * The correlator on the demo hospital: HIS application server 01 stops answering, then the core
 * switch fails under everything; alerts arrive, repeat, arrive late and recover.
 */
class AlertCorrelatorTest {
    private final MonitoringHospital hospital = new MonitoringHospital();
    private final CiId hisServer = hospital.estate.hisCluster().get(0);
    private final CiId coreSwitch = hospital.estate.coreSwitch();
    private final Instant t0 = hospital.now();

    private Optional<OperationalState> stateOf(CiId ci) {
        return hospital.monitoring.states.current(ci).map(CiStateNow::state);
    }

    @Test
    void aFiringCriticalAlertPutsItsItemDownAndRaisesAnIncidentAgainstItFromAMonitoringContact() {
        StoredAlert down = hospital.receive(firing("f1", "HostDown", CRITICAL, t0), hisServer);

        CorrelationRun run = hospital.correlate();

        assertThat(run).isEqualTo(new CorrelationRun(0, down.position(), 1, 1, 1, 0));
        assertThat(stateOf(hisServer)).contains(OperationalState.DOWN);
        TicketId incident = hospital.incidentOf(down).orElseThrow();
        TicketSnapshot ticket = hospital.ticket(incident);
        assertThat(ticket.details().summary()).startsWith("Monitoring: HostDown on SRV-HIS-APP01");
        assertThat(hospital.desk.contacts.find(ticket.origin().orElseThrow()).orElseThrow().snapshot().details()
                .channel()).isEqualTo(ContactChannel.MONITORING);
        assertThat(hospital.desk.cmdb.queries().affectedCis(AGENT_CHEN, incident)).containsExactly(hisServer);
        assertThat(hospital.desk.events.history(CiStateEvent.AGGREGATE_PREFIX + hisServer)).singleElement()
                .isEqualTo(new CiStateEvent.CiStateChanged(hisServer, OperationalState.OPERATIONAL,
                        OperationalState.DOWN, t0, "alert 1 prometheus-core HostDown", Actor.SYSTEM_ID, t0));
        assertThat(hospital.correlate().idle()).isTrue();
    }

    @Test
    void furtherAlertsOfTheSameProblemOnTheItemAddToTheOpenIncidentCountedInOneWorkLogEntryPerRun() {
        StoredAlert first = hospital.receive(firing("f1", "HostDown", CRITICAL, t0), hisServer);
        hospital.correlate();
        int tickets = hospital.desk.tickets.size();

        for (int i = 2; i <= 40; i++) {
            hospital.receive(firing("f" + i, "HostDown", CRITICAL, t0.plusSeconds(i)), hisServer);
        }
        hospital.correlate();

        TicketId incident = hospital.incidentOf(first).orElseThrow();
        assertThat(hospital.desk.tickets.size()).isEqualTo(tickets);
        assertThat(hospital.monitoring.incidents.linksOf(incident)).hasSize(40);
        assertThat(hospital.ticket(incident).workLog()).singleElement().extracting(WorkLogEntry::note)
                .isEqualTo("Monitoring: 39 further alert(s) {HostDown=39}");
    }

    @Test
    void aResolutionNeverSeenFiringIsRecordedAndChangesNothing() {
        StoredAlert orphan = hospital.receive(resolved("f9", "HostDown", CRITICAL, t0, t0.plusSeconds(60)), hisServer);

        CorrelationRun run = hospital.correlate();

        assertThat(run.alerts()).isEqualTo(1);
        assertThat(run.stateChanges()).isZero();
        assertThat(stateOf(hisServer)).isEmpty();
        assertThat(hospital.incidentOf(orphan)).isEmpty();
        assertThat(hospital.monitoring.states.standing(MonitoringHospital.PROMETHEUS, "f9")).isPresent();
        assertThat(hospital.desk.tickets.size()).isZero();
    }

    @Test
    void anOlderDeliveryArrivingAfterTheNewerOneDoesNotFlipTheStateBack() {
        hospital.receive(resolved("f1", "HostDown", CRITICAL, t0, t0.plusSeconds(120)), hisServer);
        hospital.receive(firing("f1", "HostDown", CRITICAL, t0), hisServer);

        hospital.correlate();

        assertThat(stateOf(hisServer)).isEmpty();
        assertThat(hospital.desk.events.history(CiStateEvent.AGGREGATE_PREFIX + hisServer)).isEmpty();
    }

    @Test
    void theWorstFiringAlertDecidesTheStateAndInformationChangesNone() {
        hospital.receive(firing("disk", "DiskAlmostFull", WARNING, t0), hisServer);
        hospital.receive(firing("info", "BackupStarted", INFO, t0), hisServer);
        hospital.correlate();
        assertThat(stateOf(hisServer)).contains(OperationalState.DEGRADED);

        hospital.receive(firing("down", "HostDown", CRITICAL, t0.plusSeconds(10)), hisServer);
        hospital.correlate();
        assertThat(stateOf(hisServer)).contains(OperationalState.DOWN);

        hospital.receive(resolved("down", "HostDown", CRITICAL, t0.plusSeconds(10), t0.plusSeconds(70)), hisServer);
        hospital.correlate();
        assertThat(stateOf(hisServer)).contains(OperationalState.DEGRADED);

        assertThat(hospital.monitoring.correlation.outages().outages(Set.of(hisServer), t0, t0.plusSeconds(3600)))
                .extracting(ObservedOutage::state, ObservedOutage::start, ObservedOutage::end)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(OperationalState.DEGRADED, t0, Optional.of(t0.plusSeconds(10))),
                        org.assertj.core.groups.Tuple.tuple(OperationalState.DOWN, t0.plusSeconds(10),
                                Optional.of(t0.plusSeconds(70))),
                        org.assertj.core.groups.Tuple.tuple(OperationalState.DEGRADED, t0.plusSeconds(70),
                                Optional.empty()));
    }

    @Test
    void alertsOnItemsReachingTheSameServiceWithinTheWindowAreOneIncidentWithTheCandidateCauseFirst() {
        StoredAlert server = hospital.receive(firing("srv", "HostDown", CRITICAL, t0), hisServer);
        hospital.later(Duration.ofSeconds(20));
        StoredAlert network = hospital.receive(firing("sw", "SwitchDown", CRITICAL, t0.plusSeconds(20)), coreSwitch);

        CorrelationRun run = hospital.correlate();

        assertThat(run.raised()).isEqualTo(1);
        TicketId incident = hospital.incidentOf(network).orElseThrow();
        assertThat(hospital.incidentOf(server)).contains(incident);
        assertThat(hospital.ticket(incident).details().summary()).startsWith("Monitoring: SwitchDown on NET-CORE-SW01");
        assertThat(hospital.monitoring.incidents.group(incident).orElseThrow().cause()).isEqualTo(coreSwitch);
        assertThat(hospital.desk.cmdb.queries().affectedCis(AGENT_CHEN, incident))
                .containsExactlyInAnyOrder(coreSwitch, hisServer);
    }

    @Test
    void anAlertExplainingTheIncidentsItemBecomesItsCandidateCauseInALaterRun() {
        StoredAlert server = hospital.receive(firing("srv", "HostDown", CRITICAL, t0), hisServer);
        hospital.correlate();
        hospital.later(Duration.ofMinutes(1));
        StoredAlert network = hospital.receive(firing("sw", "SwitchDown", CRITICAL, t0.plusSeconds(60)), coreSwitch);

        hospital.correlate();

        TicketId incident = hospital.incidentOf(server).orElseThrow();
        assertThat(hospital.incidentOf(network)).contains(incident);
        assertThat(hospital.monitoring.incidents.group(incident).orElseThrow().cause()).isEqualTo(coreSwitch);
        assertThat(hospital.ticket(incident).workLog()).extracting(WorkLogEntry::note).singleElement()
                .asString().contains("candidate cause now NET-CORE-SW01");
    }

    @Test
    void afterTheWindowAnAlertOnAnotherItemRaisesAnIncidentOfItsOwn() {
        StoredAlert server = hospital.receive(firing("srv", "HostDown", CRITICAL, t0), hisServer);
        hospital.correlate();
        hospital.later(Duration.ofMinutes(6));
        StoredAlert network = hospital.receive(firing("sw", "SwitchDown", CRITICAL, hospital.now()), coreSwitch);

        hospital.correlate();

        assertThat(hospital.incidentOf(network)).isPresent().isNotEqualTo(hospital.incidentOf(server));
    }

    @Test
    void whenEveryAlertRecoversAnIncidentNobodyTouchedIsClosedByTheLibraryAndTheItemIsOperationalAgain() {
        StoredAlert down = hospital.receive(firing("srv", "HostDown", CRITICAL, t0), hisServer);
        hospital.receive(firing("ping", "PingLoss", WARNING, t0), hisServer);
        hospital.correlate();
        hospital.later(Duration.ofMinutes(3));
        hospital.receive(resolved("srv", "HostDown", CRITICAL, t0, hospital.now()), hisServer);
        hospital.correlate();
        TicketId incident = hospital.incidentOf(down).orElseThrow();
        assertThat(hospital.ticket(incident).status().isOpen()).isTrue();

        hospital.receive(resolved("ping", "PingLoss", WARNING, t0, hospital.now()), hisServer);
        CorrelationRun run = hospital.correlate();

        assertThat(run.closed()).isEqualTo(1);
        assertThat(hospital.ticket(incident).status()).isEqualTo(TicketStatus.CANCELLED);
        assertThat(stateOf(hisServer)).isEmpty();
        assertThat(hospital.monitoring.correlation.outages().outages(Set.of(), t0, hospital.now().plusSeconds(1)))
                .extracting(ObservedOutage::state, ObservedOutage::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(OperationalState.DOWN, Optional.of(hospital.now())),
                        org.assertj.core.groups.Tuple.tuple(OperationalState.DEGRADED, Optional.of(hospital.now())));
    }

    @Test
    void anIncidentSomeoneWorkedOnStaysOpenWhenItsAlertsRecover() {
        StoredAlert down = hospital.receive(firing("srv", "HostDown", CRITICAL, t0), hisServer);
        hospital.correlate();
        TicketId incident = hospital.incidentOf(down).orElseThrow();
        hospital.desk.desk.tickets().handle(new TicketCommand.Assign(AGENT_CHEN, incident, null, NETWORK,
                null));
        hospital.receive(resolved("srv", "HostDown", CRITICAL, t0, t0.plusSeconds(30)), hisServer);

        hospital.correlate();

        assertThat(hospital.ticket(incident).status().isOpen()).isTrue();
        assertThat(hospital.ticket(incident).workLog()).extracting(WorkLogEntry::note)
                .containsExactly("Monitoring: 1 alert(s) recovered {HostDown=1}");
    }

    @Test
    void afterItsIncidentIsClosedTheProblemFiringAgainRaisesANewOne() {
        StoredAlert first = hospital.receive(firing("srv", "HostDown", CRITICAL, t0), hisServer);
        hospital.correlate();
        hospital.receive(resolved("srv", "HostDown", CRITICAL, t0, t0.plusSeconds(30)), hisServer);
        hospital.correlate();
        hospital.later(Duration.ofMinutes(10));

        StoredAlert again = hospital.receive(firing("srv", "HostDown", CRITICAL, hospital.now()), hisServer);
        hospital.correlate();

        assertThat(hospital.incidentOf(again)).isPresent().isNotEqualTo(hospital.incidentOf(first));
        assertThat(stateOf(hisServer)).contains(OperationalState.DOWN);
    }

    @Test
    void whatIsAffectedNowIsTheImpactOfTheObservedStatesAndTheStatesArePaged() {
        hospital.receive(firing("sw", "SwitchDown", CRITICAL, t0), coreSwitch);
        hospital.receive(firing("srv", "HostDown", WARNING, t0), hisServer);
        hospital.correlate();

        AffectedNow now = hospital.monitoring.correlation.queries().affectedNow(AGENT_CHEN);

        assertThat(now.observedDown()).isEqualTo(1);
        assertThat(now.observedDegraded()).isEqualTo(1);
        assertThat(now.businessServices()).extracting(ci -> ci.id())
                .contains(hospital.estate.outpatientRegistration(), hospital.estate.imaging());
        var states = hospital.monitoring.correlation.queries();
        var firstPage = states.ciStates(ENGINEER_LIU, Optional.empty(), 1);
        var secondPage = states.ciStates(ENGINEER_LIU, Optional.of(firstPage.get(0).ci()), 1);
        assertThat(firstPage).hasSize(1);
        assertThat(secondPage).hasSize(1);
        assertThat(states.ciStates(ENGINEER_LIU, Optional.of(secondPage.get(0).ci()), 1)).isEmpty();
        assertThat(java.util.stream.Stream.concat(firstPage.stream(), secondPage.stream()))
                .extracting(CiStateView::ci).containsExactlyInAnyOrder(coreSwitch, hisServer);
        assertThat(firstPage.get(0).firing()).hasSize(1);
    }

    @Test
    void theAlertShowsItsIncidentAndOnlyThoseWhoMayViewMonitoringSeeIt() {
        StoredAlert down = hospital.receive(firing("srv", "HostDown", CRITICAL, t0), hisServer);
        hospital.correlate();
        var queries = hospital.monitoring.correlation.queries();

        assertThat(queries.incidentOfAlert(AGENT_CHEN, down.position())).hasValueSatisfying(view -> {
            assertThat(view.incident()).isEqualTo(hospital.incidentOf(down).orElseThrow());
            assertThat(view.number()).isEqualTo(hospital.ticket(view.incident()).number().toString());
        });
        assertThat(queries.incidentOfAlert(AGENT_CHEN, 999)).isEmpty();
        assertThatThrownBy(() -> queries.affectedNow(NURSE_WANG)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> queries.ciStates(NURSE_WANG, Optional.empty(), 10))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void everyStateChangeIsAnEventOfTheLibrary() {
        hospital.receive(firing("srv", "HostDown", CRITICAL, t0), hisServer);
        hospital.receive(resolved("srv", "HostDown", CRITICAL, t0, t0.plusSeconds(5)), hisServer);

        hospital.correlate();

        assertThat(hospital.desk.events.history(CiStateEvent.AGGREGATE_PREFIX + hisServer))
                .extracting(DomainEvent::type, DomainEvent::actor)
                .containsOnly(org.assertj.core.groups.Tuple.tuple("monitoring.ci-state-changed", Actor.SYSTEM_ID))
                .hasSize(2);
    }
}
