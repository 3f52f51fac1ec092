package org.itilhis.ports.operations.in;

import org.itilhis.core.backup.BackupRunId;
import org.itilhis.core.shared.DomainException;

/** A restore test naming a backup run that was never recorded. */
public final class BackupRunNotFoundException extends DomainException {
    public BackupRunNotFoundException(BackupRunId run) {
        super("backup.run.not-found", run);
    }
}
