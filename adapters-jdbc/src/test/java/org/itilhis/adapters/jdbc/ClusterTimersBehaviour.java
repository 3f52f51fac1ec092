package org.itilhis.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.common.IdempotencyPurge;
import org.itilhis.ports.common.IdempotencyStore;
import org.itilhis.ports.common.IdempotentOutcome;
import org.itilhis.testkit.memory.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * The cluster timers on one database with two nodes, each on its own pool: db-scheduler's
 * table (migration V5) works, a timer runs again and again but never on both nodes at once,
 * and a failing run does not stop it; the idempotency purge, run as a timer, deletes the
 * expired records and keeps the live ones.
 */
abstract class ClusterTimersBehaviour extends DatabaseIT {
    private static final Duration POLLING = Duration.ofMillis(50);

    @Test
    void aTimerRunsAgainAndAgainButNeverOnTwoNodesAtOnce() throws InterruptedException {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        AtomicInteger runs = new AtomicInteger();
        Set<String> nodes = ConcurrentHashMap.newKeySet();

        try (ClusterTimers a = start("node-a", "exclusive", () -> {
                nodes.add("a");
                run(running, mostAtOnce, runs);
            });
             ClusterTimers b = ClusterTimers.start(db.otherPool(), "node-b", POLLING, List.of(new ClusterTimers.Timer(
                     "exclusive", Duration.ofMillis(10), () -> {
                         nodes.add("b");
                         run(running, mostAtOnce, runs);
                     })))) {
            awaitUntil(() -> runs.get() >= 20);
        }

        assertThat(runs.get()).isGreaterThanOrEqualTo(20);
        assertThat(mostAtOnce.get()).as("runs at the same time").isEqualTo(1);
        assertThat(nodes).isNotEmpty();
    }

    @Test
    void whenTheNodeRunningATimerStopsAnotherTakesItOver() throws InterruptedException {
        AtomicInteger onA = new AtomicInteger();
        AtomicInteger onB = new AtomicInteger();

        ClusterTimers a = start("node-a", "taken-over", onA::incrementAndGet);
        try (ClusterTimers b = ClusterTimers.start(db.otherPool(), "node-b", POLLING, List.of(
                new ClusterTimers.Timer("taken-over", Duration.ofMillis(10), onB::incrementAndGet)))) {
            awaitUntil(() -> onA.get() + onB.get() >= 5);
            a.close();
            int bBefore = onB.get();
            awaitUntil(() -> onB.get() >= bBefore + 5);
        }

        assertThat(onB.get()).as("runs on node b after node a stopped").isGreaterThanOrEqualTo(5);
    }

    @Test
    void aFailingRunIsLoggedAndTheTimerRunsAgain() throws InterruptedException {
        AtomicInteger attempts = new AtomicInteger();

        try (ClusterTimers timers = start("node-a", "failing", () -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("the first run fails on purpose");
            }
        })) {
            awaitUntil(() -> attempts.get() >= 3);
        }

        assertThat(attempts.get()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theIdempotencyPurgeRunsAsATimerAndDeletesOnlyExpiredRecords() throws InterruptedException {
        MutableClock clock = MutableClock.at("2026-03-02T08:00:00Z");
        StaffId nurse = StaffId.of("N-" + UUID.randomUUID().toString().substring(0, 8));
        Instant dayAgo = clock.instant().minus(Duration.ofHours(24));
        storage.idempotency().record(nurse, "expired", outcome(dayAgo.minusSeconds(1)), Instant.EPOCH);
        storage.idempotency().record(nurse, "live", outcome(dayAgo.plusSeconds(1)), Instant.EPOCH);
        IdempotencyPurge purge = new IdempotencyPurge(storage.idempotency(), IdempotencyStore.DEFAULT_RETENTION, clock);
        AtomicInteger runs = new AtomicInteger();

        try (ClusterTimers timers = start("node-a", "idempotency-purge", () -> {
            purge.purgeExpired();
            runs.incrementAndGet();
        })) {
            awaitUntil(() -> runs.get() >= 2);
        }

        assertThat(runs.get()).isGreaterThanOrEqualTo(2);
        assertThat(storage.idempotency().find(nurse, "expired", Instant.EPOCH)).isEmpty();
        assertThat(storage.idempotency().find(nurse, "live", Instant.EPOCH)).isPresent();
    }

    private static IdempotentOutcome outcome(Instant at) {
        return new IdempotentOutcome("sha256-of-the-request", 201, "/api/v1/contacts/1", "{}", at);
    }

    private ClusterTimers start(String node, String timer, Runnable work) {
        return ClusterTimers.start(db.dataSource(), node, POLLING,
                List.of(new ClusterTimers.Timer(timer, Duration.ofMillis(10), work)));
    }

    private static void run(AtomicInteger running, AtomicInteger mostAtOnce, AtomicInteger runs) {
        mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
        try {
            Thread.sleep(20);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } finally {
            running.decrementAndGet();
            runs.incrementAndGet();
        }
    }

    private static void awaitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }
}
