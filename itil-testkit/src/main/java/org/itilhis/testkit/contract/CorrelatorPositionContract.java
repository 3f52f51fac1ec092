package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.monitoring.out.CorrelatorPosition;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CorrelatorPosition} must do: start at 0, move only from where it is
 * (compare-and-set), so that of two nodes moving it at once exactly one wins, and forget a move
 * of a rolled-back transaction. Each test expects the position at 0.
 */
public interface CorrelatorPositionContract {
    CorrelatorPosition position();

    Transactions transactions();

    private boolean advance(long from, long to) {
        return transactions().inTransaction(() -> position().advance(from, to));
    }

    @Test
    default void theCorrelatorStartsBeforeTheFirstAlertAndMovesOnlyFromWhereItIs() {
        assertThat(position().position()).isZero();

        assertThat(advance(0, 5)).isTrue();
        assertThat(advance(0, 6)).isFalse();
        assertThat(advance(4, 6)).isFalse();

        assertThat(position().position()).isEqualTo(5);
        assertThatThrownBy(() -> advance(5, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    default void aPositionMovedInARolledBackTransactionStaysWhereItWas() {
        advance(0, 3);

        ContractSupport.rolledBack(transactions(), () -> position().advance(3, 9));

        assertThat(position().position()).isEqualTo(3);
    }

    @Test
    default void ofTwoNodesMovingThePositionAtOnceExactlyOneWins() throws Exception {
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                long from = position().position();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> moves = new ArrayList<>();
                for (int node = 1; node <= 2; node++) {
                    long to = from + node;
                    moves.add(nodes.submit(() -> {
                        start.await();
                        return advance(from, to);
                    }));
                }
                start.countDown();
                int won = 0;
                for (Future<Boolean> move : moves) {
                    won += ContractSupport.result(move) ? 1 : 0;
                }
                assertThat(won).as("moves from %s that won", from).isEqualTo(1);
            }
        } finally {
            nodes.shutdownNow();
        }
    }
}
