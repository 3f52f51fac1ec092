package org.itilhis.benchmarks;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.itilhis.adapters.jdbc.JdbcServiceDeskStorage;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.contact.ContactChannel;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.sla.report.ReportScope;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.ports.servicedesk.in.ContactCommand;
import org.itilhis.ports.servicedesk.in.ContactView;
import org.itilhis.ports.servicedesk.service.ServiceDesk;
import org.itilhis.ports.servicedesk.service.ServiceDeskPorts;
import org.itilhis.ports.servicelevel.service.ServiceLevelPorts;
import org.itilhis.ports.servicelevel.service.ServiceLevels;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.memory.MutableClock;

/**
 * Not a test: times the service-level reads a desk dashboard polls, {@code atRisk} and the
 * month's report, over many open incidents on a fresh PostgreSQL schema, through the service
 * layer (the REST resources add the JSON of the answer). It raises {@code atRisk} HIS incidents
 * (P2, clinical), lets a day pass on the desk's clock, so that every one of them is breached,
 * then raises the rest as printer incidents (P3) at the same instant, none of them at risk;
 * the monitor catches up and escalates once; then each read runs five times.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.itilhis.benchmarks.SlaReadLoad [open incidents] [at risk] [report: yes|no] [vacuum: yes|no]
 * </pre>
 * Defaults: 10,000 open incidents, 100 of them at risk, the report timed too, and
 * {@code VACUUM ANALYZE} after the load, before the reads. The report runs three times, or
 * as often as {@code -DreportRuns=} says (its first runs include the JIT compiling the
 * report's code: a dashboard polling it sees the later ones). With
 * {@code -DchangesBetweenReports=N}, the report runs as often again, N more incidents raised
 * (not timed) before each run but the first, as a desk goes on working between two polls of
 * its dashboard; the monitor catching up with them is part of each timed report.
 */
public final class SlaReadLoad {
    private static final int THREADS = 8;

    private SlaReadLoad() {
    }

    public static void main(String[] args) throws Exception {
        int open = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int atRisk = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        boolean report = args.length <= 2 || !args[2].equals("no");
        boolean vacuum = args.length <= 3 || !args[3].equals("no");
        MutableClock clock = MutableClock.at("2026-03-02T00:00:00Z");
        try (ScratchPostgres database = ScratchPostgres.open("itilhis_sla", THREADS + 2);
             ValidatorFactory validators = Validation.buildDefaultValidatorFactory()) {
            JdbcServiceDeskStorage storage = database.storage();
            ServiceDeskPorts ports = new ServiceDeskPorts(storage.tickets(), storage.contacts(), storage.numbers(),
                    storage.events(), notification -> { }, DemoHospital.directory(), storage.transactions(), clock, storage.personalDataReads());
            ServiceDesk desk = ServiceDesk.create(ports, DemoHospital.settings(), validators.getValidator());
            ServiceLevels levels = ServiceLevels.create(new ServiceLevelPorts(ports, storage.slaConfiguration(),
                    storage.watches(), storage.standings(), storage.escalations()), DemoHospital.settings(), desk);
            DemoHospital.configureServiceLevels(levels.administration());
            System.out.printf("SLA reads over %,d open incidents (%,d at risk) on %s%n", open, atRisk,
                    database.describe());

            long loading = System.nanoTime();
            raise(desk, atRisk, "his", "ONE_DEPARTMENT", "PATIENT_CARE_STOPPED");
            clock.advance(Duration.ofDays(1));
            raise(desk, open - atRisk, "printer", "ONE_DEPARTMENT", "DEGRADED");
            System.out.printf("raised in %s%n", seconds(System.nanoTime() - loading));
            long catchingUp = System.nanoTime();
            var run = levels.monitor().run();
            System.out.printf("monitor: %,d tickets measured, %,d escalations in %s%n", run.ticketsRemeasured(),
                    run.escalations(), seconds(System.nanoTime() - catchingUp));
            if (vacuum) {
                long vacuuming = System.nanoTime();
                database.vacuumAnalyze();
                System.out.printf("VACUUM ANALYZE in %s%n", seconds(System.nanoTime() - vacuuming));
            }

            System.out.printf("heap in use after a full GC: %,d MB before the reads%n", heapInUse() / (1024 * 1024));
            time("at risk", 5, () -> { }, () -> levels.queries().atRisk(DemoHospital.DIRECTOR_GAO).size());
            if (report) {
                ReportScope month = ReportScope.months(YearMonth.of(2026, 3), YearMonth.of(2026, 3),
                        BusinessCalendar.SHANGHAI);
                int runs = Integer.getInteger("reportRuns", 3);
                time("report", runs, () -> { }, () -> levels.queries().report(DemoHospital.DIRECTOR_GAO, month)
                        .overall().tickets());
                int changes = Integer.getInteger("changesBetweenReports", 0);
                if (changes > 0) {
                    time("report, " + changes + " raised before each", runs, () -> {
                        try {
                            raise(desk, changes, "printer", "ONE_DEPARTMENT", "DEGRADED");
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }, () -> levels.queries().report(DemoHospital.DIRECTOR_GAO, month).overall().tickets());
                }
                System.out.printf("heap in use after a full GC: %,d MB after the reports (the month's standings"
                        + " kept for the next)%n", heapInUse() / (1024 * 1024));
            }
        }
    }

    private static void raise(ServiceDesk desk, int count, String category, String impact, String urgency)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> raisers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                raisers.add(threads.submit(() -> {
                    while (next.getAndIncrement() < count) {
                        ContactView contact = desk.desk().logContact(new ContactCommand.Log(DemoHospital.AGENT_CHEN,
                                ContactChannel.PHONE, DemoHospital.NURSE_WANG.staffId(), DemoHospital.WARD_5_EAST,
                                DemoHospital.WARD_5_EAST_STATION, "5501", "calls about the " + category));
                        desk.desk().raiseTicket(new ContactCommand.RaiseTicket(DemoHospital.AGENT_CHEN, contact.id(),
                                TicketType.INCIDENT, "The " + category + " fails", category, impact, urgency,
                                ServiceCriticality.GENERAL, false, null));
                    }
                    return null;
                }));
            }
            for (Future<?> raiser : raisers) {
                raiser.get();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /**
     * Runs {@code read} {@code times} times, {@code between} (not timed) before each run but
     * the first, and prints each duration and the median, with the answer's size.
     */
    private static void time(String what, int times, Runnable between, java.util.function.IntSupplier read) {
        List<Long> durations = new ArrayList<>();
        int size = 0;
        for (int i = 0; i < times; i++) {
            if (i > 0) {
                between.run();
            }
            long start = System.nanoTime();
            size = read.getAsInt();
            durations.add(System.nanoTime() - start);
        }
        List<Long> sorted = new ArrayList<>(durations);
        Collections.sort(sorted);
        System.out.printf("%s: %s, median %s (answer of %,d)%n", what,
                durations.stream().map(SlaReadLoad::millis).toList(), millis(sorted.get(sorted.size() / 2)), size);
    }

    private static long heapInUse() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }
}
