package org.itilhis.ports.servicedesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.ENGINEER_ZHOU;
import static org.itilhis.testkit.DemoHospital.LEAD_SUN;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.itilhis.core.cmdb.CiStatus;
import org.itilhis.core.contact.ContactChannel;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketEvent;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.core.ticket.TicketStatus;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.ports.common.Notification;
import org.itilhis.ports.configuration.in.CiData;
import org.itilhis.ports.configuration.in.CiView;
import org.itilhis.ports.configuration.in.CmdbCommand;
import org.itilhis.ports.servicedesk.in.ContactCommand;
import org.itilhis.ports.servicedesk.in.ContactView;
import org.itilhis.ports.servicedesk.in.TicketCommand;
import org.itilhis.ports.servicedesk.in.TicketSearch;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.itilhis.ports.servicedesk.out.OnCallDuty;
import org.itilhis.ports.servicedesk.out.OnCallPage;
import org.itilhis.ports.servicedesk.out.OnCallPage.Outcome;
import org.itilhis.ports.servicedesk.out.OnCallRoster;
import org.itilhis.ports.servicedesk.out.TicketRepository;
import org.itilhis.ports.servicedesk.service.OnCallEscalation.Run;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.memory.InMemoryServiceDesk;
import org.itilhis.testkit.memory.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * On-call routing (issue 17): at night the HIS order entry goes down on ward 5 East; the desk
 * routes the incident to desktop support, whose engineer on call is Liu, then Zhou, then the
 * lead Sun, each with fifteen minutes to accept it.
 */
class OnCallRoutingTest {
    /** Monday 2 March 2026, 22:00 in Shanghai: after office hours. */
    private static final String NIGHT = "2026-03-02T14:00:00Z";
    /** Monday 2 March 2026, 10:00 in Shanghai. */
    private static final String MORNING = "2026-03-02T02:00:00Z";
    private static final Duration RESPONSE_TIME = Duration.ofMinutes(15);
    private static final List<Actor> CHAIN = List.of(ENGINEER_LIU, ENGINEER_ZHOU, LEAD_SUN);

    /** Desktop support has someone on call outside 08:00-17:30; no other group has. */
    private static final OnCallRoster ROSTER = (group, at) -> {
        LocalTime local = at.atZone(ServiceDeskSettings.CHINA).toLocalTime();
        boolean officeHours = !local.isBefore(LocalTime.of(8, 0)) && local.isBefore(LocalTime.of(17, 30));
        return group.equals(DemoHospital.DESKTOP) && !officeHours
                ? Optional.of(OnCallDuty.of(group, CHAIN.stream().map(Actor::staffId).toList(), RESPONSE_TIME,
                at.plus(Duration.ofHours(10))))
                : Optional.empty();
    };

    private InMemoryServiceDesk hospital = at(NIGHT);

    private static InMemoryServiceDesk at(String instant) {
        return new InMemoryServiceDesk(DemoHospital.directory(), MutableClock.at(instant), DemoHospital.settings(),
                ROSTER);
    }

    // ---- at raise ------------------------------------------------------------------------------

    @Test
    void aClinicalCriticalTicketRaisedAtNightGoesToTheEngineerOnCallWhoIsTold() {
        Instant raisedAt = hospital.clock.instant();

        TicketView ticket = orderEntryDown(ServiceCriticality.CLINICAL_CRITICAL);

        assertThat(ticket.status()).isEqualTo(TicketStatus.ASSIGNED);
        assertThat(ticket.group()).isEqualTo(DemoHospital.DESKTOP);
        assertThat(ticket.engineer()).contains(ENGINEER_LIU.staffId());
        TicketEvent.Assigned assigned = last(ticket, TicketEvent.Assigned.class);
        assertThat(assigned.engineer()).contains(ENGINEER_LIU.staffId());
        assertThat(assigned.actor()).isEqualTo(Actor.SYSTEM_ID);
        assertThat(assigned.reassignment()).isFalse();
        assertThat(hospital.notifications.delivered()).extracting(Notification::recipient, Notification::topic,
                Notification::reference).containsExactly(tuple(ENGINEER_LIU.staffId(),
                "ticket.assigned", ticket.number().toString()));
        assertThat(hospital.onCallPages.of(ticket.id())).containsExactly(OnCallPage.of(ticket.id(), ticket.number(),
                DemoHospital.DESKTOP, CHAIN.stream().map(Actor::staffId).toList(), 0, raisedAt, RESPONSE_TIME));
    }

    @Test
    void aTicketForAServiceThatIsNotClinicalCriticalStaysInTheGroupsQueueAtNight() {
        TicketView ticket = orderEntryDown(ServiceCriticality.IMPORTANT);

        assertThat(ticket.status()).isEqualTo(TicketStatus.NEW);
        assertThat(ticket.group()).isEqualTo(DemoHospital.DESKTOP);
        assertThat(ticket.engineer()).isEmpty();
        assertThat(hospital.onCallPages.of(ticket.id())).isEmpty();
        assertThat(hospital.notifications.delivered()).isEmpty();
    }

    @Test
    void aClinicalCriticalTicketRaisedInOfficeHoursStaysInTheGroupsQueue() {
        hospital = at(MORNING);

        TicketView ticket = orderEntryDown(ServiceCriticality.CLINICAL_CRITICAL);

        assertThat(ticket.status()).isEqualTo(TicketStatus.NEW);
        assertThat(ticket.engineer()).isEmpty();
        assertThat(hospital.onCallPages.of(ticket.id())).isEmpty();
        assertThat(hospital.notifications.delivered()).isEmpty();
    }

    @Test
    void aClinicalCriticalTicketOfAGroupWithNobodyOnCallStaysInItsQueue() {
        TicketView ticket = raise("his.pharmacy", ServiceCriticality.CLINICAL_CRITICAL);

        assertThat(ticket.group()).isEqualTo(DemoHospital.HIS_SUPPORT);
        assertThat(ticket.status()).isEqualTo(TicketStatus.NEW);
        assertThat(hospital.onCallPages.of(ticket.id())).isEmpty();
    }

    @Test
    void aTicketRaisedAgainstAClinicalCriticalServerGoesOnCallThoughTheCallerSaidGeneral() {
        CiView server = hospital.cmdb.items().handle(new CmdbCommand.RegisterCi(DemoHospital.CONFIG_MANAGER_QIAN,
                "server", new CiData("SRV-1", "HIS application server 1", null, "Main campus", "Building 7", "B1",
                "Server room 1", "it", "his-second-line", ServiceCriticality.CLINICAL_CRITICAL, "Huawei", null,
                Map.of("hostname", "his-app-01", "ipAddress", "10.1.20.11")), CiStatus.IN_USE));
        ContactView call = call();

        TicketView ticket = hospital.cmdb.items().raiseAgainst(raising(call, "his", ServiceCriticality.GENERAL),
                Set.of(server.item().id()));

        assertThat(ticket.assessment().factors().criticality()).isEqualTo(ServiceCriticality.CLINICAL_CRITICAL);
        assertThat(ticket.engineer()).contains(ENGINEER_LIU.staffId());
        assertThat(hospital.onCallPages.of(ticket.id())).hasSize(1);
        assertThat(hospital.notifications.delivered()).extracting(Notification::recipient)
                .containsExactly(ENGINEER_LIU.staffId());
    }

    @Test
    void aDeskWithoutARosterRoutesByGroupOnly() {
        hospital = new InMemoryServiceDesk(DemoHospital.directory(), MutableClock.at(NIGHT), DemoHospital.settings());

        TicketView ticket = orderEntryDown(ServiceCriticality.CLINICAL_CRITICAL);

        assertThat(ticket.status()).isEqualTo(TicketStatus.NEW);
        assertThat(ticket.engineer()).isEmpty();
    }

    // ---- escalation along the chain -------------------------------------------------------------

    @Test
    void aTicketAcceptedWithinTheResponseTimeIsNotPassedOn() {
        TicketView ticket = orderEntryDown(ServiceCriticality.CLINICAL_CRITICAL);
        hospital.clock.advance(Duration.ofMinutes(10));
        handle(new TicketCommand.Accept(ENGINEER_LIU, ticket.id(), null));
        hospital.clock.advance(Duration.ofMinutes(5));

        Run run = escalation().run();

        assertThat(run).isEqualTo(new Run(1, 0, 0));
        assertThat(stored(ticket).engineer()).contains(ENGINEER_LIU.staffId());
        assertThat(settlements(ticket)).containsExactly(Outcome.ACCEPTED);
        assertThat(escalation().run().total()).isZero();
    }

    @Test
    void aPageIsNotActedOnBeforeItsDeadline() {
        TicketView ticket = orderEntryDown(ServiceCriticality.CLINICAL_CRITICAL);
        hospital.clock.advance(RESPONSE_TIME.minusSeconds(1));

        assertThat(escalation().run().total()).isZero();
        assertThat(hospital.onCallPages.of(ticket.id())).allMatch(OnCallPage::isOpen);
        assertThat(stored(ticket).engineer()).contains(ENGINEER_LIU.staffId());
    }

    @Test
    void aTicketNobodyAcceptsGoesDownTheChainThenItsLeadIsToldOnce() {
        TicketView ticket = orderEntryDown(ServiceCriticality.CLINICAL_CRITICAL);
        hospital.notifications.clear();

        hospital.clock.advance(RESPONSE_TIME);
        assertThat(escalation().run()).isEqualTo(new Run(0, 1, 0));
        assertThat(stored(ticket).engineer()).contains(ENGINEER_ZHOU.staffId());
        assertThat(hospital.notifications.delivered()).extracting(Notification::recipient, Notification::topic)
                .containsExactly(tuple(ENGINEER_ZHOU.staffId(), "ticket.assigned"));

        hospital.clock.advance(Duration.ofMinutes(14));
        assertThat(escalation().run().total()).as("Zhou's fifteen minutes start when he is paged").isZero();
        hospital.clock.advance(Duration.ofMinutes(1));
        assertThat(escalation().run()).isEqualTo(new Run(0, 1, 0));
        assertThat(stored(ticket).engineer()).contains(LEAD_SUN.staffId());

        hospital.clock.advance(RESPONSE_TIME);
        assertThat(escalation().run()).isEqualTo(new Run(0, 0, 1));
        hospital.clock.advance(Duration.ofHours(2));
        assertThat(escalation().run().total()).isZero();

        List<TicketEvent> steps = history(ticket).stream().filter(e -> e.actor().equals(Actor.SYSTEM_ID)).toList();
        assertThat(steps).extracting(DomainEvent::type).containsExactly("ticket.assigned", "ticket.assigned",
                "ticket.assigned", "ticket.escalated-to-lead");
        assertThat(steps.subList(1, 3)).allMatch(e -> ((TicketEvent.Assigned) e).reassignment());
        assertThat(((TicketEvent.EscalatedToLead) steps.get(3)).group()).isEqualTo(DemoHospital.DESKTOP);
        assertThat(hospital.notifications.delivered()).extracting(Notification::recipient, Notification::topic).containsExactly(
                tuple(ENGINEER_ZHOU.staffId(), "ticket.assigned"),
                tuple(LEAD_SUN.staffId(), "ticket.assigned"),
                tuple(LEAD_SUN.staffId(), "ticket.escalated-to-lead"));
        assertThat(settlements(ticket)).containsExactly(Outcome.PASSED_ON, Outcome.PASSED_ON, Outcome.LEAD_TOLD);
        assertThat(stored(ticket).status()).isEqualTo(TicketStatus.ASSIGNED);
    }

    @Test
    void theSecondOnCallAcceptingInTimeEndsTheChain() {
        TicketView ticket = orderEntryDown(ServiceCriticality.CLINICAL_CRITICAL);
        hospital.clock.advance(RESPONSE_TIME);
        escalation().run();
        handle(new TicketCommand.Accept(ENGINEER_ZHOU, ticket.id(), null));
        hospital.clock.advance(RESPONSE_TIME);

        assertThat(escalation().run()).isEqualTo(new Run(1, 0, 0));
        assertThat(settlements(ticket)).containsExactly(Outcome.PASSED_ON, Outcome.ACCEPTED);
        assertThat(stored(ticket).engineer()).contains(ENGINEER_ZHOU.staffId());
    }

    @Test
    void aTicketReassignedByAPersonMeanwhileSettlesThePageAndStaysWhereTheyPutIt() {
        TicketView ticket = orderEntryDown(ServiceCriticality.CLINICAL_CRITICAL);
        hospital.clock.advance(Duration.ofMinutes(5));
        handle(new TicketCommand.Assign(LEAD_SUN, ticket.id(), null, DemoHospital.DESKTOP, ENGINEER_ZHOU.staffId()));
        hospital.clock.advance(RESPONSE_TIME);

        assertThat(escalation().run()).isEqualTo(new Run(1, 0, 0));
        assertThat(settlements(ticket)).containsExactly(Outcome.OVERTAKEN);
        assertThat(stored(ticket).engineer()).contains(ENGINEER_ZHOU.staffId());
        assertThat(hospital.onCallPages.of(ticket.id())).hasSize(1);
    }

    @Test
    void aTicketCancelledMeanwhileSettlesThePage() {
        TicketView ticket = orderEntryDown(ServiceCriticality.CLINICAL_CRITICAL);
        handle(new TicketCommand.Cancel(AGENT_CHEN, ticket.id(), null, "raised twice"));
        hospital.clock.advance(RESPONSE_TIME);

        assertThat(escalation().run()).isEqualTo(new Run(1, 0, 0));
        assertThat(settlements(ticket)).containsExactly(Outcome.OVERTAKEN);
        assertThat(stored(ticket).status()).isEqualTo(TicketStatus.CANCELLED);
    }

    @Test
    void aStepThatFailsUndoesItsSettlementAndItsNextPageAndIsTakenAgainByTheNextRun() {
        TicketView ticket = orderEntryDown(ServiceCriticality.CLINICAL_CRITICAL);
        hospital.clock.advance(RESPONSE_TIME);
        AtomicBoolean conflictOnce = new AtomicBoolean(true);
        TicketRepository changedMeanwhile = new TicketRepository() {
            @Override
            public TicketId nextId() {
                return hospital.tickets.nextId();
            }

            @Override
            public Optional<Ticket> find(TicketId id) {
                return hospital.tickets.find(id);
            }

            @Override
            public Optional<Ticket> findByNumber(TicketNumber number) {
                return hospital.tickets.findByNumber(number);
            }

            @Override
            public void save(Ticket t) {
                if (conflictOnce.getAndSet(false)) {
                    throw new VersionConflictException("ticket", t.number().toString(), 2, 3);
                }
                hospital.tickets.save(t);
            }

            @Override
            public List<Ticket> search(TicketSearch search) {
                return hospital.tickets.search(search);
            }
        };
        ServiceDeskPorts ports = hospital.ports;
        OnCallEscalation escalation = new OnCallEscalation(new ServiceDeskPorts(changedMeanwhile, ports.contacts(),
                ports.numbers(), ports.events(), ports.notifier(), ports.directory(), ports.transactions(),
                ports.clock(), ports.reads(), ports.onCall(), ports.pages()));
        hospital.notifications.clear();

        assertThat(escalation.run().total()).isZero();
        assertThat(hospital.onCallPages.of(ticket.id())).singleElement().matches(OnCallPage::isOpen);
        assertThat(stored(ticket).engineer()).contains(ENGINEER_LIU.staffId());
        assertThat(hospital.notifications.delivered()).isEmpty();

        assertThat(escalation.run()).isEqualTo(new Run(0, 1, 0));
        assertThat(settlements(ticket)).containsExactly(Outcome.PASSED_ON, null);
        assertThat(stored(ticket).engineer()).contains(ENGINEER_ZHOU.staffId());
    }

    // ---- helpers --------------------------------------------------------------------------------

    private TicketView orderEntryDown(ServiceCriticality criticality) {
        return raise("his", criticality);
    }

    private TicketView raise(String category, ServiceCriticality criticality) {
        return hospital.desk.desk().raiseTicket(raising(call(), category, criticality));
    }

    private ContactView call() {
        return hospital.desk.desk().logContact(new ContactCommand.Log(AGENT_CHEN, ContactChannel.PHONE,
                DemoHospital.NURSE_WANG.staffId(), DemoHospital.WARD_5_EAST, DemoHospital.WARD_5_EAST_STATION, "5501",
                "HIS order entry hangs on every order"));
    }

    private static ContactCommand.RaiseTicket raising(ContactView call, String category,
                                                      ServiceCriticality criticality) {
        return new ContactCommand.RaiseTicket(AGENT_CHEN, call.id(), TicketType.INCIDENT,
                "HIS order entry down on ward 5 East", category, "ONE_DEPARTMENT", "PATIENT_CARE_STOPPED", criticality,
                false, null);
    }

    private OnCallEscalation escalation() {
        return hospital.desk.onCallEscalation();
    }

    private void handle(TicketCommand command) {
        hospital.desk.tickets().handle(command);
    }

    private Ticket stored(TicketView ticket) {
        return hospital.tickets.find(ticket.id()).orElseThrow();
    }

    private List<Outcome> settlements(TicketView ticket) {
        return hospital.onCallPages.of(ticket.id()).stream()
                .map(page -> page.settled().map(OnCallPage.Settled::outcome).orElse(null)).toList();
    }

    private List<TicketEvent> history(TicketView ticket) {
        return hospital.events.history(ticket.id().toString()).stream().map(TicketEvent.class::cast).toList();
    }

    private <E extends TicketEvent> E last(TicketView ticket, Class<E> type) {
        List<TicketEvent> history = history(ticket);
        return type.cast(history.get(history.size() - 1));
    }
}
