package org.itilhis.ports.operations.in;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.core.stock.StockBalance;
import org.itilhis.core.stock.StockItem;
import org.itilhis.core.stock.StockItemCode;
import org.itilhis.core.stock.StockLedgerEntry;
import org.itilhis.core.stock.StockMovementId;
import org.itilhis.core.stock.StoreRoom;
import org.itilhis.core.stock.StoreRoomCode;

/**
 * Reading the stock ({@code VIEW_STOCK}): items, store rooms, balances per room, an item's
 * ledger (its movements, paged), and the consumption per department per month.
 *
 * @throws org.itilhis.core.access.NotPermittedException if the actor may not view stock
 */
public interface StockQueries {
    /** @throws StockItemNotFoundException if there is no such item */
    StockItem item(Actor actor, StockItemCode code);

    /** Every item, by code. */
    List<StockItem> items(Actor actor);

    /** @throws StoreRoomNotFoundException if there is no such room */
    StoreRoom storeRoom(Actor actor, StoreRoomCode code);

    /** Every store room, by code. */
    List<StoreRoom> storeRooms(Actor actor);

    /**
     * The item's balance in each room that has held it, by room code.
     *
     * @throws StockItemNotFoundException if there is no such item
     */
    List<StockBalance> balancesOf(Actor actor, StockItemCode item);

    /**
     * The balance of each item a room has held, by item code.
     *
     * @throws StoreRoomNotFoundException if there is no such room
     */
    List<StockBalance> balancesIn(Actor actor, StoreRoomCode room);

    /**
     * The item's movements after position {@code after} (0: from the first), oldest first, at
     * most {@code limit}; the page says where the next starts.
     *
     * @throws StockItemNotFoundException if there is no such item
     */
    LedgerPage ledger(Actor actor, StockItemCode item, long after, int limit);

    /** @throws StockMovementNotFoundException if there is no such movement */
    StockLedgerEntry movement(Actor actor, StockMovementId id);

    /**
     * The quantities issued to each department (counted as its consumption) per item, for each
     * month from {@code from} to {@code to} (both included, at most 24) in the hospital's zone,
     * by month, department and item; only {@code department}'s when given.
     */
    List<StockConsumption> consumption(Actor actor, YearMonth from, YearMonth to, Optional<DepartmentId> department);

    /** A page of an item's ledger; {@code next} is the position to ask after for the next page, if more may follow. */
    record LedgerPage(ImmutableList<StockLedgerEntry> entries, OptionalLong next) {
        public LedgerPage {
            checkNotNull(entries, "entries");
            checkNotNull(next, "next");
        }
    }

    /** What {@code department} consumed of {@code item} in {@code month}. */
    record StockConsumption(YearMonth month, DepartmentId department, StockItemCode item, long quantity) {
        public StockConsumption {
            checkNotNull(month, "month");
            checkNotNull(department, "department");
            checkNotNull(item, "item");
        }
    }
}
