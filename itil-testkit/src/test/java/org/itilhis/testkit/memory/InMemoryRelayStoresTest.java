package org.itilhis.testkit.memory;

import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.notification.out.PendingDeliveries;
import org.itilhis.ports.notification.out.RelayPositions;
import org.itilhis.testkit.contract.PendingDeliveriesContract;
import org.itilhis.testkit.contract.RelayPositionsContract;

class InMemoryRelayStoresTest implements RelayPositionsContract, PendingDeliveriesContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryRelayPositions positions = new InMemoryRelayPositions(transactions);
    private final InMemoryPendingDeliveries deliveries = new InMemoryPendingDeliveries(transactions);

    @Override
    public RelayPositions positions() {
        return positions;
    }

    @Override
    public PendingDeliveries deliveries() {
        return deliveries;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }
}
