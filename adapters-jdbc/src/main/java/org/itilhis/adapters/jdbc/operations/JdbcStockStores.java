package org.itilhis.adapters.jdbc.operations;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.adapters.jdbc.common.JdbcStoreParts;

/**
 * The stock of consumables and spare parts' registration in a JDBC storage: its items, store
 * rooms, balances and ledger, built from the parts every practice shares.
 */
public final class JdbcStockStores {
    private final JdbcStockItems items;
    private final JdbcStoreRooms rooms;
    private final JdbcStockBalances balances;
    private final JdbcStockMovements movements;

    public JdbcStockStores(JdbcStoreParts parts) {
        checkNotNull(parts, "parts");
        this.items = new JdbcStockItems(parts);
        this.rooms = new JdbcStoreRooms(parts);
        this.balances = new JdbcStockBalances(parts);
        this.movements = new JdbcStockMovements(parts);
    }

    public JdbcStockItems items() {
        return items;
    }

    public JdbcStoreRooms rooms() {
        return rooms;
    }

    public JdbcStockBalances balances() {
        return balances;
    }

    public JdbcStockMovements movements() {
        return movements;
    }
}
