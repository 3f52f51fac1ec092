package org.itilhis.ports.operations.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.itilhis.core.backup.BackupJobCode;
import org.itilhis.core.backup.BackupRun;
import org.itilhis.core.backup.BackupRunId;
import org.itilhis.core.backup.BackupRunPosition;

/**
 * Stores backup runs, each once: a run is never changed after it is recorded. A job's runs are
 * unique by the backup software's external id, so that the same run posted twice is stored once.
 */
public interface BackupRunRepository {
    BackupRunId nextId();

    /**
     * Stores a new run.
     *
     * @throws org.itilhis.core.shared.VersionConflictException (kind {@code backup-run}) if the id, or
     *         the job's external id, is taken; the transaction stays usable
     * @throws org.itilhis.ports.common.StorageException on an infrastructure failure
     */
    void add(BackupRun run);

    Optional<BackupRun> find(BackupRunId id);

    /** The run of {@code job} the backup software called {@code externalId}. */
    Optional<BackupRun> byExternalId(BackupJobCode job, String externalId);

    /**
     * At most {@code limit} runs of {@code job}, newest start first (a tie by id, descending),
     * after {@code after} when given.
     */
    List<BackupRun> ofJob(BackupJobCode job, Optional<BackupRunPosition> after, int limit);

    /** The runs of {@code job} that started in {@code [from, to)}, oldest first. */
    List<BackupRun> startedBetween(BackupJobCode job, Instant from, Instant to);

    /** Which of {@code dueTimes} a run of {@code job} answers. */
    Set<Instant> answered(BackupJobCode job, Collection<Instant> dueTimes);

    /** The succeeded run of {@code job} that ended last. */
    Optional<BackupRun> lastSucceeded(BackupJobCode job);
}
