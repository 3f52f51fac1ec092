package org.itilhis.testkit.memory;

import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.problem.out.DetectionDismissals;
import org.itilhis.testkit.contract.DetectionDismissalsContract;

class InMemoryDetectionDismissalsTest implements DetectionDismissalsContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryDetectionDismissals dismissals = new InMemoryDetectionDismissals(transactions);

    @Override
    public DetectionDismissals dismissals() {
        return dismissals;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }
}
