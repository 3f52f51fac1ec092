package org.itilhis.ports.operations.in;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.repair.Downtime;
import org.itilhis.core.repair.RepairId;

/** One item's time out of service for one repair. */
public record DowntimeInterval(CiId ci, RepairId repair, Downtime downtime) {
    public DowntimeInterval {
        checkNotNull(ci, "ci");
        checkNotNull(repair, "repair");
        checkNotNull(downtime, "downtime");
    }
}
