package org.itilhis.core.availability;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.StaffId;

/** A service's availability target as stored, with who set it last and when; {@code version} counts its events. */
public record ServiceTargetSnapshot(CiId service, String catalogueService, AvailabilityTarget target, StaffId setBy,
                                    Instant setAt, long version) {
    public ServiceTargetSnapshot {
        checkNotNull(service, "service");
        checkNotNull(catalogueService, "catalogueService");
        checkNotNull(target, "target");
        checkNotNull(setBy, "setBy");
        checkNotNull(setAt, "setAt");
        checkArgument(version >= 1, "version %s is below 1", version);
    }
}
