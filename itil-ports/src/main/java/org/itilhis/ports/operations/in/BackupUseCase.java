package org.itilhis.ports.operations.in;

/**
 * Keeping the backup records: defining a group's backup jobs, recording their runs (an engineer,
 * or the backup software through the API) and restore tests. Each command is validated,
 * authorised in the scope of the job's group, applied and saved with its events in one
 * transaction; a refused command changes nothing.
 *
 * @throws org.itilhis.ports.common.InvalidCommandException for a command that breaks its constraints
 * @throws org.itilhis.core.access.NotPermittedException if the actor may not do it
 * @throws BackupJobNotFoundException for an unknown job, or one the actor may not see
 * @throws org.itilhis.core.shared.VersionConflictException if the job changed since {@code expectedVersion}
 * @throws org.itilhis.core.shared.DomainException for any other refused rule
 */
public interface BackupUseCase {
    /**
     * @throws org.itilhis.core.backup.BackupJobCodeTakenException if a job has the code already
     * @throws org.itilhis.ports.configuration.in.CiNotFoundException if the item is not in the CMDB
     * @throws org.itilhis.core.calendar.InvalidScheduleException if the schedule is not a cron expression
     */
    BackupJobView defineJob(BackupCommand.DefineJob command);

    BackupJobView redefineJob(BackupCommand.RedefineJob command);

    /**
     * Records a run, matched to the latest due time at or before its start that no run answers
     * yet; a failed run raises an incident on the job's item (or adds to the open one) in the
     * same transaction. The same run posted again (same job and external id) is not recorded
     * twice: the first recording is answered, marked as a replay.
     *
     * @throws org.itilhis.core.backup.BackupTimeInTheFutureException if it starts or ends after now
     * @throws org.itilhis.core.backup.BackupRunEndsBeforeStartException if it ends before it starts
     */
    RecordedRun recordRun(BackupCommand.RecordRun command);

    /**
     * @throws org.itilhis.core.backup.BackupTimeInTheFutureException if it was tested after now
     * @throws BackupRunNotFoundException if the run named is unknown
     * @throws org.itilhis.core.backup.RestoreFromOtherJobException if the run named is of another job
     */
    org.itilhis.core.backup.RestoreTest recordRestoreTest(BackupCommand.RecordRestoreTest command);
}
