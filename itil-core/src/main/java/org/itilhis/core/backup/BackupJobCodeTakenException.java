package org.itilhis.core.backup;

import org.itilhis.core.shared.DomainException;

/** A new backup job under a code another job has: codes name one job for its life. */
public final class BackupJobCodeTakenException extends DomainException {
    public BackupJobCodeTakenException(BackupJobCode code) {
        super("backup.job.code-taken", code);
    }
}
