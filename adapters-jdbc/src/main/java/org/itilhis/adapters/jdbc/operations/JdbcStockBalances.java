package org.itilhis.adapters.jdbc.operations;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.JdbcStoreParts;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.core.stock.InsufficientStockException;
import org.itilhis.core.stock.StockBalance;
import org.itilhis.core.stock.StockItemCode;
import org.itilhis.core.stock.StoreRoomCode;
import org.itilhis.ports.operations.out.StockBalances;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/**
 * The balances in {@code stock_balance}, one row per item and room, which the database keeps
 * from going below zero twice over: every taking is one conditional statement, {@code UPDATE ...
 * SET quantity = quantity - :taken WHERE ... AND quantity >= :taken}, so that of several
 * transactions taking the last unit at once the first holds the row's lock, the others wait
 * for it, re-read the row when it commits and match nothing (then they are refused with the
 * balance as it is); and the table's check {@code quantity >= 0} refuses any other write that
 * would. A receipt adds to the row in one upsert (PostgreSQL's {@code ON CONFLICT DO UPDATE},
 * MariaDB's {@code ON DUPLICATE KEY UPDATE}; on H2 an update, else an insert, else the update
 * again), so that two first receipts into a room do not collide. Every write leaves the row
 * locked until the transaction ends.
 */
public final class JdbcStockBalances implements StockBalances {
    private static final String WHERE = " WHERE item_code = :item AND room_code = :room";
    private static final String COLUMNS = "SELECT item_code, room_code, quantity, reorder_alerted FROM stock_balance";

    private final JdbcTransactions transactions;
    private final Dialect dialect;

    JdbcStockBalances(JdbcStoreParts parts) {
        this.transactions = checkNotNull(parts, "parts").transactions();
        this.dialect = parts.dialect();
    }

    @Override
    public Optional<StockBalance> find(StockItemCode item, StoreRoomCode room) {
        checkNotNull(item, "item");
        checkNotNull(room, "room");
        return transactions.withHandle("reading the balance of " + item + " in " + room,
                handle -> read(handle, item, room));
    }

    @Override
    public List<StockBalance> ofItem(StockItemCode item) {
        checkNotNull(item, "item");
        return transactions.withHandle("reading the balances of " + item, handle -> handle
                .createQuery(COLUMNS + " WHERE item_code = :item ORDER BY room_code")
                .bind("item", item.value())
                .map((row, context) -> balance(row))
                .list());
    }

    @Override
    public List<StockBalance> inRoom(StoreRoomCode room) {
        checkNotNull(room, "room");
        return transactions.withHandle("reading the balances in " + room, handle -> handle
                .createQuery(COLUMNS + " WHERE room_code = :room ORDER BY item_code")
                .bind("room", room.value())
                .map((row, context) -> balance(row))
                .list());
    }

    @Override
    public StockBalance add(StockItemCode item, StoreRoomCode room, long delta) {
        checkNotNull(item, "item");
        checkNotNull(room, "room");
        return transactions.withHandle("changing the balance of " + item + " in " + room + " by " + delta, handle -> {
            if (delta >= 0) {
                addTo(handle, item, room, delta);
            } else if (bind(handle.createUpdate("UPDATE stock_balance SET quantity = quantity - :taken" + WHERE
                    + " AND quantity >= :taken"), item, room).bind("taken", -delta).execute() == 0) {
                long held = read(handle, item, room).map(StockBalance::quantity).orElse(0L);
                throw new InsufficientStockException(item, room, held, -delta);
            }
            return read(handle, item, room).orElseThrow();
        });
    }

    @Override
    public StockBalance count(StockItemCode item, StoreRoomCode room, long counted, Optional<Long> expected) {
        checkNotNull(item, "item");
        checkNotNull(room, "room");
        checkNotNull(expected, "expected");
        checkArgument(counted >= 0, "counted %s", counted);
        return transactions.withHandle("counting " + item + " in " + room, handle -> {
            addTo(handle, item, room, 0); // the row exists and this transaction holds its lock
            StockBalance before = read(handle, item, room).orElseThrow();
            if (expected.isPresent() && expected.get() != before.quantity()) {
                throw new VersionConflictException("stock-balance", item + "@" + room, expected.get(),
                        before.quantity());
            }
            bind(handle.createUpdate("UPDATE stock_balance SET quantity = :counted" + WHERE), item, room)
                    .bind("counted", counted)
                    .execute();
            return before;
        });
    }

    @Override
    public void markReorderAlerted(StockItemCode item, StoreRoomCode room, boolean alerted) {
        checkNotNull(item, "item");
        checkNotNull(room, "room");
        transactions.withHandle("flagging the reorder alert of " + item + " in " + room, handle ->
                bind(handle.createUpdate("UPDATE stock_balance SET reorder_alerted = :alerted" + WHERE), item, room)
                        .bind("alerted", alerted)
                        .execute());
    }

    /** Adds {@code received} (zero or more) to the row, creating it at that quantity if there is none. */
    private void addTo(Handle handle, StockItemCode item, StoreRoomCode room, long received) {
        String insert = "INSERT INTO stock_balance (item_code, room_code, quantity, reorder_alerted) "
                + "VALUES (:item, :room, :received, FALSE)";
        switch (dialect) {
            case POSTGRESQL -> bind(handle.createUpdate(insert + " ON CONFLICT (item_code, room_code) DO UPDATE SET "
                    + "quantity = stock_balance.quantity + EXCLUDED.quantity"), item, room)
                    .bind("received", received).execute();
            case MARIADB -> bind(handle.createUpdate(insert
                    + " ON DUPLICATE KEY UPDATE quantity = quantity + VALUES(quantity)"), item, room)
                    .bind("received", received).execute();
            case H2 -> {
                String update = "UPDATE stock_balance SET quantity = quantity + :received" + WHERE;
                if (bind(handle.createUpdate(update), item, room).bind("received", received).execute() == 0
                        && !dialect.inserted(() -> bind(handle.createUpdate(insert), item, room)
                        .bind("received", received).execute())) {
                    bind(handle.createUpdate(update), item, room).bind("received", received).execute();
                }
            }
        }
    }

    private static Optional<StockBalance> read(Handle handle, StockItemCode item, StoreRoomCode room) {
        return handle.createQuery(COLUMNS + WHERE)
                .bind("item", item.value())
                .bind("room", room.value())
                .map((row, context) -> balance(row))
                .findOne();
    }

    private static Update bind(Update update, StockItemCode item, StoreRoomCode room) {
        return update.bind("item", item.value()).bind("room", room.value());
    }

    private static StockBalance balance(ResultSet row) throws SQLException {
        return new StockBalance(StockItemCode.of(row.getString("item_code")), StoreRoomCode.of(row.getString(
                "room_code")), row.getLong("quantity"), row.getBoolean("reorder_alerted"));
    }
}
