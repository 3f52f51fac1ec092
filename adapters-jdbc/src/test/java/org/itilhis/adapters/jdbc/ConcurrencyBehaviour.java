package org.itilhis.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.itilhis.core.cmdb.AssetTag;
import org.itilhis.core.cmdb.CiClassCatalogue;
import org.itilhis.core.cmdb.CiDetails;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiSnapshot;
import org.itilhis.core.cmdb.CiStatus;
import org.itilhis.core.cmdb.ConfigurationItem;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketEvent;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.ports.common.LoggedEvent;
import org.itilhis.ports.common.StorageException;
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
            // a raise that drew before the year's first number was set draws once more: at most one gap per thread
            assertThat(all).extracting(TicketNumber::sequence).allMatch(s -> s >= 1 && s <= THREADS * (perThread + 1));
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

    /**
     * A save that waits on a row locked by a transaction that never ends is cancelled after the
     * statement timeout and fails as a storage failure, leaving the ticket as it was.
     */
    @Test
    void aSaveWaitingOnARowLockedElsewhereIsCancelledAfterTheStatementTimeout() throws Exception {
        Ticket ticket = StorageBehaviour.newIncident(StorageBehaviour.group(), Priority.P2, AT, "locked");
        write(ticket);
        JdbcServiceDeskStorage impatient = JdbcServiceDeskStorage.create(db.pool(2, Duration.ofSeconds(5)),
                Duration.ofSeconds(1));
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> holder = threads.submit(() -> storage.transactions().inTransaction(() -> {
            Ticket mine = storage.tickets().find(ticket.id()).orElseThrow();
            mine.addWorkLog(1, "holding the row", Samples.ENGINEER, AT);
            storage.tickets().save(mine);
            locked.countDown();
            awaitQuietly(release);
            throw new IllegalStateException("rolled back on purpose");
        }));
        try {
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
            Ticket theirs = impatient.tickets().find(ticket.id()).orElseThrow();
            theirs.addWorkLog(1, "waiting for the row", Samples.ENGINEER, AT);
            long start = System.nanoTime();

            assertThatThrownBy(() -> impatient.tickets().save(theirs)).isInstanceOf(StorageException.class);

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        } finally {
            release.countDown();
        }
        assertThatThrownBy(() -> holder.get(10, TimeUnit.SECONDS)).hasRootCauseInstanceOf(IllegalStateException.class);
        assertThat(storage.tickets().find(ticket.id()).orElseThrow().workLog()).isEmpty();
    }

    /**
     * ADR 0009: a transaction that appended first but commits last is not skipped by a reader
     * that read in between. Its event is sealed after the other's, at a higher position, and
     * the chain over both holds.
     */
    @Test
    void anEventCommittedLateIsReadLateNeverMissed() throws Exception {
        long start = lastPosition(storage);
        DomainEvent first = marker();
        DomainEvent second = marker();
        CountDownLatch appended = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        Future<?> slow = threads.submit(() -> storage.transactions().inTransaction(() -> {
            storage.events().append(List.of(first));
            appended.countDown();
            awaitQuietly(commit);
            return null;
        }));
        assertThat(appended.await(10, TimeUnit.SECONDS)).isTrue();
        storage.events().append(List.of(second));

        List<LoggedEvent> before = storage.events().readAfter(start, 100);
        commit.countDown();
        slow.get(10, TimeUnit.SECONDS);
        List<LoggedEvent> after = storage.events().readAfter(before.get(before.size() - 1).position(), 100);

        assertThat(before).extracting(LoggedEvent::event).containsExactly(second);
        assertThat(after).extracting(LoggedEvent::event).containsExactly(first);
        assertThat(after.get(0).position()).isGreaterThan(before.get(0).position());
        assertThat(storage.events().firstBrokenLink()).isEmpty();
    }

    /**
     * Eight writers on two nodes commit and roll back transactions of one to three events in
     * random order and at random moments, while a follower on each node reads on from its own
     * position: each follower sees every committed event exactly once, no rolled-back one, in
     * one order (the same positions on both nodes), and the chain hashes hold.
     */
    @Test
    void followersOnTwoNodesSeeEveryCommittedEventOnceInOneOrder() throws Exception {
        long start = lastPosition(storage);
        Set<DomainEvent> committed = ConcurrentHashMap.newKeySet();
        AtomicBoolean writing = new AtomicBoolean(true);
        try (JdbcServiceDeskStorage otherNode = db.secondNode()) {
            Future<List<LoggedEvent>> followerHere = threads.submit(() -> follow(storage, start, writing));
            Future<List<LoggedEvent>> followerThere = threads.submit(() -> follow(otherNode, start, writing));
            List<Callable<Void>> writers = new ArrayList<>();
            for (int t = 0; t < THREADS - 2; t++) {
                JdbcServiceDeskStorage node = t % 2 == 0 ? storage : otherNode;
                writers.add(() -> {
                    write(node, committed);
                    return null;
                });
            }
            for (Future<Void> writer : threads.invokeAll(writers, 120, TimeUnit.SECONDS)) {
                writer.get();
            }
            writing.set(false);
            List<LoggedEvent> here = followerHere.get(60, TimeUnit.SECONDS);
            List<LoggedEvent> there = followerThere.get(60, TimeUnit.SECONDS);

            assertThat(here).extracting(LoggedEvent::event).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(committed);
            assertThat(here).extracting(LoggedEvent::position).isSorted().doesNotHaveDuplicates();
            assertThat(there).containsExactlyElementsOf(here);
            assertThat(storage.events().firstBrokenLink()).isEmpty();
        }
    }

    /**
     * ADR 0009 for the CMDB: a configuration item save that began first but commits after
     * another is not lost to a reader that read the revision in between.
     */
    @Test
    void anItemSaveCommittedLateIsHandedAfterTheRevisionReadBeforeIt() throws Exception {
        ConfigurationItem late = workstation("WS-LATE-" + UUID.randomUUID());
        ConfigurationItem early = workstation("WS-EARLY-" + UUID.randomUUID());
        long start = storage.configurationItems().revision();
        CountDownLatch saved = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        Future<?> slow = threads.submit(() -> storage.transactions().inTransaction(() -> {
            storage.configurationItems().save(late);
            saved.countDown();
            awaitQuietly(commit);
            return null;
        }));
        assertThat(saved.await(10, TimeUnit.SECONDS)).isTrue();
        storage.configurationItems().save(early);

        long between = storage.configurationItems().revision();
        List<CiSnapshot> before = new ArrayList<>();
        storage.configurationItems().forEachSavedAfter(start, before::add);
        commit.countDown();
        slow.get(10, TimeUnit.SECONDS);
        long after = storage.configurationItems().revision();
        List<CiSnapshot> since = new ArrayList<>();
        storage.configurationItems().forEachSavedAfter(between, since::add);

        assertThat(before).containsExactly(early.snapshot());
        assertThat(after).isGreaterThan(between);
        assertThat(since).containsExactly(late.snapshot());
    }

    private static ConfigurationItem workstation(String assetTag) {
        return ConfigurationItem.register(new CiId(UUID.randomUUID()), CiClassCatalogue.hospitalDefault().get("workstation"),
                CiDetails.of(AssetTag.of(assetTag), "Ward PC " + assetTag, ServiceCriticality.GENERAL)
                        .withAttributes(Map.of("hostname", assetTag.toLowerCase(Locale.ROOT))),
                CiStatus.IN_USE, Samples.ENGINEER, AT);
    }

    /** Fifty transactions of one to three events, a tenth of them rolled back, each held open a random moment. */
    private static void write(JdbcServiceDeskStorage node, Set<DomainEvent> committed) throws InterruptedException {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 50; i++) {
            List<DomainEvent> events = new ArrayList<>();
            for (int e = random.nextInt(1, 4); e > 0; e--) {
                events.add(marker());
            }
            boolean rollBack = random.nextInt(10) == 0;
            int hold = random.nextInt(5);
            try {
                node.transactions().inTransaction(() -> {
                    node.events().append(events);
                    sleepQuietly(hold);
                    if (rollBack) {
                        throw new IllegalStateException("rolled back on purpose");
                    }
                    return null;
                });
                committed.addAll(events);
            } catch (IllegalStateException expected) {
                assertThat(rollBack).isTrue();
            }
        }
    }

    /** Reads on from {@code position} in pages of 7 until the writers are done and the log is drained. */
    private static List<LoggedEvent> follow(JdbcServiceDeskStorage node, long position, AtomicBoolean writing) {
        List<LoggedEvent> seen = new ArrayList<>();
        boolean drained = false;
        while (!drained) {
            boolean last = !writing.get();
            List<LoggedEvent> page = node.events().readAfter(position, 7);
            seen.addAll(page);
            if (!page.isEmpty()) {
                position = page.get(page.size() - 1).position();
            }
            drained = last && page.isEmpty();
        }
        return seen;
    }

    private static DomainEvent marker() {
        return new TicketEvent.CallerUpdated(new TicketId(UUID.randomUUID()), "marker", Samples.ENGINEER, AT);
    }

    private static long lastPosition(JdbcServiceDeskStorage node) {
        List<LoggedEvent> all = node.events().readAfter(0, Integer.MAX_VALUE);
        return all.isEmpty() ? 0 : all.get(all.size() - 1).position();
    }

    private static void sleepQuietly(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", interrupted);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", interrupted);
        }
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
