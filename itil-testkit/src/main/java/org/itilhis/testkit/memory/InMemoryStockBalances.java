package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.core.stock.InsufficientStockException;
import org.itilhis.core.stock.StockBalance;
import org.itilhis.core.stock.StockItemCode;
import org.itilhis.core.stock.StoreRoomCode;
import org.itilhis.ports.operations.out.StockBalances;

/**
 * The balances in a map by item and room; each change is checked and applied under the
 * transaction lock (one transaction at a time), so a balance never goes below zero; writes are
 * undone with their transaction.
 */
public final class InMemoryStockBalances implements StockBalances {
    private final InMemoryTransactions transactions;
    private final Map<Key, StockBalance> balances = new ConcurrentHashMap<>();

    public InMemoryStockBalances(InMemoryTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions");
    }

    private record Key(StockItemCode item, StoreRoomCode room) {
    }

    @Override
    public Optional<StockBalance> find(StockItemCode item, StoreRoomCode room) {
        Key key = new Key(checkNotNull(item, "item"), checkNotNull(room, "room"));
        return transactions.locked(() -> Optional.ofNullable(balances.get(key)));
    }

    @Override
    public List<StockBalance> ofItem(StockItemCode item) {
        checkNotNull(item, "item");
        return transactions.locked(() -> balances.values().stream().filter(b -> b.item().equals(item))
                .sorted(Comparator.comparing(b -> b.room().value())).toList());
    }

    @Override
    public List<StockBalance> inRoom(StoreRoomCode room) {
        checkNotNull(room, "room");
        return transactions.locked(() -> balances.values().stream().filter(b -> b.room().equals(room))
                .sorted(Comparator.comparing(b -> b.item().value())).toList());
    }

    @Override
    public StockBalance add(StockItemCode item, StoreRoomCode room, long delta) {
        Key key = new Key(checkNotNull(item, "item"), checkNotNull(room, "room"));
        return transactions.locked(() -> {
            StockBalance stored = balances.get(key);
            StockBalance before = stored == null ? StockBalance.empty(item, room) : stored;
            if (before.quantity() + delta < 0) {
                throw new InsufficientStockException(item, room, before.quantity(), -delta);
            }
            StockBalance after = new StockBalance(item, room, before.quantity() + delta, before.reorderAlerted());
            put(key, after, stored);
            return after;
        });
    }

    @Override
    public StockBalance count(StockItemCode item, StoreRoomCode room, long counted, Optional<Long> expected) {
        Key key = new Key(checkNotNull(item, "item"), checkNotNull(room, "room"));
        checkNotNull(expected, "expected");
        return transactions.locked(() -> {
            StockBalance stored = balances.get(key);
            StockBalance before = stored == null ? StockBalance.empty(item, room) : stored;
            if (expected.isPresent() && expected.get() != before.quantity()) {
                throw new VersionConflictException("stock-balance", item + "@" + room, expected.get(),
                        before.quantity());
            }
            put(key, before.counted(counted), stored);
            return before;
        });
    }

    @Override
    public void markReorderAlerted(StockItemCode item, StoreRoomCode room, boolean alerted) {
        Key key = new Key(checkNotNull(item, "item"), checkNotNull(room, "room"));
        transactions.locked(() -> {
            StockBalance stored = balances.get(key);
            if (stored != null) {
                put(key, new StockBalance(item, room, stored.quantity(), alerted), stored);
            }
            return null;
        });
    }

    private void put(Key key, StockBalance next, StockBalance stored) {
        balances.put(key, next);
        transactions.onRollback(() -> {
            if (stored == null) {
                balances.remove(key);
            } else {
                balances.put(key, stored);
            }
        });
    }
}
