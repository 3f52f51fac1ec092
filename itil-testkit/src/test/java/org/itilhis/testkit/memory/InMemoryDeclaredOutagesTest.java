package org.itilhis.testkit.memory;

import org.itilhis.ports.availability.out.DeclaredOutages;
import org.itilhis.ports.common.Transactions;
import org.itilhis.testkit.contract.DeclaredOutagesContract;

/** The reference adapter passes the contract. */
class InMemoryDeclaredOutagesTest implements DeclaredOutagesContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryDeclaredOutages outages = new InMemoryDeclaredOutages(transactions);

    @Override
    public DeclaredOutages outages() {
        return outages;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }
}
