package org.itilhis.adapters.jdbc;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.itilhis.adapters.jdbc.servicedesk.TicketSearchQuery;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.HoldReason;
import org.itilhis.core.ticket.ResolutionCode;
import org.itilhis.core.ticket.SupportTier;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.ports.servicedesk.in.QueuePosition;
import org.itilhis.ports.servicedesk.in.TicketSearch;
import org.itilhis.testkit.database.DatabaseServer;
import org.junit.jupiter.api.Test;

/**
 * Not a test: a tool that loads a hospital's four years of incidents (one million by
 * default, {@code -Ditilhis.plans.tickets=N}) into a fresh PostgreSQL schema through the
 * JDBC repository, then prints {@code EXPLAIN (ANALYZE, BUFFERS)} and timings for the work
 * queue and for searches. Its name keeps it out of {@code mvn verify}; run it with
 * <pre>
 * mvn -B -pl adapters-jdbc -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dit.test=MillionIncidentsPlans -Ditilhis.plans=true
 * </pre>
 * The mix: 25 groups, 5,000 callers in 80 departments, 120 engineers; about 2% of the
 * tickets open, 1% resolved, the rest closed or cancelled; priorities P1 1%, P2 9%, P3 40%,
 * P4 40%, P5 10%. Events are not loaded: the queries do not read them.
 */
class MillionIncidentsPlans extends DatabaseIT {
    private static final int GROUPS = 25;
    private static final String[] WORDS = {"printer", "label printer", "HIS login", "PACS viewer", "LIS interface",
        "network port", "Wi-Fi", "scanner", "keyboard", "monitor", "barcode reader", "nurse call", "EMR template",
        "outpatient registration", "pharmacy dispensing", "billing", "VPN", "e-mail", "password", "telephone"};
    private static final String[] PROBLEMS = {"does not work", "is slow", "shows an error", "freezes", "cannot connect",
        "prints blank pages", "needs replacing", "lost configuration"};
    private static final Instant START = Instant.parse("2023-01-01T00:00:00Z");

    private final Random random = new Random(20260302);

    @Override
    protected DatabaseServer database() {
        assumeTrue(Boolean.getBoolean("itilhis.plans"), "the plan tool runs only with -Ditilhis.plans=true");
        return DatabaseServer.POSTGRESQL;
    }

    /** With {@code -Ditilhis.plans.keep=true} the schema stays, for a look with psql; drop it by hand. */
    @Override
    @org.junit.jupiter.api.AfterAll
    void dropDatabase() {
        if (db != null && Boolean.getBoolean("itilhis.plans.keep")) {
            print("kept: %s", db.dataSource().getJdbcUrl());
            db.closeKeepingData();
        } else {
            super.dropDatabase();
        }
    }

    @Test
    void loadAndExplain() {
        int total = Integer.getInteger("itilhis.plans.tickets", 1_000_000);
        long started = System.nanoTime();
        for (int done = 0; done < total; done += 2000) {
            int batch = Math.min(2000, total - done);
            int offset = done;
            storage.transactions().inTransaction(() -> {
                for (int i = 0; i < batch; i++) {
                    storage.tickets().save(ticket(offset + i + 1, total));
                }
                return null;
            });
            if ((done / 2000) % 50 == 0) {
                print("loaded %,d in %,d s", done + batch, (System.nanoTime() - started) / 1_000_000_000);
            }
        }
        print("loaded %,d incidents in %,d s", total, (System.nanoTime() - started) / 1_000_000_000);
        storage.transactions().withHandle("analyze", handle -> handle.execute("ANALYZE ticket"));
        printSizes();
        explain("work queue of two groups", TicketSearch.queueOf(List.of(group(3), group(7)), 50));
        explain("text search, rare word", TicketSearch.all(50).withText("defibrillator"));
        explain("text search, common word", TicketSearch.all(50).withText("label printer"));
        explain("text search in the open queue", TicketSearch.queueOf(List.of(group(3), group(7)), 50).withText("printer"));
        explain("a caller's tickets", TicketSearch.all(50).withCaller(StaffId.of("N" + 1234)));
        explain("an engineer's open tickets", TicketSearch.queueOf(List.of(), 50).withEngineer(StaffId.of("E042")));
        explain("a page deep into every ticket", TicketSearch.all(50).after(new QueuePosition(Priority.P4,
                START.plus(Duration.ofDays(700)), org.itilhis.core.ticket.TicketNumber.of(TicketType.INCIDENT, 2024, 1))));
    }

    private Ticket ticket(int n, int total) {
        Instant at = START.plus(Duration.ofSeconds((long) n * (4L * 365 * 86400) / total));
        int roll = random.nextInt(1000);
        Priority priority = roll < 10 ? Priority.P1 : roll < 100 ? Priority.P2 : roll < 500 ? Priority.P3
                : roll < 900 ? Priority.P4 : Priority.P5;
        String summary = WORDS[random.nextInt(WORDS.length)] + " " + PROBLEMS[random.nextInt(PROBLEMS.length)]
                + (random.nextInt(1000) == 0 ? " near the defibrillator" : "");
        StaffId caller = StaffId.of("N" + random.nextInt(5000));
        Ticket ticket = Ticket.raise(new TicketId(UUID.randomUUID()), org.itilhis.core.ticket.TicketNumber.of(
                        TicketType.INCIDENT, 2023 + (n - 1) * 4 / total, n),
                Samples.details(summary, "Reported by " + caller + " on " + at + ": " + summary + ". "
                        + "The clinic needs it for patient registration.", caller, DepartmentId.of("dept-" + random.nextInt(80))),
                Samples.assessment(priority, false), group(random.nextInt(GROUPS)), "rule", Optional.empty(), caller, at);
        return progress(ticket, at);
    }

    /** Moves the ticket along its lifecycle: most are closed, a few still open. */
    private Ticket progress(Ticket ticket, Instant at) {
        int roll = random.nextInt(1000);
        if (roll < 3) {
            return ticket;
        }
        StaffId engineer = StaffId.of(String.format("E%03d", random.nextInt(120)));
        ticket.assign(ticket.group(), Optional.of(engineer), SupportTier.FIRST_LINE, engineer, at.plusSeconds(60));
        if (roll < 10) {
            return ticket;
        }
        ticket.accept(engineer, at.plusSeconds(120));
        ticket.start(engineer, at.plusSeconds(180));
        ticket.addWorkLog(20, "checked on site", engineer, at.plusSeconds(1500));
        if (roll < 16) {
            return ticket;
        }
        if (roll < 18) {
            ticket.hold(HoldReason.AWAITING_VENDOR, "part ordered", engineer, at.plusSeconds(1600));
            return ticket;
        }
        if (roll < 38) {
            ticket.cancel("duplicate", engineer, at.plusSeconds(1600));
            return ticket;
        }
        ticket.resolve(ResolutionCode.FIXED, "fixed on site", engineer, at.plusSeconds(1800));
        if (roll >= 48) {
            ticket.confirm(ticket.details().caller(), at.plusSeconds(7200));
        }
        return ticket;
    }

    private static GroupId group(int index) {
        return GroupId.of("group-" + index);
    }

    private void explain(String title, TicketSearch search) {
        TicketSearchQuery query = new TicketSearchQuery(search, storage.dialect());
        print("%n=== %s%n%s", title, query.sql());
        storage.transactions().withHandle("explain", handle -> query
                .bindTo(handle.createQuery("EXPLAIN (ANALYZE, BUFFERS) " + query.sql()))
                .mapTo(String.class).list()).forEach(line -> print("    %s", line));
        int found = 0;
        for (int warmUp = 0; warmUp < 30; warmUp++) {
            found = storage.tickets().search(search).size();
        }
        List<Long> micros = new ArrayList<>();
        for (int run = 0; run < 21; run++) {
            long started = System.nanoTime();
            found = storage.tickets().search(search).size();
            micros.add((System.nanoTime() - started) / 1000);
        }
        micros.sort(null);
        print("through the repository (SQL, JSON, restore), after 30 warm-up runs: %d tickets, median %,d us, "
                + "p90 %,d us, best %,d us", found, micros.get(10), micros.get(18), micros.get(0));
    }

    private void printSizes() {
        storage.transactions().withHandle("sizes", handle -> handle.createQuery("SELECT relname || ' ' || "
                        + "pg_size_pretty(pg_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n ON n.oid = "
                        + "c.relnamespace WHERE n.nspname = current_schema() AND relname LIKE 'ticket%' ORDER BY relname")
                .mapTo(String.class).list()).forEach(line -> print("    %s", line));
        storage.transactions().withHandle("counts", handle -> handle.createQuery("SELECT status || ' ' || count(*) "
                + "FROM ticket GROUP BY status ORDER BY status").mapTo(String.class).list())
                .forEach(line -> print("    %s", line));
    }

    @SuppressWarnings("PMD.SystemPrintln")
    private static void print(String format, Object... arguments) {
        System.out.println(String.format(format, arguments));
    }
}
