package org.itilhis.testkit.memory;

import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.servicedesk.out.ContactRepository;
import org.itilhis.testkit.contract.ContactRepositoryContract;

class InMemoryContactRepositoryTest implements ContactRepositoryContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryContactRepository contacts = new InMemoryContactRepository(transactions);

    @Override
    public ContactRepository contacts() {
        return contacts;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }
}
