package org.itilhis.ports.operations.service;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.ports.operations.out.StockBalances;
import org.itilhis.ports.operations.out.StockItemRepository;
import org.itilhis.ports.operations.out.StockMovements;
import org.itilhis.ports.operations.out.StoreRooms;
import org.itilhis.ports.servicedesk.service.ServiceDeskPorts;

/**
 * The outbound ports of the stock of consumables and spare parts: the desk's (staff directory,
 * event log, transactions, clock, notifier) and its own stores, which must share the desk's
 * transactions.
 */
public record StockPorts(ServiceDeskPorts desk, StockItemRepository items, StoreRooms rooms, StockBalances balances,
                         StockMovements movements) {
    public StockPorts {
        checkNotNull(desk, "desk");
        checkNotNull(items, "items");
        checkNotNull(rooms, "rooms");
        checkNotNull(balances, "balances");
        checkNotNull(movements, "movements");
    }
}
