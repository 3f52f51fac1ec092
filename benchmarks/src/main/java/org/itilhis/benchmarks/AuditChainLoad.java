package org.itilhis.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.itilhis.adapters.jdbc.JdbcServiceDeskStorage;
import org.itilhis.adapters.jdbc.common.JdbcEventChain;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.TicketEvent;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.ports.common.AuditTrailCheck;

/**
 * Not a test: times the verification of the audit trail ({@code JdbcEventLog.verify()}, ADR
 * 0013) over a long sealed chain on a fresh PostgreSQL schema ({@link ScratchPostgres}). The
 * events go through the real write path: {@code JdbcEventLog.append} in transactions of
 * {@code batch} events, each followed by {@link JdbcEventChain#seal()} (1,000 events per sealing
 * transaction, the hashes computed by the sealer as in production); ten events per ticket,
 * alternately "work started" and "caller updated" with a message of about 110 characters. Then
 * {@code VACUUM ANALYZE}, as an operator does after a bulk load (the sealing updated every row),
 * and the verification three times.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.itilhis.benchmarks.AuditChainLoad [events] [batch]
 * </pre>
 * Defaults: 1,000,000 events, appended 10,000 to a transaction.
 */
public final class AuditChainLoad {
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final String MESSAGE = "Your printer on ward 7 is being looked at; the engineer will call on "
            + "extension 4471 when the toner is replaced.";

    private AuditChainLoad() {
    }

    public static void main(String[] args) {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        try (ScratchPostgres database = ScratchPostgres.open("itilhis_audit", 2)) {
            JdbcServiceDeskStorage storage = database.storage();
            JdbcEventChain sealer = new JdbcEventChain(storage.transactions());
            System.out.printf(Locale.ROOT, "Audit trail verification over %,d events on %s%n", events,
                    database.describe());
            long loading = System.nanoTime();
            for (int appended = 0; appended < events; appended += batch) {
                List<TicketEvent> next = events(appended, Math.min(batch, events - appended));
                storage.transactions().inTransaction(() -> {
                    storage.events().append(next);
                    return null;
                });
                sealer.seal();
                if ((appended / batch) % 20 == 19) {
                    System.out.printf(Locale.ROOT, "  %,d appended and sealed, %s%n", appended + next.size(),
                            seconds(System.nanoTime() - loading));
                }
            }
            System.out.printf(Locale.ROOT, "appended and sealed in %s%n", seconds(System.nanoTime() - loading));
            long vacuuming = System.nanoTime();
            database.vacuumAnalyze();
            System.out.printf(Locale.ROOT, "VACUUM ANALYZE in %s%n", seconds(System.nanoTime() - vacuuming));
            for (int run = 1; run <= 3; run++) {
                long verifying = System.nanoTime();
                AuditTrailCheck check = storage.events().verify();
                System.out.printf(Locale.ROOT, "verify() run %d: %s, %,d events checked, last position %,d, in %s%n",
                        run, check.holds() ? "holds" : "BROKEN " + check.firstBrokenLink().orElseThrow(),
                        check.eventsChecked(), check.lastPosition(), seconds(System.nanoTime() - verifying));
            }
        }
    }

    private static List<TicketEvent> events(int from, int count) {
        List<TicketEvent> events = new ArrayList<>(count);
        TicketId ticket = new TicketId(UUID.randomUUID());
        StaffId engineer = StaffId.of("E0101");
        for (int i = from; i < from + count; i++) {
            if (i % 10 == 0) {
                ticket = new TicketId(UUID.randomUUID());
            }
            Instant at = START.plusSeconds(i);
            events.add(i % 2 == 0 ? new TicketEvent.Started(ticket, engineer, at)
                    : new TicketEvent.CallerUpdated(ticket, MESSAGE, engineer, at));
        }
        return events;
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", Duration.ofNanos(nanos).toMillis() / 1000.0);
    }
}
