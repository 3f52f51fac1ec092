package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.itilhis.core.backup.BackupJobCode;
import org.itilhis.core.backup.MissedBackup;
import org.itilhis.ports.operations.out.BackupMissedRuns;

/** Missed backup runs in a map by job and due time: a second record of the same one is refused. */
public final class InMemoryBackupMissedRuns implements BackupMissedRuns {
    private final SnapshotStore<Key, Key, MissedBackup> store;

    public InMemoryBackupMissedRuns(InMemoryTransactions transactions) {
        this.store = SnapshotStore.withoutNumbers(transactions, "missed-backup",
                missed -> new Key(missed.job(), missed.dueAt()), missed -> 1);
    }

    @Override
    public void record(MissedBackup missed) {
        store.save(checkNotNull(missed, "missed"), 0);
    }

    @Override
    public Set<Instant> recorded(BackupJobCode job, Collection<Instant> dueTimes) {
        return store.all().stream().filter(missed -> missed.job().equals(job) && dueTimes.contains(missed.dueAt()))
                .map(MissedBackup::dueAt).collect(Collectors.toSet());
    }

    @Override
    public List<MissedBackup> ofJob(BackupJobCode job, Instant from, Instant to) {
        return store.all().stream().filter(missed -> missed.job().equals(job) && !missed.dueAt().isBefore(from)
                && missed.dueAt().isBefore(to)).sorted(Comparator.comparing(MissedBackup::dueAt)).toList();
    }

    /** A missed run's key, as conflicts name it. */
    private record Key(BackupJobCode job, Instant dueAt) {
        @Override
        public String toString() {
            return job + " due " + dueAt;
        }
    }
}
