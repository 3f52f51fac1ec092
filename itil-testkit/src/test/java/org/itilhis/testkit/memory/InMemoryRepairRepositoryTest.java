package org.itilhis.testkit.memory;

import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.operations.out.RepairRepository;
import org.itilhis.testkit.contract.RepairRepositoryContract;

class InMemoryRepairRepositoryTest implements RepairRepositoryContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryRepairRepository store = new InMemoryRepairRepository(transactions);

    @Override
    public RepairRepository repairs() {
        return store;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }
}
