package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.itilhis.core.backup.BackupJob;
import org.itilhis.core.backup.BackupJobCode;
import org.itilhis.core.backup.BackupJobSnapshot;
import org.itilhis.ports.operations.out.BackupJobRepository;

/** Backup jobs in a map of snapshots by code, with optimistic locking. */
public final class InMemoryBackupJobRepository implements BackupJobRepository {
    private final SnapshotStore<BackupJobCode, BackupJobCode, BackupJobSnapshot> store;

    public InMemoryBackupJobRepository(InMemoryTransactions transactions) {
        this.store = SnapshotStore.withoutNumbers(transactions, "backup-job", BackupJobSnapshot::code,
                BackupJobSnapshot::version);
    }

    @Override
    public Optional<BackupJob> find(BackupJobCode code) {
        checkNotNull(code, "code");
        return store.byId(code).map(BackupJob::restore);
    }

    @Override
    public void save(BackupJob job) {
        BackupJobSnapshot next = job.snapshot();
        store.save(next, next.version() - job.pendingEvents().size());
    }

    @Override
    public List<BackupJob> all() {
        return store.all().stream().sorted(Comparator.comparing(s -> s.code().value())).map(BackupJob::restore)
                .toList();
    }
}
