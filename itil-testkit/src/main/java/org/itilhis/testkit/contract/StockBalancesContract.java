package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.testkit.contract.StockSamples.B1;
import static org.itilhis.testkit.contract.StockSamples.DISK;
import static org.itilhis.testkit.contract.StockSamples.TONER;
import static org.itilhis.testkit.contract.StockSamples.WARD;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.core.stock.InsufficientStockException;
import org.itilhis.core.stock.StockBalance;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.operations.out.StockBalances;
import org.junit.jupiter.api.Test;

/**
 * What every {@link StockBalances} must do: change a balance in one atomic step, never below
 * zero (a taking of more than is held refused with what is held, changing nothing and leaving
 * the transaction usable), replace it by a count, keep the reorder flag with it, take part in
 * transactions, and of several transactions taking the last unit at once let exactly one
 * succeed. Each test expects empty storage.
 */
public interface StockBalancesContract {
    StockBalances balances();

    Transactions transactions();

    private StockBalance add(long delta) {
        return transactions().inTransaction(() -> balances().add(TONER, B1, delta));
    }

    private long held() {
        return balances().find(TONER, B1).map(StockBalance::quantity).orElse(0L);
    }

    @Test
    default void aReceiptIntoARoomThatNeverHeldTheItemStartsItsBalance() {
        assertThat(balances().find(TONER, B1)).isEmpty();

        assertThat(add(5)).isEqualTo(new StockBalance(TONER, B1, 5, false));
        assertThat(add(2).quantity()).isEqualTo(7);
        assertThat(balances().find(TONER, B1)).contains(new StockBalance(TONER, B1, 7, false));
    }

    @Test
    default void takingWhatIsHeldEmptiesTheBalanceAndMoreIsRefusedNamingWhatIsHeld() {
        add(3);

        assertThat(add(-3).quantity()).isZero();
        assertThatThrownBy(() -> add(-1)).isInstanceOfSatisfying(InsufficientStockException.class,
                refused -> assertThat(refused.held()).isZero());
        assertThatThrownBy(() -> transactions().inTransaction(() -> balances().add(DISK, WARD, -1)))
                .isInstanceOf(InsufficientStockException.class);
        assertThat(held()).isZero();
        assertThat(balances().find(DISK, WARD)).isEmpty();
    }

    @Test
    default void aRefusedTakingChangesNothingAndLeavesTheTransactionUsable() {
        add(2);

        transactions().inTransaction(() -> {
            assertThatThrownBy(() -> balances().add(TONER, B1, -5)).isInstanceOf(InsufficientStockException.class);
            assertThat(balances().find(TONER, B1).orElseThrow().quantity()).isEqualTo(2);
            return balances().add(TONER, WARD, 4);
        });

        assertThat(held()).isEqualTo(2);
        assertThat(balances().find(TONER, WARD).orElseThrow().quantity()).isEqualTo(4);
    }

    @Test
    default void aCountReplacesTheBalanceAndAnswersTheOneBeforeUnlessTheBalanceMovedSince() {
        add(10);

        StockBalance before = transactions().inTransaction(() -> balances().count(TONER, B1, 7, Optional.of(10L)));

        assertThat(before.quantity()).isEqualTo(10);
        assertThat(held()).isEqualTo(7);
        assertThatThrownBy(() -> transactions().inTransaction(() -> balances().count(TONER, B1, 1, Optional.of(10L))))
                .isInstanceOf(VersionConflictException.class);
        assertThat(held()).isEqualTo(7);
        assertThat(transactions().inTransaction(() -> balances().count(DISK, B1, 4, Optional.empty())).quantity())
                .isZero();
        assertThat(balances().find(DISK, B1).orElseThrow().quantity()).isEqualTo(4);
    }

    @Test
    default void theReorderFlagIsKeptWithTheBalanceThroughLaterChanges() {
        add(2);
        ContractSupport.committed(transactions(), () -> balances().markReorderAlerted(TONER, B1, true));

        assertThat(add(1)).isEqualTo(new StockBalance(TONER, B1, 3, true));
        ContractSupport.committed(transactions(), () -> balances().markReorderAlerted(TONER, B1, false));
        assertThat(balances().find(TONER, B1).orElseThrow().reorderAlerted()).isFalse();
    }

    @Test
    default void balancesAreListedPerItemByRoomAndPerRoomByItem() {
        ContractSupport.committed(transactions(), () -> {
            balances().add(TONER, WARD, 1);
            balances().add(TONER, B1, 2);
            balances().add(DISK, B1, 3);
        });

        assertThat(balances().ofItem(TONER)).extracting(StockBalance::room).containsExactly(B1, WARD);
        assertThat(balances().inRoom(B1)).extracting(StockBalance::item, StockBalance::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DISK, 3L),
                        org.assertj.core.groups.Tuple.tuple(TONER, 2L));
    }

    @Test
    default void aRolledBackChangeLeavesTheBalancesAsTheyWere() {
        add(5);

        ContractSupport.rolledBack(transactions(), () -> {
            balances().add(TONER, B1, -5);
            balances().add(DISK, B1, 1);
            balances().count(TONER, WARD, 3, Optional.empty());
            balances().markReorderAlerted(TONER, B1, true);
        });

        assertThat(balances().find(TONER, B1)).contains(new StockBalance(TONER, B1, 5, false));
        assertThat(balances().find(DISK, B1)).isEmpty();
        assertThat(balances().find(TONER, WARD)).isEmpty();
    }

    @Test
    default void ofSeveralTransactionsTakingTheLastUnitAtOnceExactlyOneSucceeds() throws Exception {
        add(1);
        int takers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(takers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> taking = new ArrayList<>();
            for (int i = 0; i < takers; i++) {
                taking.add(pool.submit(() -> {
                    start.await();
                    try {
                        add(-1);
                        return true;
                    } catch (InsufficientStockException refused) {
                        assertThat(refused.held()).isZero();
                        return false;
                    }
                }));
            }
            start.countDown();

            assertThat(ContractSupport.results(taking)).containsOnlyOnce(true).hasSize(takers);
        } finally {
            pool.shutdownNow();
        }
        assertThat(held()).isZero();
    }

    @Test
    default void receiptsAtOnceIntoARoomThatNeverHeldTheItemAllCount() {
        List<Runnable> receipts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            receipts.add(() -> balances().add(DISK, WARD, 2));
        }

        ContractSupport.committedAllAtOnce(transactions(), receipts);

        assertThat(balances().find(DISK, WARD).orElseThrow().quantity()).isEqualTo(12);
    }
}
