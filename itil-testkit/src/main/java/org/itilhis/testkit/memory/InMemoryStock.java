package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.ports.operations.out.StockItemRepository;
import org.itilhis.ports.operations.out.StoreRooms;
import org.itilhis.ports.operations.service.StockLedger;
import org.itilhis.ports.operations.service.StockPorts;
import org.itilhis.ports.operations.service.StockSettings;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;

/**
 * The stock of consumables and spare parts in memory beside an in-memory desk, on its
 * transactions, event log, directory, clock and notifier.
 */
public final class InMemoryStock {
    public final StockItemRepository items;
    public final StoreRooms rooms;
    public final InMemoryStockBalances balances;
    public final InMemoryStockMovements movements;
    public final StockPorts ports;
    public final StockLedger ledger;

    public InMemoryStock(InMemoryServiceDesk desk, ServiceDeskSettings settings, StockSettings stock) {
        checkNotNull(desk, "desk");
        this.items = InMemoryStockCatalogue.items(desk.transactions);
        this.rooms = InMemoryStockCatalogue.rooms(desk.transactions);
        this.balances = new InMemoryStockBalances(desk.transactions);
        this.movements = new InMemoryStockMovements(desk.transactions);
        this.ports = new StockPorts(desk.ports, items, rooms, balances, movements);
        this.ledger = StockLedger.create(ports, stock, settings, InMemoryServiceDesk.validator());
    }
}
