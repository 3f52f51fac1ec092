package org.itilhis.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.time.Duration;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketEvent;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.core.ticket.TicketType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Many writers at once on one database. Eight threads, released together each round, load
 * the same ticket, add a work log and save it with its event in one transaction: for every
 * version exactly one of them wins and the others get a {@link VersionConflictException},
 * and at the end the ticket has exactly one work-log entry and one event per win. Ticket
 * numbers taken by eight threads on two storages (two application nodes) never repeat.
 */
abstract class ConcurrencyBehaviour extends DatabaseIT {
    static final int THREADS = 8;
    static final int ROUNDS = 200;
    private static final Instant AT = Instant.parse("2026-03-02T08:00:00Z");

    private final ExecutorService threads = Executors.newFixedThreadPool(THREADS);

    @AfterAll
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void concurrentWritersOfOneTicketNeverLoseAnUpdate() throws Exception {
        Ticket ticket = StorageBehaviour.newIncident(StorageBehaviour.group(), Priority.P2, AT, "contended");
        write(ticket);
        Set<Long> winningReads = ConcurrentHashMap.newKeySet();
        int wins = 0;
        int conflicts = 0;
        for (int round = 0; round < ROUNDS; round++) {
            int roundWins = 0;
            for (Long read : runTogether(round, ticket)) {
                if (read >= 0) {
                    assertThat(winningReads.add(read)).as("a second winner for version %s", read).isTrue();
                    roundWins++;
                } else {
                    conflicts++;
                }
            }
            assertThat(roundWins).as("round %s has a winner", round).isPositive();
            wins += roundWins;
        }
        Ticket stored = storage.tickets().find(ticket.id()).orElseThrow();
        report(wins, conflicts);
        assertThat(wins + conflicts).isEqualTo(THREADS * ROUNDS);
        assertThat(stored.version()).isEqualTo(1L + wins);
        assertThat(stored.workLog()).hasSize(wins);
        assertThat(storage.events().history(ticket.id().toString()))
                .hasSize(1 + wins)
                .filteredOn(TicketEvent.WorkLogged.class::isInstance).hasSize(wins);
    }

    @Test
    void ticketNumbersTakenConcurrentlyOnTwoNodesNeverRepeat() throws Exception {
        int year = 2100 + (int) (Math.random() * 7000);
        int perThread = 250;
        try (JdbcServiceDeskStorage otherNode = db.secondNode()) {
            List<Callable<List<TicketNumber>>> takers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                JdbcServiceDeskStorage node = t % 2 == 0 ? storage : otherNode;
                takers.add(() -> {
                    List<TicketNumber> taken = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        taken.add(node.numbers().next(TicketType.INCIDENT, year));
                    }
                    return taken;
                });
            }
            List<TicketNumber> all = new ArrayList<>();
            for (Future<List<TicketNumber>> result : threads.invokeAll(takers)) {
                all.addAll(result.get());
            }
            assertThat(all).hasSize(THREADS * perThread).doesNotHaveDuplicates();
            assertThat(all).extracting(TicketNumber::sequence).allMatch(s -> s >= 1 && s <= THREADS * perThread);
        }
    }

    /**
     * Raises that hold every connection of the pool between them still draw their numbers and
     * commit: drawing a number needs no connection but the raise's own. (The sequence used to
     * borrow one more from the pool, so a saturated pool stalled until its timeout.)
     */
    @Test
    void raisesHoldingEveryConnectionOfThePoolStillDrawTheirNumbers() throws Exception {
        int year = 2100 + (int) (Math.random() * 7000);
        int pool = 2;
        JdbcServiceDeskStorage node = JdbcServiceDeskStorage.create(db.pool(pool, Duration.ofSeconds(2)));
        CyclicBarrier everyConnectionHeld = new CyclicBarrier(pool);
        List<Callable<TicketNumber>> raises = new ArrayList<>();
        for (int t = 0; t < pool; t++) {
            raises.add(() -> node.transactions().inTransaction(() -> {
                awaitQuietly(everyConnectionHeld);
                return node.numbers().next(TicketType.INCIDENT, year);
            }));
        }

        List<TicketNumber> drawn = new ArrayList<>();
        for (Future<TicketNumber> raise : threads.invokeAll(raises, 60, TimeUnit.SECONDS)) {
            drawn.add(raise.get());
        }

        assertThat(drawn).extracting(TicketNumber::sequence).containsExactlyInAnyOrder(1L, 2L);
    }

    private static void awaitQuietly(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException | BrokenBarrierException | TimeoutException failure) {
            throw new IllegalStateException("the raises did not all hold a connection at once", failure);
        }
    }

    /** One round: every thread's outcome, the version it read when it won, -1 when it lost. */
    private List<Long> runTogether(int round, Ticket ticket) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Long>> outcomes = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            String note = "round " + round + " thread " + t;
            outcomes.add(threads.submit(() -> {
                start.await();
                return attempt(ticket, note);
            }));
        }
        start.countDown();
        List<Long> reads = new ArrayList<>();
        for (Future<Long> outcome : outcomes) {
            reads.add(outcome.get(60, TimeUnit.SECONDS));
        }
        return reads;
    }

    private long attempt(Ticket original, String note) {
        try {
            return storage.transactions().inTransaction(() -> {
                Ticket loaded = storage.tickets().find(original.id()).orElseThrow();
                long read = loaded.version();
                loaded.addWorkLog(1, note, Samples.ENGINEER, AT);
                storage.tickets().save(loaded);
                storage.events().append(loaded.pullEvents());
                return read;
            });
        } catch (VersionConflictException lost) {
            assertThat(lost.actual()).isGreaterThan(lost.expected());
            return -1;
        }
    }

    private void write(Ticket ticket) {
        storage.transactions().inTransaction(() -> {
            storage.tickets().save(ticket);
            storage.events().append(ticket.pullEvents());
            return null;
        });
    }

    private void report(int wins, int conflicts) {
        System.getLogger(getClass().getName()).log(System.Logger.Level.INFO,
                "{0}: {1} rounds x {2} writers: {3} saves won, {4} version conflicts",
                db.database().title(), ROUNDS, THREADS, wins, conflicts);
    }
}
