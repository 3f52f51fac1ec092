package org.itilhis.core.release;

import java.util.List;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.DomainException;

/**
 * A rollback gave a version to restore for items that do not need one: the release did not
 * deploy to them, or their previous version is recorded (the record wins, so that a rollback
 * always restores what the deployment replaced).
 */
public final class RestoreVersionNotNeededException extends DomainException {
    public RestoreVersionNotNeededException(ReleaseNumber number, List<CiId> items) {
        super("release.restore-version-not-needed", number, items.stream().map(CiId::toString).toList());
    }
}
