package org.itilhis.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.Maps;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.itilhis.core.contact.ContactChannel;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.sla.CalendarPolicy;
import org.itilhis.core.sla.SlaMeasurement;
import org.itilhis.core.sla.SlaPolicy;
import org.itilhis.core.sla.SlaThreshold;
import org.itilhis.core.sla.ThresholdCrossed;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketEvent;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.ports.common.AssignmentGroup;
import org.itilhis.ports.common.LoggedEvent;
import org.itilhis.ports.common.Notification;
import org.itilhis.ports.common.Notifier;
import org.itilhis.ports.servicedesk.in.ContactCommand;
import org.itilhis.ports.servicedesk.in.ContactView;
import org.itilhis.ports.servicedesk.in.TicketCommand;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.itilhis.ports.servicedesk.service.ServiceDesk;
import org.itilhis.ports.servicedesk.service.ServiceDeskPorts;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;
import org.itilhis.ports.servicelevel.in.SlaConfiguration;
import org.itilhis.ports.servicelevel.service.ServiceLevelPorts;
import org.itilhis.ports.servicelevel.service.ServiceLevels;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.database.DatabaseServer;
import org.itilhis.testkit.memory.InMemoryPeopleNotifications;
import org.itilhis.testkit.memory.InMemoryTransactions;
import org.itilhis.testkit.memory.InMemoryServiceDesk;
import org.itilhis.testkit.memory.MutableClock;
import org.itilhis.testkit.memory.RecordingNotifier;
import org.junit.jupiter.api.Test;

/**
 * Issue 4's "done when": two application nodes on one PostgreSQL schema, each with its own
 * pool, storage, service desk, service levels and notifier, escalate every crossed
 * threshold exactly once between them. Tickets of every priority and of clinical (24x7)
 * and office-hours services are raised through both nodes while the shared clock moves
 * across their warnings and breaches; at the end, every threshold that
 * {@link SlaPolicy#measure} says is crossed has exactly one {@code ThresholdCrossed} event,
 * and there is nothing else. The notification to the group lead no longer goes out from the
 * node that escalated (no node's notifier hears of an escalation) but from the notification
 * relay, at least once: a relay run over the shared schema after the nodes stopped, whose
 * notifier fails the first delivery, tells the lead of every escalation, once each.
 *
 * <p>First with the monitor on both nodes' cluster timers (db-scheduler); then without
 * any scheduler, both nodes running the monitor in tight loops at once, so that only the
 * escalation log's unique key stands between them and a duplicate.
 */
class PostgresqlTwoNodeEscalationIT {
    /** Monday 2 March 2026, 09:00 in Shanghai: office hours have begun. */
    private static final Instant MONDAY_MORNING = Instant.parse("2026-03-02T01:00:00Z");
    private static final int TICKETS = 30;
    private static final String[] CATEGORIES = {"his", "printer", "network", "his.pharmacy", "account"};
    private static final String[][] IMPACT_URGENCY = {{"WHOLE_HOSPITAL", "PATIENT_CARE_STOPPED"},
        {"ONE_DEPARTMENT", "PATIENT_CARE_STOPPED"}, {"ONE_DEPARTMENT", "DEGRADED"}, {"ONE_PERSON", "DEGRADED"},
        {"ONE_PERSON", "NO_CLINICAL_EFFECT"}, {"SEVERAL_DEPARTMENTS", "SEVERELY_DEGRADED"}};

    private final MutableClock clock = new MutableClock(MONDAY_MORNING, ServiceDeskSettings.CHINA);

    /** One application node: its own pool and storage on the shared schema, and its own notifier. */
    private record Node(String name, JdbcServiceDeskStorage storage, ServiceDesk desk, ServiceLevels levels,
                        RecordingNotifier notifier, AtomicInteger runs, AtomicInteger failures) {
        void runMonitor() {
            try {
                levels.monitor().run();
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
                storage.events(), notifier, DemoHospital.directory(), storage.transactions(), clock, storage.personalDataReads());
        ServiceDesk desk = ServiceDesk.create(ports, DemoHospital.settings(), InMemoryServiceDesk.validator());
        ServiceLevels levels = ServiceLevels.create(new ServiceLevelPorts(ports, storage.slaConfiguration(),
                storage.watches(), storage.standings(), storage.escalations()), DemoHospital.settings(), desk);
        return new Node(name, storage, desk, levels, notifier, new AtomicInteger(), new AtomicInteger());
    }

    @Test
    void twoNodesWithClusterTimersEscalateEveryCrossedThresholdExactlyOnce() throws InterruptedException {
        try (IsolatedDatabase db = IsolatedDatabase.of(DatabaseServer.POSTGRESQL)) {
            Node a = node("node-a", db.dataSource());
            Node b = node("node-b", db.otherPool());
            DemoHospital.configureServiceLevels(a.levels().administration());
            long started = System.nanoTime();
            try (ClusterTimers timersA = timers(a, db.dataSource());
                 ClusterTimers timersB = timers(b, db.otherPool())) {
                List<TicketId> tickets = raiseAndLetTimePass(a, b, Duration.ofMillis(250));
                awaitQuiet(a, tickets);
            } finally {
                closeStorages(a, b);
            }
            checkExactlyOnce("cluster timers", a, b, started);
        }
    }

    @Test
    void twoNodesRunningTheMonitorInTightLoopsAtOnceNeverEscalateTwice() throws InterruptedException {
        try (IsolatedDatabase db = IsolatedDatabase.of(DatabaseServer.POSTGRESQL)) {
            Node a = node("node-a", db.dataSource());
            Node b = node("node-b", db.otherPool());
            DemoHospital.configureServiceLevels(b.levels().administration());
            long started = System.nanoTime();
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> loops = new ArrayList<>();
            for (Node node : List.of(a, b, a, b)) {
                Thread loop = new Thread(() -> {
                    while (!stop.get()) {
                        try {
                            node.runMonitor();
                        } catch (RuntimeException overlapping) {
                            // counted in failures: a run that loses a race rolls back and the next one retries
                        }
                    }
                }, node.name() + "-loop");
                loop.start();
                loops.add(loop);
            }
            try {
                List<TicketId> tickets = raiseAndLetTimePass(a, b, Duration.ofMillis(100));
                awaitQuiet(a, tickets);
            } finally {
                stop.set(true);
                for (Thread loop : loops) {
                    loop.join(30_000);
                }
                closeStorages(a, b);
            }
            checkExactlyOnce("tight loops", a, b, started);
        }
    }

    /**
     * Positions are drawn when an event is inserted but become visible when its transaction
     * commits: a ticket raised in a transaction that is still open while a later ticket is
     * raised, and a monitor run reads the log, must not be skipped by that run.
     */
    @Test
    void aTicketRaisedInATransactionStillOpenWhileALaterOneIsRaisedIsStillEscalated() throws Exception {
        try (IsolatedDatabase db = IsolatedDatabase.of(DatabaseServer.POSTGRESQL)) {
            Node a = node("node-a", db.dataSource());
            DemoHospital.configureServiceLevels(a.levels().administration());
            Ticket slow = Samples.incident(Samples.number(900_001), DemoHospital.DESKTOP, Priority.P2, clock.instant(),
                    "raised in a slow transaction");
            CountDownLatch appended = new CountDownLatch(1);
            CountDownLatch commit = new CountDownLatch(1);
            ExecutorService writers = Executors.newFixedThreadPool(2);
            TicketView quick;
            try {
                Future<?> slowRaise = writers.submit(() -> a.storage().transactions().inTransaction(() -> {
                    a.storage().tickets().save(slow);
                    a.storage().events().append(slow.pullEvents());
                    appended.countDown();
                    awaitLatch(commit);
                    return null;
                }));
                assertThat(appended.await(30, TimeUnit.SECONDS)).isTrue();
                Future<TicketView> quickRaise = writers.submit(() -> raise(a, 2));
                Thread.sleep(1_000); // time for the later raise to commit, unless it waits for the slow one
                a.runMonitor();
                commit.countDown();
                slowRaise.get(30, TimeUnit.SECONDS);
                quick = quickRaise.get(30, TimeUnit.SECONDS);
            } finally {
                writers.shutdownNow();
            }
            a.runMonitor();
            clock.advance(Duration.ofDays(30));
            a.runMonitor();

            assertThat(a.storage().watches().find(slow.id())).as("the slow ticket's watch").isPresent();
            assertThat(escalations(a)).extracting(ThresholdCrossed::ticketId).contains(slow.id(), quick.id());
            a.storage().close();
        }
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static ClusterTimers timers(Node node, HikariDataSource pool) {
        return ClusterTimers.start(pool, node.name(), Duration.ofMillis(50),
                List.of(new ClusterTimers.Timer("sla-monitor", Duration.ofMillis(150), node::runMonitor)));
    }

    /**
     * Raises the tickets through both nodes a minute apart, accepts some, then moves the
     * clock on in steps of minutes, hours and days, pausing {@code pause} of real time at each.
     */
    private List<TicketId> raiseAndLetTimePass(Node a, Node b, Duration pause) throws InterruptedException {
        List<TicketId> tickets = new ArrayList<>();
        for (int i = 0; i < TICKETS; i++) {
            Node through = i % 2 == 0 ? a : b;
            TicketView ticket = raise(through, i);
            tickets.add(ticket.id());
            if (i % 4 == 3 && ticket.group().equals(DemoHospital.DESKTOP)) {
                through.desk().tickets().handle(new TicketCommand.Accept(DemoHospital.LEAD_SUN, ticket.id(),
                        ticket.version()));
            }
            step(Duration.ofMinutes(1), pause);
        }
        for (int i = 0; i < 20; i++) {
            step(Duration.ofMinutes(5), pause);
        }
        for (int i = 0; i < 24; i++) {
            step(Duration.ofHours(2), pause);
        }
        for (int i = 0; i < 14; i++) {
            step(Duration.ofHours(12), pause);
        }
        return tickets;
    }

    private void step(Duration by, Duration pause) throws InterruptedException {
        clock.advance(by);
        Thread.sleep(pause.toMillis());
    }

    private static TicketView raise(Node node, int i) {
        String[] levels = IMPACT_URGENCY[i % IMPACT_URGENCY.length];
        String category = CATEGORIES[i % CATEGORIES.length];
        Actor caller = i % 3 == 0 ? DemoHospital.NURSE_WANG : DemoHospital.DOCTOR_ZHAO;
        ContactView contact = node.desk().desk().logContact(new ContactCommand.Log(DemoHospital.AGENT_CHEN,
                ContactChannel.PHONE, caller.staffId(), DemoHospital.WARD_5_EAST, null, "5501",
                "call " + i + " about " + category));
        return node.desk().desk().raiseTicket(new ContactCommand.RaiseTicket(DemoHospital.AGENT_CHEN, contact.id(),
                TicketType.INCIDENT, "ticket " + i + " on " + category, category, levels[0], levels[1],
                ServiceCriticality.GENERAL, false, null));
    }

    /** Waits until the log holds every escalation the policy expects now, and a little longer for extras. */
    private void awaitQuiet(Node a, List<TicketId> tickets) throws InterruptedException {
        Set<String> expected = expectedKeys(a, tickets);
        awaitUntil(() -> escalations(a).size() >= expected.size());
        Thread.sleep(1_000);
    }

    private void checkExactlyOnce(String variant, Node a, Node b, long startedNanos) {
        List<TicketId> tickets = a.storage().events().readAfter(0, 100_000).stream().map(LoggedEvent::event)
                .filter(TicketEvent.Raised.class::isInstance).map(e -> ((TicketEvent.Raised) e).ticketId()).toList();
        Set<String> expected = expectedKeys(a, tickets);
        List<ThresholdCrossed> escalations = escalations(a);
        List<String> keys = escalations.stream().map(ThresholdCrossed::key).toList();
        assertThat(escalationNotices(a.notifier())).as("escalations told by node A itself").isEmpty();
        assertThat(escalationNotices(b.notifier())).as("escalations told by node B itself").isEmpty();
        FailingOnceNotifier relayed = new FailingOnceNotifier();
        InMemoryPeopleNotifications relay = new InMemoryPeopleNotifications(new ServiceDeskPorts(a.storage().tickets(),
                a.storage().contacts(), a.storage().numbers(), a.storage().events(), relayed, DemoHospital.directory(),
                a.storage().transactions(), clock, a.storage().personalDataReads()), new InMemoryTransactions(),
                relayed.recorded);
        relay.pass(); // the first notification fails: the pass stops there, to try again
        assertThat(relayed.failures).as("deliveries refused by the notifier").isEqualTo(1);
        relay.pass();
        List<Notification> notifications = escalationNotices(relayed.recorded);
        long toldLeads = escalations.stream()
                .filter(e -> DemoHospital.directory().group(e.group()).map(AssignmentGroup::lead).isPresent()).count();
        Duration took = Duration.ofNanos(System.nanoTime() - startedNanos);
        System.out.printf("two-node escalation (%s): %d tickets, %d escalations expected, %d recorded, "
                        + "%d notifications through the relay, monitor runs A %d B %d (failed A %d B %d), %.1f s%n",
                variant, tickets.size(), expected.size(), keys.size(), notifications.size(), a.runs().get(), b.runs().get(),
                a.failures().get(), b.failures().get(), took.toMillis() / 1000.0);

        assertThat(tickets).hasSize(TICKETS);
        assertThat(expected).as("thresholds crossed").hasSizeGreaterThan(2 * TICKETS);
        assertThat(keys).as("escalations in the event log").doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(notifications).as("notifications through the relay").hasSize((int) toldLeads)
                .extracting(n -> n.recipient() + " " + n.reference() + " " + n.text()).doesNotHaveDuplicates();
        assertThat(toldLeads).isPositive();
        assertThat(a.runs().get()).as("runs of node A").isPositive();
        assertThat(b.runs().get()).as("runs of node B").isPositive();
        // Overlapping runs leave the catch-up to the run ahead and escalate under the escalation
        // log's keys: they end normally. A run may still fail on a lock conflict between two
        // catch-ups of different batches (the next run repeats its work), rarely.
        int runs = a.runs().get() + b.runs().get();
        assertThat(a.failures().get() + b.failures().get()).as("failed runs of %s", runs).isLessThanOrEqualTo(runs / 20);
    }

    /** The keys of every threshold crossed by now, as the SLA policy measures each ticket from its history. */
    private Set<String> expectedKeys(Node node, List<TicketId> tickets) {
        SlaConfiguration configuration = node.storage().slaConfiguration().configuration().orElseThrow();
        SlaPolicy policy = new SlaPolicy(configuration.catalogue(), CalendarPolicy.of(Maps.transformValues(
                configuration.calendars(), name -> node.storage().slaConfiguration().calendar(name).orElseThrow())));
        Instant now = clock.instant();
        Set<String> keys = new HashSet<>();
        for (TicketId id : tickets) {
            List<TicketEvent> history = node.storage().events().history(id.toString()).stream()
                    .filter(TicketEvent.class::isInstance).map(TicketEvent.class::cast).toList();
            SlaMeasurement measurement = policy.measure(history, now);
            for (SlaThreshold threshold : measurement.crossedThresholds()) {
                // number, priority, group and time are not part of the key
                keys.add(new ThresholdCrossed(id, TicketNumber.parse("INC-2026-000001"), threshold,
                        measurement.clock(threshold.clock()).startedAt(), Priority.P3, DemoHospital.DESKTOP,
                        Actor.SYSTEM_ID, now).key());
            }
        }
        return keys;
    }

    private static List<ThresholdCrossed> escalations(Node node) {
        return node.storage().events().readAfter(0, 100_000).stream().map(LoggedEvent::event)
                .filter(ThresholdCrossed.class::isInstance).map(ThresholdCrossed.class::cast).toList();
    }

    private static List<Notification> escalationNotices(RecordingNotifier notifier) {
        return notifier.sent().stream().filter(n -> n.topic().equals("sla.threshold-crossed")).toList();
    }

    /** A notifier whose first delivery fails, as a paging gateway that is down for a moment; it records the others. */
    private static final class FailingOnceNotifier implements Notifier {
        final RecordingNotifier recorded = new RecordingNotifier();
        int failures;

        @Override
        public synchronized void notify(Notification notification) {
            if (failures == 0 && notification.topic().equals("sla.threshold-crossed")) {
                failures++;
                throw new IllegalStateException("the paging gateway is down");
            }
            recorded.notify(notification);
        }
    }

    private static void closeStorages(Node a, Node b) {
        a.storage().close();
        b.storage().close();
    }

    private static void awaitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }
}
