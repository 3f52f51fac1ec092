package org.itilhis.ports.operations.in;

import org.itilhis.core.backup.BackupJobCode;
import org.itilhis.core.shared.DomainException;

/** No such backup job, or none the actor may see (the two are not told apart, on purpose). */
public final class BackupJobNotFoundException extends DomainException {
    public BackupJobNotFoundException(BackupJobCode code) {
        super("backup.job.not-found", code);
    }
}
