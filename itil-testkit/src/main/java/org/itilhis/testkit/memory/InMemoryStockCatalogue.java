package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.core.stock.StockItem;
import org.itilhis.core.stock.StockItemCode;
import org.itilhis.core.stock.StoreRoom;
import org.itilhis.core.stock.StoreRoomCode;
import org.itilhis.ports.operations.out.StockItemRepository;
import org.itilhis.ports.operations.out.StoreRooms;

/**
 * Versioned records by code in a map, each version saved only after the one before, writes
 * undone with their transaction: the stock items ({@link #items}) and store rooms ({@link
 * #rooms}) in memory.
 */
public final class InMemoryStockCatalogue<K, V> {
    private final InMemoryTransactions transactions;
    private final String record;
    private final Function<V, K> key;
    private final ToLongFunction<V> version;
    private final Comparator<V> order;
    private final Map<K, V> byKey = new ConcurrentHashMap<>();

    private InMemoryStockCatalogue(InMemoryTransactions transactions, String record, Function<V, K> key,
                               ToLongFunction<V> version, Comparator<V> order) {
        this.transactions = checkNotNull(transactions, "transactions");
        this.record = record;
        this.key = key;
        this.version = version;
        this.order = order;
    }

    public static StockItemRepository items(InMemoryTransactions transactions) {
        InMemoryStockCatalogue<StockItemCode, StockItem> items = new InMemoryStockCatalogue<>(transactions, "stock-item",
                StockItem::code, StockItem::version, Comparator.comparing(i -> i.code().value()));
        return new StockItemRepository() {
            @Override
            public Optional<StockItem> find(StockItemCode code) {
                return items.find(code);
            }

            @Override
            public List<StockItem> all() {
                return items.all();
            }

            @Override
            public void save(StockItem item) {
                items.save(item);
            }
        };
    }

    public static StoreRooms rooms(InMemoryTransactions transactions) {
        InMemoryStockCatalogue<StoreRoomCode, StoreRoom> rooms = new InMemoryStockCatalogue<>(transactions, "store-room",
                StoreRoom::code, StoreRoom::version, Comparator.comparing(r -> r.code().value()));
        return new StoreRooms() {
            @Override
            public Optional<StoreRoom> find(StoreRoomCode code) {
                return rooms.find(code);
            }

            @Override
            public List<StoreRoom> all() {
                return rooms.all();
            }

            @Override
            public void save(StoreRoom room) {
                rooms.save(room);
            }
        };
    }

    Optional<V> find(K code) {
        checkNotNull(code, "code");
        return transactions.locked(() -> Optional.ofNullable(byKey.get(code)));
    }

    List<V> all() {
        return transactions.locked(() -> byKey.values().stream().sorted(order).toList());
    }

    void save(V next) {
        checkNotNull(next, "next");
        K code = key.apply(next);
        transactions.locked(() -> {
            V stored = byKey.get(code);
            long actual = stored == null ? 0 : version.applyAsLong(stored);
            if (actual != version.applyAsLong(next) - 1) {
                throw new VersionConflictException(record, code.toString(), version.applyAsLong(next) - 1, actual);
            }
            byKey.put(code, next);
            transactions.onRollback(() -> {
                if (stored == null) {
                    byKey.remove(code);
                } else {
                    byKey.put(code, stored);
                }
            });
            return null;
        });
    }
}
