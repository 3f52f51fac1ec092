package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.itilhis.core.change.ChangeNumber;
import org.itilhis.ports.change.out.ChangeNumberSequence;
import org.itilhis.ports.common.Transactions;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ChangeNumberSequence} must do: count from 1 per year, increase, and never
 * hand out a number twice, even to several threads at once, inside a transaction or not.
 *
 * <p>Implement it in a test class as shown for {@link TicketRepositoryContract}; each test
 * expects a sequence that has handed out nothing yet.
 */
public interface ChangeNumberSequenceContract {
    /** The adapter under test, the same one throughout a test method. */
    ChangeNumberSequence numbers();

    /** The transactions the adapter takes part in. */
    Transactions transactions();

    /**
     * A new year starts at 1. Going back to a year after drawing for another may leave a gap
     * (a database sequence is shared by the years, as for ticket numbers), but never goes back.
     */
    @Test
    default void numbersStartAtOneAndIncreaseByOneEachYearOnItsOwn() {
        List<String> drawn = List.of(numbers().next(2026), numbers().next(2026), numbers().next(2027))
                .stream().map(ChangeNumber::toString).toList();
        ChangeNumber later = transactions().inTransaction(() -> numbers().next(2026));

        assertThat(drawn).containsExactly("CHG-2026-000001", "CHG-2026-000002", "CHG-2027-000001");
        assertThat(later.year()).isEqualTo(2026);
        assertThat(later.sequence()).isGreaterThan(2);
    }

    @Test
    default void manyThreadsAtOnceNeverGetTheSameNumber() throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<List<ChangeNumber>>> draws = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                draws.add(() -> {
                    List<ChangeNumber> mine = new ArrayList<>();
                    for (int i = 0; i < 100; i++) {
                        mine.add(numbers().next(2026));
                    }
                    return mine;
                });
            }
            List<Future<List<ChangeNumber>>> futures = pool.invokeAll(draws);
            List<ChangeNumber> all = ContractSupport.results(futures).stream().flatMap(List::stream).toList();

            assertThat(all).hasSize(400).doesNotHaveDuplicates();
        } finally {
            pool.shutdownNow();
        }
    }
}
