package org.itilhis.testkit.memory;

import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.release.out.ReleaseRepository;
import org.itilhis.testkit.contract.ReleaseRepositoryContract;

class InMemoryReleaseRepositoryTest implements ReleaseRepositoryContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryReleaseRepository releases = new InMemoryReleaseRepository(transactions);

    @Override
    public ReleaseRepository releases() {
        return releases;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }
}
