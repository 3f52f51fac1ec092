package org.itilhis.testkit.memory;

import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.operations.out.InspectionScheduleRepository;
import org.itilhis.testkit.contract.InspectionScheduleRepositoryContract;

class InMemoryInspectionScheduleRepositoryTest implements InspectionScheduleRepositoryContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryInspectionScheduleRepository store = new InMemoryInspectionScheduleRepository(transactions);

    @Override
    public InspectionScheduleRepository schedules() {
        return store;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }
}
