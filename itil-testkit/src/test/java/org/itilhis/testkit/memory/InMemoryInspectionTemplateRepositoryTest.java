package org.itilhis.testkit.memory;

import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.operations.out.InspectionTemplateRepository;
import org.itilhis.testkit.contract.InspectionTemplateRepositoryContract;

class InMemoryInspectionTemplateRepositoryTest implements InspectionTemplateRepositoryContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryInspectionTemplateRepository store = new InMemoryInspectionTemplateRepository(transactions);

    @Override
    public InspectionTemplateRepository templates() {
        return store;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }
}
