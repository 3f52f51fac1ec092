package org.itilhis.core.backup;

import java.time.Instant;
import org.itilhis.core.shared.DomainException;

/** A backup run whose end is before its start. */
public final class BackupRunEndsBeforeStartException extends DomainException {
    public BackupRunEndsBeforeStartException(Instant startedAt, Instant endedAt) {
        super("backup.run.ends-before-start", startedAt, endedAt);
    }
}
