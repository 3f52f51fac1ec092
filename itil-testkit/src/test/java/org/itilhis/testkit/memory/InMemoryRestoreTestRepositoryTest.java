package org.itilhis.testkit.memory;

import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.operations.out.RestoreTestRepository;
import org.itilhis.testkit.contract.RestoreTestRepositoryContract;

class InMemoryRestoreTestRepositoryTest implements RestoreTestRepositoryContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryRestoreTestRepository store = new InMemoryRestoreTestRepository(transactions);

    @Override
    public RestoreTestRepository restoreTests() {
        return store;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }
}
