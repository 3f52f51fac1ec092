package org.itilhis.ports.operations.in;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.core.backup.BackupJob;
import org.itilhis.core.backup.BackupJobSnapshot;

/** A backup job as readers see it, at its version (the ETag). */
public record BackupJobView(BackupJobSnapshot state) {
    public BackupJobView {
        checkNotNull(state, "state");
    }

    public static BackupJobView of(BackupJob job) {
        return new BackupJobView(job.snapshot());
    }

    public long version() {
        return state.version();
    }
}
