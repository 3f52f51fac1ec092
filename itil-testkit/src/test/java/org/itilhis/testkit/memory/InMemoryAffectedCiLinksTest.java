package org.itilhis.testkit.memory;

import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.configuration.out.AffectedCiLinks;
import org.itilhis.testkit.contract.AffectedCiLinksContract;

/** The reference adapter passes the contract. */
class InMemoryAffectedCiLinksTest implements AffectedCiLinksContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryAffectedCiLinks links = new InMemoryAffectedCiLinks(transactions);

    @Override
    public AffectedCiLinks links() {
        return links;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }
}
