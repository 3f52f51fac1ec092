package org.itilhis.testkit.memory;

import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.operations.out.BackupRunRepository;
import org.itilhis.testkit.contract.BackupRunRepositoryContract;

class InMemoryBackupRunRepositoryTest implements BackupRunRepositoryContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryBackupRunRepository store = new InMemoryBackupRunRepository(transactions);

    @Override
    public BackupRunRepository runs() {
        return store;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }
}
