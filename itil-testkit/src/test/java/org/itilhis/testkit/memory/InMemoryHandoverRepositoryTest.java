package org.itilhis.testkit.memory;

import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.roster.out.HandoverRepository;
import org.itilhis.testkit.contract.HandoverRepositoryContract;

class InMemoryHandoverRepositoryTest implements HandoverRepositoryContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryHandoverRepository store = new InMemoryHandoverRepository(transactions);

    @Override
    public HandoverRepository handovers() {
        return store;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }
}
