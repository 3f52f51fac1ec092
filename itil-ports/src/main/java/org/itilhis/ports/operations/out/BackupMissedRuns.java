package org.itilhis.ports.operations.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.itilhis.core.backup.BackupJobCode;
import org.itilhis.core.backup.MissedBackup;

/**
 * The due times of backup jobs no run answered in time, unique by job and due time: of two nodes
 * recording the same missed run at once, one succeeds and the other is refused, so that each
 * missed run raises its incident once.
 */
public interface BackupMissedRuns {
    /**
     * Records a missed run.
     *
     * @throws org.itilhis.core.shared.VersionConflictException (kind {@code missed-backup}) if it is
     *         recorded already (by another node, say); the transaction stays usable, and a concurrent
     *         recording of the same one waits for the other's commit or rollback
     * @throws org.itilhis.ports.common.StorageException on an infrastructure failure
     */
    void record(MissedBackup missed);

    /** Which of {@code dueTimes} of {@code job} are recorded as missed. */
    Set<Instant> recorded(BackupJobCode job, Collection<Instant> dueTimes);

    /** The missed runs of {@code job} due in {@code [from, to)}, oldest first. */
    List<MissedBackup> ofJob(BackupJobCode job, Instant from, Instant to);
}
