package org.itilhis.benchmarks;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.itilhis.core.change.ChangeId;
import org.itilhis.core.change.ChangeNumber;
import org.itilhis.core.change.WeeklyWindow;
import org.itilhis.core.change.schedule.ChangeSchedule;
import org.itilhis.core.change.schedule.ChangeWindow;
import org.itilhis.core.change.schedule.ChangeWindowId;
import org.itilhis.core.change.schedule.ConflictKind;
import org.itilhis.core.change.schedule.ScheduleCheck;
import org.itilhis.core.change.schedule.ScheduleConflict;
import org.itilhis.core.change.schedule.ScheduledChange;
import org.itilhis.core.change.schedule.WindowKind;
import org.itilhis.core.cmdb.CiClassCatalogue;
import org.itilhis.core.cmdb.CiGraph;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.RelationshipRules;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The change schedule's conflict checks on the estate of {@link SyntheticHospitalEstate} (100,000
 * items, 300,000 relationships, redundancy rules on every application, database, host and
 * switch) with 500 changes scheduled over four weeks from a fixed seed, as a hospital group's
 * change calendar looks: most at night between 22:00 and 03:00, a few in the day; most on one
 * virtual server (each reaching a whole hospital's software, about 700 items and 100 services,
 * degraded through the redundancy rules), a fifth on the neighbouring server of another change
 * that night (often the other member of a redundant pair: a combined outage), some on access
 * switches, some on the same server as another change. The windows: the outpatient peak (weekdays
 * 07:30 to 12:00) on every business service, the Spring Festival freeze of 2027 on all of them, and
 * maintenance windows (Tuesday and Thursday nights) on the first thousand virtual servers.
 *
 * <p>Measured, as sampled times (median and 99th percentile): a candidate change checked against
 * the 500 ({@link ChangeSchedule#check}), the whole schedule's conflicts with the 500 changes
 * assessed beforehand ({@link ChangeSchedule#conflicts}), and the same from the list of changes
 * (each change's impact computed first, as the ports do when they load the schedule). The graph,
 * the windows and the check are built once, in the setup, as the application keeps them.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class ChangeScheduleBenchmark {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeScheduleBenchmark.class);
    static final int CHANGES = 500;
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final LocalDate FIRST_DAY = LocalDate.of(2027, 3, 1);
    static final int DAYS = 28;

    private ScheduleCheck check;
    private List<ScheduledChange> changes;
    private ChangeSchedule schedule;
    private ScheduledChange candidate;

    @Setup(Level.Trial)
    public void setUp() {
        SyntheticHospitalEstate estate = new SyntheticHospitalEstate();
        CiGraph graph = estate.build(RelationshipRules.hospitalDefault(CiClassCatalogue.hospitalDefault()));
        check = ScheduleCheck.of(graph, windows(estate));
        changes = changes(estate, new Random(20270301L));
        long start = System.nanoTime();
        schedule = check.schedule(changes);
        long assessed = System.nanoTime();
        List<ScheduleConflict> conflicts = schedule.conflicts();
        long checked = System.nanoTime();
        candidate = candidate(estate);
        LOG.info("{}: assessed in {} ms, checked in {} ms; conflicts {}", schedule, (assessed - start) / 1_000_000,
                (checked - assessed) / 1_000_000, count(conflicts));
        LOG.info("combined outages of 3 or more changes: {}; candidate {}: conflicts {}",
                conflicts.stream().filter(c -> c.kind() == ConflictKind.COMBINED_OUTAGE && c.changes().size() > 2).count(),
                candidate, count(schedule.check(candidate)));
    }

    private static Map<ConflictKind, Long> count(List<ScheduleConflict> conflicts) {
        return conflicts.stream().collect(Collectors.groupingBy(ScheduleConflict::kind, Collectors.counting()));
    }

    static List<ChangeWindow> windows(SyntheticHospitalEstate estate) {
        List<CiId> services = Arrays.asList(estate.services);
        return List.of(
                ChangeWindow.recurring(ChangeWindowId.of("outpatient-peak"), "Outpatient peak", WindowKind.BLACKOUT,
                        services, WeeklyWindow.weekdays(LocalTime.of(7, 30), LocalTime.of(12, 0)), SHANGHAI),
                ChangeWindow.dated(ChangeWindowId.of("spring-festival-2027"), "Spring Festival freeze", WindowKind.BLACKOUT,
                        services, LocalDateTime.of(2027, 2, 5, 18, 0), LocalDateTime.of(2027, 2, 13, 8, 0), SHANGHAI),
                ChangeWindow.recurring(ChangeWindowId.of("server-maintenance"), "Server maintenance nights",
                        WindowKind.MAINTENANCE, Arrays.asList(estate.virtualServers).subList(0, 1_000),
                        new WeeklyWindow(Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), LocalTime.of(22, 0),
                                LocalTime.of(23, 59)), SHANGHAI));
    }

    /** 500 changes over four weeks, about 18 a day, mostly at night, some on neighbouring or the same servers. */
    static List<ScheduledChange> changes(SyntheticHospitalEstate estate, Random random) {
        List<ScheduledChange> changes = new ArrayList<>(CHANGES);
        List<Integer> serverOf = new ArrayList<>();
        for (int n = 0; n < CHANGES; n++) {
            int day = n * DAYS / CHANGES;
            boolean daytime = random.nextInt(20) == 0;
            LocalDateTime start = FIRST_DAY.plusDays(day).atTime(daytime ? LocalTime.of(10, 0) : LocalTime.of(22, 0))
                    .plusMinutes(30L * random.nextInt(8));
            int roll = random.nextInt(100);
            CiId touched;
            int server = -1;
            int sameNight = n - 1 - random.nextInt(Math.min(n, 10) + 1);
            if (roll < 20 && sameNight >= 0 && serverOf.get(sameNight) >= 0) {
                server = serverOf.get(sameNight) + 1;
                touched = estate.virtualServers[server];
            } else if (roll < 25 && sameNight >= 0 && serverOf.get(sameNight) >= 0) {
                server = serverOf.get(sameNight);
                touched = estate.virtualServers[server];
            } else if (roll < 35) {
                touched = estate.accessSwitches[random.nextInt(estate.accessSwitches.length)];
            } else {
                server = random.nextInt(estate.virtualServers.length - 1);
                touched = estate.virtualServers[server];
            }
            serverOf.add(server);
            changes.add(change(n + 1, Set.of(touched), start, 60 + 30 * random.nextInt(5), random.nextInt(10) < 8));
        }
        return changes;
    }

    /** A change on the neighbour of the first night's first server change, overlapping it. */
    private ScheduledChange candidate(SyntheticHospitalEstate estate) {
        ScheduledChange first = changes.stream()
                .filter(c -> c.takesTouchedDown() && Arrays.asList(estate.virtualServers).contains(c.touched().iterator().next()))
                .findFirst().orElseThrow();
        int server = Arrays.asList(estate.virtualServers).indexOf(first.touched().iterator().next());
        return new ScheduledChange(new ChangeId(new UUID(0xc4a, 0)), ChangeNumber.of(2027, 9999),
                Set.of(estate.virtualServers[server + 1]), first.start(), first.end(), true);
    }

    private static ScheduledChange change(int n, Set<CiId> touched, LocalDateTime start, int minutes, boolean outage) {
        Instant from = start.atZone(SHANGHAI).toInstant();
        return new ScheduledChange(new ChangeId(new UUID(0xc4a, n)), ChangeNumber.of(2027, n), touched, from,
                from.plusSeconds(60L * minutes), outage);
    }

    /** A candidate change checked against the 500 scheduled ones: blackouts, nearby changes, combined outages. */
    @Benchmark
    public List<ScheduleConflict> checkACandidateAgainstTheSchedule() {
        return schedule.check(candidate);
    }

    /** Every conflict among the 500, their impacts already assessed. */
    @Benchmark
    public List<ScheduleConflict> checkTheWholeSchedule() {
        return schedule.conflicts();
    }

    /** Every conflict among the 500 from the list of changes: 500 impact analyses, then the checks. */
    @Benchmark
    public List<ScheduleConflict> assessAndCheckTheWholeSchedule() {
        return check.schedule(changes).conflicts();
    }
}
