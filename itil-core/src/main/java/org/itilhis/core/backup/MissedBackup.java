package org.itilhis.core.backup;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;

/**
 * A due time of a backup job that no run answered by its deadline (the due time plus the job's
 * grace period): recorded once per job and due time, with the incident it raised.
 */
public record MissedBackup(BackupJobCode job, Instant dueAt, Instant deadline, Instant detectedAt) {
    public MissedBackup {
        checkNotNull(job, "job");
        checkNotNull(dueAt, "dueAt");
        checkNotNull(deadline, "deadline");
        checkNotNull(detectedAt, "detectedAt");
        checkArgument(!deadline.isBefore(dueAt), "deadline %s is before due time %s", deadline, dueAt);
        checkArgument(detectedAt.isAfter(deadline), "detected at %s, not after the deadline %s", detectedAt, deadline);
    }
}
