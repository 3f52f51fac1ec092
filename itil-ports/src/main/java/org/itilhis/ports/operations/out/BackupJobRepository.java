package org.itilhis.ports.operations.out;

import java.util.List;
import java.util.Optional;
import org.itilhis.core.backup.BackupJob;
import org.itilhis.core.backup.BackupJobCode;

/**
 * Stores backup jobs by code with optimistic locking: a job loaded at version n and changed by k
 * events is saved only if the stored version is still n, and then stored at n + k.
 */
public interface BackupJobRepository {
    Optional<BackupJob> find(BackupJobCode code);

    /**
     * Inserts a new job or updates a stored one, using its pending events to know the version it
     * was read at.
     *
     * @throws org.itilhis.core.shared.VersionConflictException (kind {@code backup-job}) if the
     *         stored version differs, or a new job's code exists already
     * @throws org.itilhis.ports.common.StorageException on an infrastructure failure
     */
    void save(BackupJob job);

    /** Every job, by code. */
    List<BackupJob> all();
}
