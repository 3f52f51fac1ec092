package org.itilhis.core.release;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.core.cmdb.CiId;

/**
 * What a rollback does to one configuration item: the version the release put there
 * ({@code replacedVersion}, its last deployment) is replaced by the version it had before the
 * release ({@code restoredVersion}).
 */
public record Restoration(CiId ci, SoftwareVersion restoredVersion, SoftwareVersion replacedVersion) {
    public Restoration {
        checkNotNull(ci, "ci");
        checkNotNull(restoredVersion, "restoredVersion");
        checkNotNull(replacedVersion, "replacedVersion");
    }
}
