package org.itilhis.testkit.memory;

import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.servicelevel.out.EscalationLog;
import org.itilhis.testkit.contract.EscalationLogContract;

/** The reference adapter passes the contract it defines the semantics of. */
class InMemoryEscalationLogTest implements EscalationLogContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryEscalationLog log = new InMemoryEscalationLog(transactions);

    @Override
    public EscalationLog escalations() {
        return log;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }
}
