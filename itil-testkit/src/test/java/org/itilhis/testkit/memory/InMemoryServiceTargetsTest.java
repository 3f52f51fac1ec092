package org.itilhis.testkit.memory;

import org.itilhis.ports.availability.out.ServiceTargets;
import org.itilhis.ports.common.Transactions;
import org.itilhis.testkit.contract.ServiceTargetsContract;

/** The reference adapter passes the contract. */
class InMemoryServiceTargetsTest implements ServiceTargetsContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryServiceTargets targets = new InMemoryServiceTargets(transactions);

    @Override
    public ServiceTargets targets() {
        return targets;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }
}
