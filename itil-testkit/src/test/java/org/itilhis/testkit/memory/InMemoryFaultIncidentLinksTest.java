package org.itilhis.testkit.memory;

import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.configuration.out.FaultIncidentLinks;
import org.itilhis.testkit.contract.FaultIncidentLinksContract;

/** The reference adapter passes the contract. */
class InMemoryFaultIncidentLinksTest implements FaultIncidentLinksContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryFaultIncidentLinks links = new InMemoryFaultIncidentLinks(transactions);

    @Override
    public FaultIncidentLinks links() {
        return links;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }
}
