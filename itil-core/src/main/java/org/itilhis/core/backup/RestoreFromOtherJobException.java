package org.itilhis.core.backup;

import org.itilhis.core.shared.DomainException;

/** A restore test of one job said to restore a run of another job. */
public final class RestoreFromOtherJobException extends DomainException {
    public RestoreFromOtherJobException(BackupRunId run, BackupJobCode runJob, BackupJobCode job) {
        super("backup.restore-test.other-job", run, runJob, job);
    }
}
