package org.itilhis.testkit.memory;

import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.reporting.out.WorkloadFacts;
import org.itilhis.testkit.contract.WorkloadFactsContract;

/** The reference adapter passes the contract it defines the semantics of. */
class InMemoryWorkloadFactsTest implements WorkloadFactsContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryWorkloadFacts facts = new InMemoryWorkloadFacts(transactions);

    @Override
    public WorkloadFacts facts() {
        return facts;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }
}
