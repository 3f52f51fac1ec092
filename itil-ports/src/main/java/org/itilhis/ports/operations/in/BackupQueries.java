package org.itilhis.ports.operations.in;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.itilhis.core.backup.BackupJobCode;
import org.itilhis.core.backup.BackupRun;
import org.itilhis.core.backup.BackupRunId;
import org.itilhis.core.backup.BackupRunPosition;
import org.itilhis.core.backup.MissedBackup;
import org.itilhis.core.backup.RestoreTest;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;

/**
 * Reading the backup records: jobs, their runs (a page at a time, newest first), missed runs,
 * restore tests and the report per system. Each answer is limited to the jobs of groups the
 * actor may see ({@code VIEW_BACKUPS}); a job they may not see is reported as not found.
 */
public interface BackupQueries {
    /** @throws BackupJobNotFoundException if there is no such job the actor may see */
    BackupJobView job(Actor actor, BackupJobCode code);

    /** The jobs the actor may see, of {@code group} and on {@code ci} when given, by code. */
    List<BackupJobView> jobs(Actor actor, Optional<GroupId> group, Optional<CiId> ci);

    /**
     * At most {@code limit} runs of the job, newest start first, after {@code after} (the last
     * run of the page before).
     *
     * @throws BackupJobNotFoundException if there is no such job the actor may see
     */
    List<BackupRun> runs(Actor actor, BackupJobCode code, Optional<BackupRunPosition> after, int limit);

    /** @throws BackupRunNotFoundException if there is no such run of a job the actor may see */
    BackupRun run(Actor actor, BackupRunId id);

    /** The job's missed due times in {@code [from, to)}, oldest first. */
    List<MissedBackup> missed(Actor actor, BackupJobCode code, Instant from, Instant to);

    /** The job's restore tests, newest first. */
    List<RestoreTest> restoreTests(Actor actor, BackupJobCode code);

    /**
     * The report of every job the actor may see, of {@code ci} and {@code group} when given, by
     * code: missed and failed runs counted over {@code [from, to)}, the rest as it stands now.
     */
    List<BackupReportView> report(Actor actor, Optional<CiId> ci, Optional<GroupId> group, Instant from, Instant to);
}
