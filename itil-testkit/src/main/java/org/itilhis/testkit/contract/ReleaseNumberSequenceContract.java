package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.itilhis.core.release.ReleaseNumber;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.release.out.ReleaseNumberSequence;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ReleaseNumberSequence} must do: count from 1 per year, increase, and never
 * hand out a number twice, even to several threads at once, inside a transaction or not.
 *
 * <p>Implement it in a test class as shown for {@link TicketRepositoryContract}; each test
 * expects a sequence that has handed out nothing yet.
 */
public interface ReleaseNumberSequenceContract {
    /** The adapter under test, the same one throughout a test method. */
    ReleaseNumberSequence numbers();

    /** The transactions the adapter takes part in. */
    Transactions transactions();

    /**
     * A new year starts at 1. Going back to a year after drawing for another may leave a gap
     * (a database sequence is shared by the years, as for ticket numbers), but never goes back.
     */
    @Test
    default void numbersStartAtOneAndIncreaseByOneEachYearOnItsOwn() {
        List<String> drawn = List.of(numbers().next(2026), numbers().next(2026), numbers().next(2027))
                .stream().map(ReleaseNumber::toString).toList();
        ReleaseNumber later = transactions().inTransaction(() -> numbers().next(2026));

        assertThat(drawn).containsExactly("REL-2026-000001", "REL-2026-000002", "REL-2027-000001");
        assertThat(later.year()).isEqualTo(2026);
        assertThat(later.sequence()).isGreaterThan(2);
    }

    @Test
    default void manyThreadsAtOnceNeverGetTheSameNumber() throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<List<ReleaseNumber>>> draws = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                draws.add(() -> {
                    List<ReleaseNumber> mine = new ArrayList<>();
                    for (int i = 0; i < 100; i++) {
                        mine.add(numbers().next(2026));
                    }
                    return mine;
                });
            }
            List<Future<List<ReleaseNumber>>> futures = pool.invokeAll(draws);
            List<ReleaseNumber> all = ContractSupport.results(futures).stream().flatMap(List::stream).toList();

            assertThat(all).hasSize(400).doesNotHaveDuplicates();
        } finally {
            pool.shutdownNow();
        }
    }
}
