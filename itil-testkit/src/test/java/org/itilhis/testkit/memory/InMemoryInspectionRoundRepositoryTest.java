package org.itilhis.testkit.memory;

import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.operations.out.InspectionRoundRepository;
import org.itilhis.testkit.contract.InspectionRoundRepositoryContract;

class InMemoryInspectionRoundRepositoryTest implements InspectionRoundRepositoryContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryInspectionRoundRepository store = new InMemoryInspectionRoundRepository(transactions);

    @Override
    public InspectionRoundRepository rounds() {
        return store;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }
}
