package org.itilhis.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.itilhis.core.calendar.CalendarDays;
import org.itilhis.core.cmdb.CiStatus;
import org.itilhis.core.inspection.InspectionRound;
import org.itilhis.core.inspection.ItemKind;
import org.itilhis.core.inspection.RoundEvent;
import org.itilhis.core.inspection.RoundStanding;
import org.itilhis.core.inspection.RoundStatus;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.ports.common.LoggedEvent;
import org.itilhis.ports.common.Notification;
import org.itilhis.ports.configuration.in.CiData;
import org.itilhis.ports.configuration.in.CiView;
import org.itilhis.ports.configuration.in.CmdbCommand;
import org.itilhis.ports.configuration.service.Cmdb;
import org.itilhis.ports.configuration.service.CmdbPorts;
import org.itilhis.ports.configuration.service.CmdbSettings;
import org.itilhis.ports.operations.in.InspectionCommand;
import org.itilhis.ports.operations.in.InspectionScheduleView;
import org.itilhis.ports.operations.in.RoundView;
import org.itilhis.ports.operations.service.CronSchedule;
import org.itilhis.ports.operations.service.InspectionPorts;
import org.itilhis.ports.operations.service.InspectionSettings;
import org.itilhis.ports.operations.service.Inspections;
import org.itilhis.ports.operations.service.RoundsDue;
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
 * Issue 18's inspection rounds on two application nodes sharing one PostgreSQL schema, each with
 * its own pool, storage, desk, CMDB, inspections and notifier, as {@link
 * PostgresqlTwoNodeEscalationIT} does for the SLA: desktop support's three schedules (every half
 * hour round the clock, on the hour round the clock, a quarter past each office hour on working
 * days) run for a working day while both nodes run the rounds-due work in tight loops at once,
 * and engineer Liu records every third round still open through either node. At the end each due
 * time of each schedule has exactly one round; every round not recorded by the close of its
 * window was flagged missed exactly once, with one notification to lead Sun between the two
 * nodes; nothing recorded was flagged.
 */
class PostgresqlTwoNodeRoundsDueIT {
    /** Monday 2 March 2026, 08:00 in Shanghai: a working day. */
    private static final Instant MORNING = Instant.parse("2026-03-02T00:00:00Z");
    private static final Duration DAY = Duration.ofHours(10);
    private static final Duration STEP = Duration.ofMinutes(5);
    private static final InspectionSettings SETTINGS = new InspectionSettings(Duration.ofHours(1), Duration.ofDays(7));

    private final MutableClock clock = new MutableClock(MORNING, ServiceDeskSettings.CHINA);

    /** One application node: its own pool and storage on the shared schema, and its own notifier. */
    private record Node(String name, JdbcServiceDeskStorage storage, Cmdb cmdb, Inspections inspections,
                        RecordingNotifier notifier, AtomicInteger runs, AtomicInteger made, AtomicInteger missed,
                        AtomicInteger failures) {
        void runRoundsDue() {
            try {
                RoundsDue.Outcome outcome = inspections.roundsDue().run();
                made.addAndGet(outcome.made());
                missed.addAndGet(outcome.missed());
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
                storage.personalDataReads());
        ServiceDesk desk = ServiceDesk.create(ports, DemoHospital.settings(), InMemoryServiceDesk.validator());
        if (name.equals("node-a")) {
            DemoHospital.configureServiceLevels(ServiceLevels.create(new ServiceLevelPorts(ports,
                    storage.slaConfiguration(), storage.watches(), storage.standings(), storage.escalations()),
                    DemoHospital.settings(), desk).administration());
        }
        Cmdb cmdb = Cmdb.create(new CmdbPorts(ports, storage.configurationItems(), storage.affectedCiLinks(),
                        storage.cmdb().faultIncidentLinks()), CmdbSettings.hospitalDefault(), DemoHospital.settings(),
                InMemoryServiceDesk.validator(), desk);
        Inspections inspections = Inspections.create(new InspectionPorts(ports, storage.slaConfiguration(),
                storage.configurationItems(), cmdb.faultIncidents(), storage.inspection().templates(),
                storage.inspection().schedules(), storage.inspection().rounds()), SETTINGS, DemoHospital.settings(),
                InMemoryServiceDesk.validator());
        return new Node(name, storage, cmdb, inspections, notifier, new AtomicInteger(), new AtomicInteger(),
                new AtomicInteger(), new AtomicInteger());
    }

    @Test
    void twoNodesRunningTheRoundsDueWorkAtOnceMakeEachRoundOnceAndFlagEachMissedRoundOnce()
            throws InterruptedException {
        try (IsolatedDatabase db = IsolatedDatabase.of(DatabaseServer.POSTGRESQL)) {
            Node a = node("node-a", db.dataSource());
            Node b = node("node-b", db.otherPool());
            List<InspectionScheduleView> schedules = schedule(a);
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> loops = new ArrayList<>();
            for (Node node : List.of(a, b, a, b)) {
                Thread loop = new Thread(() -> {
                    while (!stop.get()) {
                        try {
                            node.runRoundsDue();
                        } catch (RuntimeException counted) {
                            // counted in failures, which must stay none
                        }
                    }
                }, node.name() + "-loop");
                loop.start();
                loops.add(loop);
            }
            Set<String> recorded;
            try {
                recorded = letTheDayPass(a, b);
            } finally {
                stop.set(true);
                for (Thread loop : loops) {
                    loop.join(30_000);
                }
            }
            a.runRoundsDue();
            b.runRoundsDue();
            try {
                checkExactlyOnce(a, b, schedules, recorded);
            } finally {
                a.storage().close();
                b.storage().close();
            }
        }
    }

    /** Lead Sun's printer checklist and its three schedules, defined through node A; answers the schedules. */
    private static List<InspectionScheduleView> schedule(Node a) {
        CiView printer = a.cmdb().items().handle(new CmdbCommand.RegisterCi(DemoHospital.CONFIG_MANAGER_QIAN, "printer",
                new CiData("PRN-5E-01", "Ward 5 East printer", null, "Main campus", "Building 7", "5", null,
                        "ward-5-east", null, ServiceCriticality.GENERAL, null, null, Map.of("printerKind", "laser")),
                CiStatus.IN_USE));
        a.inspections().inspections().writeTemplate(new InspectionCommand.WriteTemplate(DemoHospital.LEAD_SUN,
                "PRN-ROUND", DemoHospital.DESKTOP, 0L, "打印机巡检 printer round", printer.item().id(), List.of(
                new InspectionCommand.ItemDefinition("toner", "Toner left", ItemKind.READING, null, "%",
                        new BigDecimal("10"), null, null, null),
                new InspectionCommand.ItemDefinition("test-page", "Test page prints", ItemKind.PASS_FAIL, null, null,
                        null, null, null, null))));
        List<InspectionScheduleView> schedules = new ArrayList<>();
        for (String[] rule : new String[][] {{"*/30 * * * *", "EVERY_DAY", "24x7", "PT10M"},
                {"0 * * * *", "EVERY_DAY", "24x7", "PT20M"}, {"15 9-17 * * *", "WORKING_DAYS", "office-hours", "PT30M"}}) {
            schedules.add(a.inspections().inspections().defineSchedule(new InspectionCommand.DefineSchedule(
                    DemoHospital.LEAD_SUN, DemoHospital.DESKTOP, "PRN-ROUND", rule[0], CalendarDays.valueOf(rule[1]),
                    rule[2], Duration.parse(rule[3]))));
        }
        return schedules;
    }

    /**
     * Moves the clock across the day five minutes at a time, pausing a little at each step; at
     * each, Liu records through either node every third round open now that is still due or
     * overdue. Answers the rounds recorded.
     */
    private Set<String> letTheDayPass(Node a, Node b) throws InterruptedException {
        Set<String> recorded = new java.util.HashSet<>();
        int step = 0;
        while (clock.instant().isBefore(MORNING.plus(DAY))) {
            clock.advance(STEP);
            Thread.sleep(40);
            Node through = step++ % 2 == 0 ? a : b;
            Instant now = clock.instant();
            for (RoundView round : through.inspections().queries().rounds(DemoHospital.ENGINEER_LIU,
                    DemoHospital.DESKTOP, MORNING, now.plusSeconds(1),
                    EnumSet.of(RoundStanding.DUE, RoundStanding.OVERDUE))) {
                InspectionRound open = InspectionRound.restore(round.state());
                if (open.opens().isAfter(now) || Math.floorMod(round.id().hashCode(), 3) != 0) {
                    continue;
                }
                through.inspections().inspections().recordRound(new InspectionCommand.RecordRound(
                        DemoHospital.ENGINEER_LIU, round.id(), round.version(), round.state().templateVersion(),
                        DemoHospital.ENGINEER_LIU.staffId(), now, List.of(
                        new InspectionCommand.Answer("toner", null, "65", "%", null, null),
                        new InspectionCommand.Answer("test-page", true, null, null, null, null))));
                recorded.add(round.id().toString());
            }
        }
        return recorded;
    }

    private void checkExactlyOnce(Node a, Node b, List<InspectionScheduleView> schedules, Set<String> recorded) {
        Instant end = clock.instant();
        List<InspectionRound> rounds = a.storage().inspection().rounds().ofGroup(DemoHospital.DESKTOP,
                MORNING.minus(Duration.ofDays(1)), end.plus(Duration.ofDays(1)));
        Map<String, List<RoundEvent>> histories = a.storage().events().readAfter(0, 1_000_000).stream()
                .map(LoggedEvent::event).filter(RoundEvent.class::isInstance).map(RoundEvent.class::cast)
                .collect(Collectors.groupingBy(event -> event.roundId().toString()));
        List<Notification> notifications = new ArrayList<>(a.notifier().sent());
        notifications.addAll(b.notifier().sent());
        List<Notification> missedNotices = notifications.stream()
                .filter(n -> n.topic().equals(RoundsDue.TOPIC)).toList();
        List<InspectionRound> missed = rounds.stream().filter(r -> r.status() == RoundStatus.MISSED).toList();
        System.out.printf("two-node rounds due: %d rounds (%d recorded, %d missed), made A %d B %d, flagged A %d B %d, "
                        + "runs A %d B %d (failed A %d B %d), %d missed-round notifications%n", rounds.size(),
                recorded.size(), missed.size(), a.made().get(), b.made().get(), a.missed().get(), b.missed().get(),
                a.runs().get(), b.runs().get(), a.failures().get(), b.failures().get(), missedNotices.size());

        for (InspectionScheduleView schedule : schedules) {
            List<Instant> expected = CronSchedule.parse("cron", schedule.state().expression(), schedule.state().days())
                    .dueTimes(schedule.state().since(), end.plus(SETTINGS.ahead()),
                            a.storage().slaConfiguration().calendar(schedule.state().calendar()).orElseThrow()
                                    .calendarInForceAt(end));
            assertThat(rounds).filteredOn(r -> r.schedule().equals(schedule.id())).extracting(InspectionRound::due)
                    .as("the rounds of %s", schedule.state().expression()).containsExactlyElementsOf(expected);
        }
        assertThat(rounds).extracting(r -> r.slot().toString()).doesNotHaveDuplicates();
        assertThat(a.made().get() + b.made().get()).as("rounds made between the nodes").isEqualTo(rounds.size());
        for (InspectionRound round : rounds) {
            List<String> types = histories.get(round.id().toString()).stream().map(RoundEvent::type).toList();
            if (recorded.contains(round.id().toString())) {
                assertThat(types).as("round %s", round.slot()).containsExactly("inspection-round.due",
                        "inspection-round.recorded");
            } else if (round.closes().isBefore(end)) {
                assertThat(round.status()).as("round %s", round.slot()).isEqualTo(RoundStatus.MISSED);
                assertThat(types).as("round %s", round.slot()).containsExactly("inspection-round.due",
                        "inspection-round.missed");
            } else {
                assertThat(types).as("round %s", round.slot()).containsExactly("inspection-round.due");
            }
        }
        assertThat(recorded).as("rounds recorded").isNotEmpty();
        assertThat(missed).as("rounds missed").hasSizeGreaterThan(10);
        assertThat(a.missed().get() + b.missed().get()).as("rounds flagged between the nodes").isEqualTo(missed.size());
        assertThat(missedNotices).extracting(Notification::reference).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(missed.stream().map(r -> r.id().toString()).toList());
        assertThat(missedNotices).extracting(Notification::recipient).containsOnly(DemoHospital.LEAD_SUN.staffId());
        assertThat(a.runs().get()).as("runs of node A").isGreaterThan(10);
        assertThat(b.runs().get()).as("runs of node B").isGreaterThan(10);
        assertThat(a.failures().get() + b.failures().get()).as("failed runs").isZero();
        assertThat(rounds.stream().collect(Collectors.groupingBy(InspectionRound::schedule, Collectors.counting())))
                .hasSize(schedules.size());
    }
}
