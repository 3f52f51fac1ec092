package org.itilhis.testkit.memory;

import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.operations.out.StockBalances;
import org.itilhis.ports.operations.out.StockItemRepository;
import org.itilhis.ports.operations.out.StockMovements;
import org.itilhis.ports.operations.out.StoreRooms;
import org.itilhis.testkit.contract.StockBalancesContract;
import org.itilhis.testkit.contract.StockCatalogueContract;
import org.itilhis.testkit.contract.StockMovementsContract;

class InMemoryStockStoresTest implements StockCatalogueContract, StockBalancesContract, StockMovementsContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final StockItemRepository items = InMemoryStockCatalogue.items(transactions);
    private final StoreRooms rooms = InMemoryStockCatalogue.rooms(transactions);
    private final InMemoryStockBalances balances = new InMemoryStockBalances(transactions);
    private final InMemoryStockMovements movements = new InMemoryStockMovements(transactions);

    @Override
    public StockItemRepository stockItems() {
        return items;
    }

    @Override
    public StoreRooms storeRooms() {
        return rooms;
    }

    @Override
    public StockBalances balances() {
        return balances;
    }

    @Override
    public StockMovements movements() {
        return movements;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }
}
