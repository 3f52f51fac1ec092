package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.itilhis.core.knowledge.ArticleNumber;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.knowledge.out.ArticleNumberSequence;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ArticleNumberSequence} must do: count from 1 per year, increase, and never
 * hand out a number twice, even to several threads at once, inside a transaction or not.
 *
 * <p>Implement it in a test class as shown for {@link TicketRepositoryContract}; each test
 * expects a sequence that has handed out nothing yet.
 */
public interface ArticleNumberSequenceContract {
    /** The adapter under test, the same one throughout a test method. */
    ArticleNumberSequence articleNumbers();

    /** The transactions the adapter takes part in. */
    Transactions transactions();

    /**
     * A new year starts at 1. Going back to a year after drawing for another may leave a gap
     * (a database sequence is shared by the years, as for problem numbers), but never goes back.
     */
    @Test
    default void articleNumbersStartAtOneAndIncreaseByOneEachYearOnItsOwn() {
        List<String> drawn = List.of(articleNumbers().next(2026), articleNumbers().next(2026),
                articleNumbers().next(2027)).stream().map(ArticleNumber::toString).toList();
        ArticleNumber later = transactions().inTransaction(() -> articleNumbers().next(2026));

        assertThat(drawn).containsExactly("KB-2026-000001", "KB-2026-000002", "KB-2027-000001");
        assertThat(later.year()).isEqualTo(2026);
        assertThat(later.sequence()).isGreaterThan(2);
    }

    @Test
    default void manyThreadsAtOnceNeverGetTheSameArticleNumber() throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<List<ArticleNumber>>> draws = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                draws.add(() -> {
                    List<ArticleNumber> mine = new ArrayList<>();
                    for (int i = 0; i < 100; i++) {
                        mine.add(articleNumbers().next(2026));
                    }
                    return mine;
                });
            }
            List<Future<List<ArticleNumber>>> futures = pool.invokeAll(draws);
            List<ArticleNumber> all = ContractSupport.results(futures).stream().flatMap(List::stream).toList();

            assertThat(all).hasSize(400).doesNotHaveDuplicates();
        } finally {
            pool.shutdownNow();
        }
    }
}
