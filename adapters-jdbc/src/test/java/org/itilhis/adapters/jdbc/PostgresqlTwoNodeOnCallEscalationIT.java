package org.itilhis.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.itilhis.core.contact.ContactChannel;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.TicketEvent;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.ports.common.LoggedEvent;
import org.itilhis.ports.common.Notification;
import org.itilhis.ports.servicedesk.in.ContactCommand;
import org.itilhis.ports.servicedesk.in.ContactView;
import org.itilhis.ports.servicedesk.in.TicketCommand;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.itilhis.ports.servicedesk.out.OnCallDuty;
import org.itilhis.ports.servicedesk.out.OnCallPage;
import org.itilhis.ports.servicedesk.out.OnCallPage.Outcome;
import org.itilhis.ports.servicedesk.out.OnCallRoster;
import org.itilhis.ports.servicedesk.service.ServiceDesk;
import org.itilhis.ports.servicedesk.service.ServiceDeskPorts;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.database.DatabaseServer;
import org.itilhis.testkit.memory.InMemoryServiceDesk;
import org.itilhis.testkit.memory.MutableClock;
import org.itilhis.testkit.memory.InMemoryPeopleNotifications;
import org.itilhis.testkit.memory.InMemoryTransactions;
import org.itilhis.testkit.memory.RecordingNotifier;
import org.junit.jupiter.api.Test;

/**
 * Issue 17's on-call escalation on two application nodes sharing one PostgreSQL schema, each
 * with its own pool, storage, desk and notifier, as {@link PostgresqlTwoNodeEscalationIT} does
 * for the SLA: clinical-critical tickets raised at night through both nodes go to the engineer
 * on call; some are accepted in time, some reassigned by the lead, the others pass down the
 * chain (Liu, Zhou, Sun, fifteen minutes each) and then to the lead while the shared clock
 * moves on. At the end, every step happened exactly once between the two nodes: one page per
 * ticket and position, one reassignment per step, one escalation to the lead per unaccepted
 * ticket. The notification of each step no longer goes out from the node that took it (no
 * node's notifier hears of one) but from the notification relay, at least once: a relay run
 * over the shared schema after the nodes stopped tells everyone concerned of each step once.
 *
 * <p>First with the escalation on both nodes' cluster timers (db-scheduler); then without any
 * scheduler, both nodes running it in tight loops at once, so that only the pages' key, the
 * settlement of open pages and the tickets' versions stand between them and a duplicate.
 */
class PostgresqlTwoNodeOnCallEscalationIT {
    /** Monday 2 March 2026, 22:00 in Shanghai: after office hours. */
    private static final Instant NIGHT = Instant.parse("2026-03-02T14:00:00Z");
    private static final int TICKETS = 24;
    private static final Duration RESPONSE_TIME = Duration.ofMinutes(15);
    private static final List<StaffId> CHAIN = List.of(DemoHospital.ENGINEER_LIU.staffId(),
            DemoHospital.ENGINEER_ZHOU.staffId(), DemoHospital.LEAD_SUN.staffId());
    private static final OnCallRoster ROSTER = (group, at) -> group.equals(DemoHospital.DESKTOP)
            ? Optional.of(OnCallDuty.of(group, CHAIN, RESPONSE_TIME, at.plus(Duration.ofHours(10))))
            : Optional.empty();

    private final MutableClock clock = new MutableClock(NIGHT, ServiceDeskSettings.CHINA);

    /** One application node: its own pool and storage on the shared schema, and its own notifier. */
    private record Node(String name, JdbcServiceDeskStorage storage, ServiceDesk desk, RecordingNotifier notifier,
                        AtomicInteger runs, AtomicInteger failures) {
        void runEscalation() {
            try {
                desk.onCallEscalation().run();
            } catch (RuntimeException failure) {
                failures.incrementAndGet();
                throw failure;
            } finally {
                runs.incrementAndGet();
            }
        }
    }

    private Node node(String name, HikariDataSource pool) {
        JdbcServiceDeskStorage storage = JdbcServiceDeskStorage.create(pool);
        RecordingNotifier notifier = new RecordingNotifier();
        ServiceDeskPorts ports = new ServiceDeskPorts(storage.tickets(), storage.contacts(), storage.numbers(),
                storage.events(), notifier, DemoHospital.directory(), storage.transactions(), clock,
                storage.personalDataReads()).withOnCall(ROSTER, storage.serviceDesk().onCallPages());
        ServiceDesk desk = ServiceDesk.create(ports, DemoHospital.settings(), InMemoryServiceDesk.validator());
        return new Node(name, storage, desk, notifier, new AtomicInteger(), new AtomicInteger());
    }

    @Test
    void twoNodesWithClusterTimersTakeEveryOnCallStepExactlyOnce() throws InterruptedException {
        try (IsolatedDatabase db = IsolatedDatabase.of(DatabaseServer.POSTGRESQL)) {
            Node a = node("node-a", db.dataSource());
            Node b = node("node-b", db.otherPool());
            Story story;
            try (ClusterTimers timersA = timers(a, db.dataSource());
                 ClusterTimers timersB = timers(b, db.otherPool())) {
                story = raiseAndLetTheNightPass(a, b, Duration.ofMillis(150));
                awaitQuiet(a);
            } finally {
                a.storage().close();
                b.storage().close();
            }
            checkExactlyOnce("cluster timers", story, a, b);
        }
    }

    @Test
    void twoNodesRunningTheEscalationInTightLoopsAtOnceNeverTakeAStepTwice() throws InterruptedException {
        try (IsolatedDatabase db = IsolatedDatabase.of(DatabaseServer.POSTGRESQL)) {
            Node a = node("node-a", db.dataSource());
            Node b = node("node-b", db.otherPool());
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> loops = new ArrayList<>();
            for (Node node : List.of(a, b, a, b)) {
                Thread loop = new Thread(() -> {
                    while (!stop.get()) {
                        try {
                            node.runEscalation();
                        } catch (RuntimeException counted) {
                            // counted in failures; the next run repeats the work
                        }
                    }
                }, node.name() + "-loop");
                loop.start();
                loops.add(loop);
            }
            Story story;
            try {
                story = raiseAndLetTheNightPass(a, b, Duration.ofMillis(60));
                awaitQuiet(a);
            } finally {
                stop.set(true);
                for (Thread loop : loops) {
                    loop.join(30_000);
                }
                a.storage().close();
                b.storage().close();
            }
            checkExactlyOnce("tight loops", story, a, b);
        }
    }

    private static ClusterTimers timers(Node node, HikariDataSource pool) {
        return ClusterTimers.start(pool, node.name(), Duration.ofMillis(50),
                List.of(new ClusterTimers.Timer("on-call-escalation", Duration.ofMillis(100), node::runEscalation)));
    }

    /** Which tickets were accepted by Liu in time, reassigned by the lead to Zhou, or left to the chain. */
    private record Story(List<TicketId> accepted, List<TicketId> reassigned, List<TicketId> unanswered) {
        int tickets() {
            return accepted.size() + reassigned.size() + unanswered.size();
        }
    }

    /**
     * Raises the tickets through both nodes at 22:00, lets Liu accept every fourth and the lead
     * reassign every fourth after it to Zhou within ten minutes, then moves the clock on a
     * minute at a time for ninety minutes, pausing {@code pause} of real time at each.
     */
    private Story raiseAndLetTheNightPass(Node a, Node b, Duration pause) throws InterruptedException {
        List<TicketView> raised = new ArrayList<>();
        for (int i = 0; i < TICKETS; i++) {
            raised.add(raise(i % 2 == 0 ? a : b, i));
        }
        assertThat(raised).allSatisfy(t -> assertThat(t.engineer()).contains(DemoHospital.ENGINEER_LIU.staffId()));
        clock.advance(Duration.ofMinutes(5));
        List<TicketId> accepted = new ArrayList<>();
        List<TicketId> reassigned = new ArrayList<>();
        List<TicketId> unanswered = new ArrayList<>();
        for (int i = 0; i < TICKETS; i++) {
            TicketView ticket = raised.get(i);
            Node through = i % 2 == 0 ? b : a;
            if (i % 4 == 0) {
                through.desk().tickets().handle(new TicketCommand.Accept(DemoHospital.ENGINEER_LIU, ticket.id(), null));
                accepted.add(ticket.id());
            } else if (i % 4 == 1) {
                through.desk().tickets().handle(new TicketCommand.Assign(DemoHospital.LEAD_SUN, ticket.id(), null,
                        DemoHospital.DESKTOP, DemoHospital.ENGINEER_ZHOU.staffId()));
                reassigned.add(ticket.id());
            } else {
                unanswered.add(ticket.id());
            }
        }
        for (int minute = 0; minute < 90; minute++) {
            clock.advance(Duration.ofMinutes(1));
            Thread.sleep(pause.toMillis());
        }
        return new Story(accepted, reassigned, unanswered);
    }

    private static TicketView raise(Node node, int i) {
        ContactView contact = node.desk().desk().logContact(new ContactCommand.Log(DemoHospital.AGENT_CHEN,
                ContactChannel.PHONE, DemoHospital.NURSE_WANG.staffId(), DemoHospital.WARD_5_EAST, null, "5501",
                "call " + i + ": HIS order entry hangs"));
        return node.desk().desk().raiseTicket(new ContactCommand.RaiseTicket(DemoHospital.AGENT_CHEN, contact.id(),
                TicketType.INCIDENT, "HIS order entry down, call " + i, "his", "ONE_DEPARTMENT",
                "PATIENT_CARE_STOPPED", ServiceCriticality.CLINICAL_CRITICAL, false, null));
    }

    /** Waits until no page is open any more, and a little longer for extras. */
    private void awaitQuiet(Node a) throws InterruptedException {
        Instant later = clock.instant().plus(Duration.ofDays(1));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        BooleanSupplier quiet = () -> a.storage().serviceDesk().onCallPages().due(later, 1).isEmpty();
        while (!quiet.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        Thread.sleep(1_000);
    }

    private void checkExactlyOnce(String variant, Story story, Node a, Node b) {
        Map<TicketId, List<TicketEvent>> histories = a.storage().events().readAfter(0, 100_000).stream()
                .map(LoggedEvent::event).filter(TicketEvent.class::isInstance).map(TicketEvent.class::cast)
                .collect(Collectors.groupingBy(TicketEvent::ticketId));
        assertThat(a.notifier().sent()).as("told by node A itself").isEmpty();
        assertThat(b.notifier().sent()).as("told by node B itself").isEmpty();
        RecordingNotifier relayed = new RecordingNotifier();
        List<Notification> notifications = new InMemoryPeopleNotifications(new ServiceDeskPorts(a.storage().tickets(),
                a.storage().contacts(), a.storage().numbers(), a.storage().events(), relayed, DemoHospital.directory(),
                a.storage().transactions(), clock, a.storage().personalDataReads()), new InMemoryTransactions(),
                relayed).delivered();
        System.out.printf("two-node on-call escalation (%s): %d tickets (%d accepted, %d reassigned, %d unanswered), "
                        + "%d notifications through the relay, runs A %d B %d (failed A %d B %d)%n", variant,
                story.tickets(), story.accepted().size(), story.reassigned().size(), story.unanswered().size(),
                notifications.size(), a.runs().get(), b.runs().get(), a.failures().get(), b.failures().get());

        assertThat(story.unanswered()).hasSize(TICKETS / 2);
        for (TicketId id : story.unanswered()) {
            assertThat(systemSteps(histories.get(id))).as("the system's steps on %s", id).containsExactly(
                    "ticket.assigned E0101", "ticket.assigned E0102", "ticket.assigned E0100",
                    "ticket.escalated-to-lead");
            assertThat(outcomes(a, id)).as("pages of %s", id).containsExactly(Outcome.PASSED_ON, Outcome.PASSED_ON,
                    Outcome.LEAD_TOLD);
        }
        for (TicketId id : story.accepted()) {
            assertThat(systemSteps(histories.get(id))).as("the system's steps on %s", id)
                    .containsExactly("ticket.assigned E0101");
            assertThat(outcomes(a, id)).containsExactly(Outcome.ACCEPTED);
        }
        for (TicketId id : story.reassigned()) {
            assertThat(systemSteps(histories.get(id))).containsExactly("ticket.assigned E0101");
            assertThat(outcomes(a, id)).containsExactly(Outcome.OVERTAKEN);
        }
        // Liu is told of every ticket at raise; Zhou of each he was given, by the lead or by the
        // chain; Sun of each the chain gave him and again when nobody took it: once each
        assertThat(notifications).extracting(n -> n.recipient() + " " + n.topic() + " " + n.reference())
                .doesNotHaveDuplicates()
                .hasSize(TICKETS + story.reassigned().size() + 3 * story.unanswered().size());
        assertThat(notifications).filteredOn(n -> n.topic().equals("ticket.escalated-to-lead"))
                .hasSize(story.unanswered().size())
                .allMatch(n -> n.recipient().equals(DemoHospital.LEAD_SUN.staffId()));
        assertThat(a.runs().get()).as("runs of node A").isPositive();
        assertThat(b.runs().get()).as("runs of node B").isPositive();
        assertThat(a.failures().get() + b.failures().get()).as("failed runs").isZero();
    }

    /** The events the system recorded on a ticket, with the engineer of each assignment. */
    private static List<String> systemSteps(List<TicketEvent> history) {
        return history.stream().filter(e -> e.actor().equals(Actor.SYSTEM_ID))
                .map(e -> e instanceof TicketEvent.Assigned assigned
                        ? e.type() + " " + assigned.engineer().map(StaffId::value).orElse("-") : e.type())
                .toList();
    }

    private static List<Outcome> outcomes(Node node, TicketId ticket) {
        return node.storage().serviceDesk().onCallPages().of(ticket).stream()
                .map(page -> page.settled().map(OnCallPage.Settled::outcome).orElse(null)).toList();
    }
}
