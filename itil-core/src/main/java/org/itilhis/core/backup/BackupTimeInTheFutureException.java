package org.itilhis.core.backup;

import java.time.Instant;
import org.itilhis.core.shared.DomainException;

/** A backup run or restore test said to have happened after now: a clock or a typing mistake. */
public final class BackupTimeInTheFutureException extends DomainException {
    public BackupTimeInTheFutureException(String field, Instant at, Instant now) {
        super("backup.in-the-future", field, at, now);
    }
}
