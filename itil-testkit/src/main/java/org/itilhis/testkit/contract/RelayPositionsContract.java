package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.notification.out.RelayPositions;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RelayPositions} must do: start a subscriber once, move its position only
 * from where it is (compare-and-set), so that of two nodes moving it at once exactly one wins,
 * and forget a move of a rolled-back transaction. Each test expects an empty store.
 */
public interface RelayPositionsContract {
    RelayPositions positions();

    Transactions transactions();

    private boolean advance(String subscriber, long from, long to) {
        return transactions().inTransaction(() -> positions().advance(subscriber, from, to));
    }

    @Test
    default void aSubscriberNeverFollowedHasNoPositionAndStartsOnceWhereItIsTold() {
        assertThat(positions().find("wecom")).isEmpty();

        assertThat(transactions().inTransaction(() -> positions().start("wecom", 41))).isTrue();
        assertThat(transactions().inTransaction(() -> positions().start("wecom", 99))).isFalse();

        assertThat(positions().find("wecom")).contains(41L);
        assertThat(positions().all()).containsEntry("wecom", 41L).hasSize(1);
    }

    @Test
    default void thePositionMovesOnlyFromWhereItIs() {
        transactions().inTransaction(() -> positions().start("webhook:7f3c", 0));

        assertThat(advance("webhook:7f3c", 0, 5)).isTrue();
        assertThat(advance("webhook:7f3c", 0, 6)).isFalse();
        assertThat(advance("webhook:7f3c", 4, 6)).isFalse();
        assertThat(advance("email", 0, 6)).isFalse();

        assertThat(positions().find("webhook:7f3c")).contains(5L);
        assertThat(positions().find("email")).isEmpty();
        assertThatThrownBy(() -> advance("webhook:7f3c", 5, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    default void aMoveInARolledBackTransactionIsForgotten() {
        transactions().inTransaction(() -> positions().start("wecom", 3));

        ContractSupport.rolledBack(transactions(), () -> positions().advance("wecom", 3, 9));
        ContractSupport.rolledBack(transactions(), () -> positions().start("dingtalk", 9));

        assertThat(positions().find("wecom")).contains(3L);
        assertThat(positions().find("dingtalk")).isEmpty();
    }

    @Test
    default void eachSubscriberHasItsOwnPositionListedByName() {
        transactions().inTransaction(() -> positions().start("wecom", 3));
        transactions().inTransaction(() -> positions().start("dingtalk", 7));
        advance("wecom", 3, 8);

        assertThat(positions().all()).containsExactly(Map.entry("dingtalk", 7L),
                Map.entry("wecom", 8L));
    }

    @Test
    default void ofTwoNodesMovingTheSamePositionAtOnceExactlyOneWins() throws Exception {
        for (int round = 0; round < 20; round++) {
            String subscriber = "race-" + round;
            transactions().inTransaction(() -> positions().start(subscriber, 10));
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> nodes = new ArrayList<>();
                for (long to : new long[] {11, 12}) {
                    nodes.add(pool.submit(() -> {
                        start.await();
                        return advance(subscriber, 10, to);
                    }));
                }
                start.countDown();
                List<Boolean> won = ContractSupport.results(nodes);

                assertThat(won).as("round %s", round).containsExactlyInAnyOrder(true, false);
                long winner = won.get(0) ? 11 : 12;
                assertThat(positions().find(subscriber)).contains(winner);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
