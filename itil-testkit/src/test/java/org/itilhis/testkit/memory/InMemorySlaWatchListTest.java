package org.itilhis.testkit.memory;

import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.servicelevel.out.SlaWatchList;
import org.itilhis.testkit.contract.SlaWatchListContract;

/** The reference adapter passes the contract it defines the semantics of. */
class InMemorySlaWatchListTest implements SlaWatchListContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemorySlaWatchList watchList = new InMemorySlaWatchList(transactions);

    @Override
    public SlaWatchList watches() {
        return watchList;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }
}
