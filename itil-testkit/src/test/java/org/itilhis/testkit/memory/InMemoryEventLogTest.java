package org.itilhis.testkit.memory;

import org.itilhis.ports.common.EventLog;
import org.itilhis.ports.common.Transactions;
import org.itilhis.testkit.contract.EventLogContract;

class InMemoryEventLogTest implements EventLogContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryEventLog events = new InMemoryEventLog(transactions);

    @Override
    public EventLog events() {
        return events;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }
}
