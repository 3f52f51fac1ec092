package org.itilhis.ports.operations.out;

import java.util.List;
import java.util.Optional;
import org.itilhis.core.stock.InsufficientStockException;
import org.itilhis.core.stock.StockBalance;
import org.itilhis.core.stock.StockItemCode;
import org.itilhis.core.stock.StoreRoomCode;

/**
 * The balance of each item in each room, kept by the store itself as well as by the domain:
 * every change is one atomic step on the stored balance ({@link #add}, {@link #count}), and a
 * balance never goes below zero whatever runs at the same time. Of several concurrent issues of
 * the last unit exactly one succeeds; the others are refused with the balance as it is once the
 * winner committed. A refusal leaves the caller's transaction usable (nothing was written).
 * Writes hold the balance until the transaction ends, so what a command reads back after its
 * own change ({@link #find}) is what it wrote. Checked by {@code StockBalancesContract}.
 */
public interface StockBalances {
    /** The balance of {@code item} in {@code room}, if the room ever held it. */
    Optional<StockBalance> find(StockItemCode item, StoreRoomCode room);

    /** The item's balances, by room code. */
    List<StockBalance> ofItem(StockItemCode item);

    /** The room's balances, by item code. */
    List<StockBalance> inRoom(StoreRoomCode room);

    /**
     * Adds {@code delta} (positive: received; negative: taken out) to the balance, starting from
     * an empty one, and answers the balance after.
     *
     * @throws InsufficientStockException if the balance would fall below zero (naming what is held
     *         now); nothing is changed
     */
    StockBalance add(StockItemCode item, StoreRoomCode room, long delta);

    /**
     * Replaces the balance by {@code counted} (a stock-take) and answers the balance before.
     *
     * @param expected the balance the count was made against, if the counter said: when the
     *                 stored balance differs, nothing is changed and a
     *                 {@link org.itilhis.core.shared.VersionConflictException} is thrown
     */
    StockBalance count(StockItemCode item, StoreRoomCode room, long counted, Optional<Long> expected);

    /**
     * Records whether the item's owner has been told the balance reached its reorder threshold:
     * written with the change that caused it, in the same transaction.
     */
    void markReorderAlerted(StockItemCode item, StoreRoomCode room, boolean alerted);
}
