package org.itilhis.testkit.memory;

import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.roster.out.RosterRepository;
import org.itilhis.testkit.contract.RosterRepositoryContract;

class InMemoryRosterRepositoryTest implements RosterRepositoryContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryRosterRepository store = new InMemoryRosterRepository(transactions);

    @Override
    public RosterRepository rosters() {
        return store;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }
}
