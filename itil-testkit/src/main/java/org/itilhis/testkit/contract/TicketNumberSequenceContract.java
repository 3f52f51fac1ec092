package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.servicedesk.out.TicketNumberSequence;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TicketNumberSequence} must do: count from 1 per ticket type and year,
 * increase, and never hand out a number twice, even to many threads at once and whether or
 * not the caller is inside a transaction (the services draw numbers inside one).
 *
 * <p>Implement it in a test class as shown for {@link TicketRepositoryContract}; each test
 * expects a sequence that has handed out nothing yet.
 */
public interface TicketNumberSequenceContract {
    /** How many threads draw at once in the concurrency test. */
    int THREADS = 8;

    /** How many numbers each of them draws. */
    int NUMBERS_PER_THREAD = 200;

    /** The adapter under test, the same one throughout a test method. */
    TicketNumberSequence numbers();

    /** The transactions the adapter takes part in. */
    Transactions transactions();

    @Test
    default void numbersStartAtOneAndIncreaseByOne() {
        List<TicketNumber> drawn = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            drawn.add(numbers().next(TicketType.INCIDENT, 2026));
        }

        assertThat(drawn).extracting(TicketNumber::toString).containsExactly(
                "INC-2026-000001", "INC-2026-000002", "INC-2026-000003", "INC-2026-000004", "INC-2026-000005");
    }

    @Test
    default void aNumberCarriesTheTypeAndYearAskedFor() {
        TicketNumber request = numbers().next(TicketType.SERVICE_REQUEST, 2031);

        assertThat(request.type()).isEqualTo(TicketType.SERVICE_REQUEST);
        assertThat(request.year()).isEqualTo(2031);
        assertThat(request).hasToString("REQ-2031-000001");
    }

    @Test
    default void eachTypeCountsOnItsOwn() {
        numbers().next(TicketType.INCIDENT, 2026);
        numbers().next(TicketType.INCIDENT, 2026);

        assertThat(numbers().next(TicketType.SERVICE_REQUEST, 2026)).hasToString("REQ-2026-000001");
        assertThat(numbers().next(TicketType.INCIDENT, 2026)).hasToString("INC-2026-000003");
        assertThat(numbers().next(TicketType.SERVICE_REQUEST, 2026)).hasToString("REQ-2026-000002");
    }

    /**
     * A new year starts at 1. Going back to a year after drawing for another may leave a gap
     * (a database sequence per type is shared by the years), but never goes back.
     */
    @Test
    default void eachYearCountsOnItsOwn() {
        numbers().next(TicketType.INCIDENT, 2026);
        numbers().next(TicketType.INCIDENT, 2026);
        numbers().next(TicketType.INCIDENT, 2026);

        assertThat(numbers().next(TicketType.INCIDENT, 2027)).hasToString("INC-2027-000001");
        assertThat(numbers().next(TicketType.INCIDENT, 2025)).hasToString("INC-2025-000001");
        TicketNumber later = numbers().next(TicketType.INCIDENT, 2026);
        assertThat(later.year()).isEqualTo(2026);
        assertThat(later.sequence()).isGreaterThan(3);
    }

    @Test
    default void numbersDrawnInsideTransactionsKeepIncreasing() {
        AtomicReference<TicketNumber> first = new AtomicReference<>();
        ContractSupport.committed(transactions(), () -> first.set(numbers().next(TicketType.INCIDENT, 2026)));
        ContractSupport.committed(transactions(), () -> {
            TicketNumber second = numbers().next(TicketType.INCIDENT, 2026);
            TicketNumber third = numbers().next(TicketType.INCIDENT, 2026);
            assertThat(second.sequence()).isGreaterThan(first.get().sequence());
            assertThat(third.sequence()).isGreaterThan(second.sequence());
        });

        assertThat(first.get()).hasToString("INC-2026-000001");
    }

    /**
     * A rolled-back raise may or may not consume its number (a database sequence does, a
     * counter row updated in the transaction does not); either way the next number is above
     * every number of committed work.
     */
    @Test
    default void aRolledBackDrawNeverLeadsToANumberGoingBack() {
        AtomicReference<TicketNumber> committed = new AtomicReference<>();
        ContractSupport.committed(transactions(), () -> committed.set(numbers().next(TicketType.INCIDENT, 2026)));
        ContractSupport.rolledBack(transactions(), () -> numbers().next(TicketType.INCIDENT, 2026));

        TicketNumber next = numbers().next(TicketType.INCIDENT, 2026);

        assertThat(next.sequence()).isGreaterThan(committed.get().sequence());
    }

    /** 8 threads draw 200 numbers each, half of them each inside a transaction of its own: all differ. */
    @Test
    default void numbersAreUniqueUnderConcurrency() throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<TicketNumber>>> draws = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                boolean inTransactions = thread % 2 == 0;
                draws.add(pool.submit(drawing(start, inTransactions)));
            }
            start.countDown();
            List<TicketNumber> all = ContractSupport.results(draws).stream().flatMap(List::stream).toList();

            Set<TicketNumber> distinct = new HashSet<>(all);
            assertThat(all).hasSize(THREADS * NUMBERS_PER_THREAD);
            assertThat(distinct).as("distinct numbers").hasSize(all.size());
            assertThat(all).allSatisfy(number -> assertThat(number.sequence()).isPositive());
            for (List<TicketNumber> ofOneThread : ContractSupport.results(draws)) {
                assertThat(ofOneThread).extracting(TicketNumber::sequence).isSorted();
            }
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(ContractSupport.PATIENCE_SECONDS, TimeUnit.SECONDS);
        }
        TicketNumber after = numbers().next(TicketType.INCIDENT, 2026);
        assertThat(after.sequence()).isGreaterThan(THREADS * NUMBERS_PER_THREAD);
        assertThat(numbers().next(TicketType.SERVICE_REQUEST, 2026)).hasToString("REQ-2026-000001");
    }

    private Callable<List<TicketNumber>> drawing(CountDownLatch start, boolean inTransactions) {
        return () -> {
            start.await();
            List<TicketNumber> drawn = new ArrayList<>();
            LongStream.range(0, NUMBERS_PER_THREAD).forEach(i -> {
                if (inTransactions) {
                    ContractSupport.committed(transactions(), () -> drawn.add(numbers().next(TicketType.INCIDENT, 2026)));
                } else {
                    drawn.add(numbers().next(TicketType.INCIDENT, 2026));
                }
            });
            return drawn;
        };
    }
}
