package org.itilhis.testkit.memory;

import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.operations.out.BackupMissedRuns;
import org.itilhis.testkit.contract.BackupMissedRunsContract;

class InMemoryBackupMissedRunsTest implements BackupMissedRunsContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryBackupMissedRuns store = new InMemoryBackupMissedRuns(transactions);

    @Override
    public BackupMissedRuns missed() {
        return store;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }
}
