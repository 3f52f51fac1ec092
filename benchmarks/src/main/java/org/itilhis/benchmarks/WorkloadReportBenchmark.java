package org.itilhis.benchmarks;

import com.google.common.collect.ImmutableSet;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.itilhis.adapters.jdbc.JdbcServiceDeskStorage;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.calendar.ChinaMainland;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.Role;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.SupportTier;
import org.itilhis.core.workload.SplitRules;
import org.itilhis.ports.common.AssignmentGroup;
import org.itilhis.ports.common.EventLog;
import org.itilhis.ports.common.LoggedEvent;
import org.itilhis.ports.common.StaffMember;
import org.itilhis.ports.reporting.in.WorkloadReport;
import org.itilhis.ports.reporting.in.WorkloadRequest;
import org.itilhis.ports.reporting.service.Reporting;
import org.itilhis.ports.reporting.service.ReportingPorts;
import org.itilhis.ports.reporting.service.WorkloadProjection;
import org.itilhis.ports.servicedesk.service.ServiceDeskPorts;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.memory.InMemoryStaffDirectory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The workload report (issue 17) on PostgreSQL over a hospital's year: {@link WorkloadYear}'s
 * 1,000,000 tickets and their 6.3 million events, bulk-loaded in SQL into a dedicated database,
 * made into the pre-aggregated workload facts (see below), then asked through the reporting
 * service ({@code Reporting.workload().report}) as the REST resource asks it: each report first
 * checks that the projection is current, sums the facts of its days in SQL (one GROUP BY per
 * view), splits the worked intervals against the roster in Java and records the engineers shown
 * as personal-data reads. Sampled times, so the median and the 99th percentile:
 *
 * <ul>
 *   <li>{@code hospitalMonth}: the IT director's report of a whole month (all 30 groups, 300
 *   engineers, 60 departments), each call the next month of 2026;</li>
 *   <li>{@code groupMonth}: a group lead's report of their group's month (desktop support of the
 *   north campus), each call the next month;</li>
 *   <li>{@code engineerQuarter}: an engineer's own report of a quarter, each call the next
 *   quarter.</li>
 * </ul>
 *
 * <p>The first run loads the year (about 20 minutes on the two loaded cores of the development
 * machine). The facts are then made by the real projection ({@link WorkloadProjection#run()}
 * over the JDBC event log and facts) for at most {@code -Dworkload.catchUpSeconds} (300 by
 * default), timed, its events per second printed; what it stored is checked against the same
 * facts computed in SQL ({@link WorkloadFactsInSql}), which fills them for the rest of the log.
 * The database is then marked loaded, and later runs reuse it at once. The roster is generated in
 * memory ({@link WorkloadRota}: day shifts, evenings and nights, on call), not read from a roster
 * store. Build the jar, then:
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am -DskipTests package
 * java -jar benchmarks/target/benchmarks.jar WorkloadReportBenchmark -f 1 -wi 2 -i 5
 * </pre>
 *
 * Set {@code ITILHIS_WORKLOAD_URL} (and {@code ITILHIS_PG_USER}, {@code ITILHIS_PG_PASSWORD})
 * for another database than {@code jdbc:postgresql://127.0.0.1:5432/itilhis_workload}; with one
 * of its own, {@code -p tickets=20000} loads a small year for a quick try. {@code
 * java -cp benchmarks/target/benchmarks.jar org.itilhis.benchmarks.WorkloadYearLoad} loads the
 * year without the benchmark.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@State(Scope.Benchmark)
public class WorkloadReportBenchmark {
    /** The hospital's IT director: everyone's figures. */
    static final Actor DIRECTOR = Actor.of("M0001", Role.IT_DIRECTOR);
    /** The lead of desktop support on the north campus (group desktop-north, E0031 to E0040). */
    static final Actor LEAD = Actor.of("E0031", Role.FIRST_LINE_ENGINEER, Role.GROUP_LEAD);
    /** An engineer of that group: their own figures. */
    static final Actor ENGINEER = Actor.of("E0034", Role.FIRST_LINE_ENGINEER);

    @Param({"1000000"})
    public int tickets;

    private WorkloadYear year;
    private ValidatorFactory validators;
    private Reporting reporting;
    private int month;
    private int quarter;

    @Setup(Level.Trial)
    public void setUp() {
        if (tickets != 1_000_000 && System.getenv("ITILHIS_WORKLOAD_URL") == null) {
            throw new IllegalStateException("-p tickets=" + tickets + " needs ITILHIS_WORKLOAD_URL naming a database of"
                    + " its own (jdbc:postgresql://127.0.0.1:5432/itilhis_workload_" + tickets + ", say)");
        }
        year = WorkloadYear.open(tickets);
        validators = Validation.buildDefaultValidatorFactory();
        JdbcServiceDeskStorage storage = year.storage();
        InMemoryStaffDirectory directory = directory();
        BusinessCalendar calendar = ChinaMainland.officeHours();
        WorkloadRota rota = WorkloadRota.of(groups(directory), WorkloadYear.FIRST_DAY.minusDays(1),
                WorkloadYear.LAST_DAY, calendar);
        Clock clock = Clock.fixed(Instant.parse("2027-01-04T02:00:00Z"), ZoneOffset.UTC);
        ServiceDeskPorts desk = new ServiceDeskPorts(storage.tickets(), storage.contacts(), storage.numbers(),
                storage.events(), notification -> { }, directory, storage.transactions(), clock,
                storage.personalDataReads());
        reporting = Reporting.create(new ReportingPorts(desk, rota, storage.reporting().workload()),
                SplitRules.onSite(calendar), DemoHospital.settings(), validators.getValidator());
        System.out.printf(Locale.ROOT, "%nRoster: %,d duties (in memory)%n", rota.size());
        catchUp(desk, new ReportingPorts(desk, rota, storage.reporting().workload()), SplitRules.onSite(calendar));
        System.out.print(year.tableSizes("event", "ticket", "workload_fact", "workload_interval", "workload_track"));
        WorkloadReport march = reporting.workload().report(DIRECTOR, monthOf(3));
        System.out.printf(Locale.ROOT, "March 2026, whole hospital: %,d engineer rows, %,d group rows, %,d caller department"
                + " rows%n", march.engineers().size(), march.groups().size(), march.callerDepartments().size());
    }

    /**
     * Brings the facts up to date with the log. The real projection runs first, timed, for at
     * most {@code -Dworkload.catchUpSeconds} (300 by default; pass it to the fork with {@code
     * -jvmArgsAppend}); its events per second are printed. Should it not have caught up by then
     * (the whole year takes it most of an hour on the development machine), the facts it stored
     * are checked against the same facts computed in SQL ({@link WorkloadFactsInSql}), which then
     * fills them for the whole log. Then {@code VACUUM ANALYZE} of the facts, as after any bulk
     * write, and the database is marked loaded.
     */
    private void catchUp(ServiceDeskPorts desk, ReportingPorts ports, SplitRules rules) {
        long behind = eventsBehind();
        if (behind == 0) {
            return;
        }
        long seconds = Long.getLong("workload.catchUpSeconds", 300);
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        EventLog events = desk.events();
        EventLog timeBoxed = new EventLog() {
            @Override
            public void append(List<? extends DomainEvent> appended) {
                events.append(appended);
            }

            @Override
            public List<DomainEvent> history(String aggregateId) {
                return events.history(aggregateId);
            }

            @Override
            public List<LoggedEvent> readAfter(long position, int limit) {
                return System.nanoTime() < deadline ? events.readAfter(position, limit) : List.of();
            }

            @Override
            public long head() {
                return events.head();
            }
        };
        ServiceDeskPorts boxed = new ServiceDeskPorts(desk.tickets(), desk.contacts(), desk.numbers(), timeBoxed,
                desk.notifier(), desk.directory(), desk.transactions(), desk.clock(), desk.reads());
        Reporting catchingUp = Reporting.create(new ReportingPorts(boxed, ports.duties(), ports.facts()), rules,
                DemoHospital.settings(), validators.getValidator());
        long start = System.nanoTime();
        WorkloadProjection.Run run = catchingUp.projection().run();
        double took = (System.nanoTime() - start) / 1e9;
        String rate = String.format(Locale.ROOT, "%,d events in %.1f s: %,.0f events/s", run.events(), took,
                run.events() / Math.max(took, 1e-9));
        System.out.printf(Locale.ROOT, "Projection catch-up (at most %d s): %s, position %,d of %,d%n", seconds, rate,
                run.position(), run.position() + eventsBehind());
        year.timings().put("projection catch-up", rate);
        long left = eventsBehind();
        if (left > 0) {
            WorkloadFactsInSql sql = new WorkloadFactsInSql(year);
            long checking = System.nanoTime();
            if (!sql.sameAsProjected(run.position())) {
                throw new IllegalStateException("the facts the projection stored for the first " + run.position()
                        + " events differ from those computed in SQL (see above)");
            }
            year.timed(String.format(Locale.ROOT, "the projection's facts of the first %,d events equal SQL's",
                    run.position()), checking);
            long filling = System.nanoTime();
            long last = run.position() + left;
            String filled = sql.replaceUpTo(last);
            year.timed(String.format(Locale.ROOT, "facts of all %,d events computed in SQL (%s)", last, filled),
                    filling);
        } else {
            long vacuum = System.nanoTime();
            year.execute("VACUUM ANALYZE workload_fact", "VACUUM ANALYZE workload_interval",
                    "VACUUM ANALYZE workload_track");
            year.timed("VACUUM ANALYZE of the facts", vacuum);
        }
        year.markLoaded(year.timings().toString());
    }

    private long eventsBehind() {
        long projected = year.storage().transactions().inTransaction(() -> year.storage().reporting().workload()
                .position());
        try (Connection connection = year.connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT COALESCE(max(position), 0) FROM event")) {
            row.next();
            return row.getLong(1) - projected;
        } catch (SQLException failure) {
            throw new IllegalStateException("reading the event log's last position: " + failure.getMessage(), failure);
        }
    }

    /** The directory of the year's staff ({@code workload_benchmark_staff}) and the director. */
    private InMemoryStaffDirectory directory() {
        InMemoryStaffDirectory directory = new InMemoryStaffDirectory();
        Map<String, List<StaffId>> members = new LinkedHashMap<>();
        Map<String, StaffId> leads = new LinkedHashMap<>();
        Map<String, SupportTier> tiers = new LinkedHashMap<>();
        try (Connection connection = year.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT engineer, group_id, first_line, lead, department FROM "
                     + "workload_benchmark_staff ORDER BY engineer")) {
            while (rows.next()) {
                StaffId engineer = StaffId.of(rows.getString(1));
                String group = rows.getString(2);
                members.computeIfAbsent(group, g -> new ArrayList<>()).add(engineer);
                tiers.put(group, rows.getBoolean(3) ? SupportTier.FIRST_LINE : SupportTier.SECOND_LINE);
                if (rows.getBoolean(4)) {
                    leads.put(group, engineer);
                }
                directory.add(new StaffMember(engineer, "Engineer " + engineer.value(),
                        DepartmentId.of(rows.getString(5)), Optional.empty()));
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("reading the year's staff: " + failure.getMessage(), failure);
        }
        members.forEach((group, staff) -> directory.add(new AssignmentGroup(GroupId.of(group), group, tiers.get(group),
                leads.get(group), ImmutableSet.copyOf(staff))));
        directory.add(new StaffMember(DIRECTOR.staffId(), "IT director", DepartmentId.of("it"), Optional.empty()));
        return directory;
    }

    private static List<AssignmentGroup> groups(InMemoryStaffDirectory directory) {
        List<AssignmentGroup> groups = new ArrayList<>();
        for (String area : List.of("service-desk", "desktop", "printing", "network", "his", "emr", "pacs", "lis",
                "telephony", "servers")) {
            for (String campus : List.of("north", "south", "east")) {
                directory.group(GroupId.of(area + "-" + campus)).ifPresent(groups::add);
            }
        }
        if (groups.size() != 30) {
            throw new IllegalStateException("expected the 30 groups of the year, found " + groups.size());
        }
        return groups;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (validators != null) {
            validators.close();
        }
        if (year != null) {
            year.close();
        }
    }

    private static WorkloadRequest monthOf(int month) {
        YearMonth of = YearMonth.of(2026, month);
        return new WorkloadRequest(of.atDay(1), of.plusMonths(1).atDay(1));
    }

    /** The whole hospital's month, the next month of 2026 each call. */
    @Benchmark
    public WorkloadReport hospitalMonth() {
        month = month % 12 + 1;
        return reporting.workload().report(DIRECTOR, monthOf(month));
    }

    /** The lead's group's month, the next month of 2026 each call. */
    @Benchmark
    public WorkloadReport groupMonth() {
        month = month % 12 + 1;
        return reporting.workload().report(LEAD, monthOf(month));
    }

    /** The engineer's own quarter, the next quarter of 2026 each call. */
    @Benchmark
    public WorkloadReport engineerQuarter() {
        quarter = quarter % 4 + 1;
        LocalDate from = LocalDate.of(2026, quarter * 3 - 2, 1);
        return reporting.workload().report(ENGINEER, new WorkloadRequest(from, from.plusMonths(3)));
    }
}
