package org.itilhis.core.release;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.StaffId;

/**
 * One deployment of a release to one configuration item in one entered stage: the version
 * now running there, the version it replaced when known (what a rollback restores), who
 * deployed it and when.
 */
public record Deployment(CiId ci, String stage, SoftwareVersion version, Optional<SoftwareVersion> previousVersion,
                         StaffId by, Instant at) {
    public Deployment {
        checkNotNull(ci, "ci");
        checkNotNull(stage, "stage");
        checkNotNull(version, "version");
        checkNotNull(previousVersion, "previousVersion");
        checkNotNull(by, "by");
        checkNotNull(at, "at");
    }
}
