package org.itilhis.core.backup;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;

/**
 * Where a page of a job's runs ended: the last run's start and id. Runs are listed newest start
 * first (a tie by id, descending), so the next page holds the runs before this position.
 */
public record BackupRunPosition(Instant startedAt, BackupRunId id) {
    public BackupRunPosition {
        checkNotNull(startedAt, "startedAt");
        checkNotNull(id, "id");
    }

    public static BackupRunPosition of(BackupRun run) {
        return new BackupRunPosition(run.startedAt(), run.id());
    }
}
