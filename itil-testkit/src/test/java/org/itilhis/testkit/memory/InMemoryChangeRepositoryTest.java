package org.itilhis.testkit.memory;

import org.itilhis.ports.change.out.ChangeRepository;
import org.itilhis.ports.common.Transactions;
import org.itilhis.testkit.contract.ChangeRepositoryContract;

class InMemoryChangeRepositoryTest implements ChangeRepositoryContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryChangeRepository changes = new InMemoryChangeRepository(transactions);

    @Override
    public ChangeRepository changes() {
        return changes;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }
}
