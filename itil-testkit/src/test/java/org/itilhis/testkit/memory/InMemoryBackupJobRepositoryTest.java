package org.itilhis.testkit.memory;

import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.operations.out.BackupJobRepository;
import org.itilhis.testkit.contract.BackupJobRepositoryContract;

class InMemoryBackupJobRepositoryTest implements BackupJobRepositoryContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryBackupJobRepository store = new InMemoryBackupJobRepository(transactions);

    @Override
    public BackupJobRepository jobs() {
        return store;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }
}
