package org.itilhis.core.availability;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import org.itilhis.core.cmdb.CiId;

/**
 * An approved change's window on the items it touches: an outage of one of those items inside
 * {@code [start, end)} is planned maintenance, reported apart from unplanned downtime.
 *
 * @param change the change's number, to explain it
 */
public record PlannedMaintenance(String change, ImmutableSet<CiId> cis, Instant start, Instant end) {
    public PlannedMaintenance {
        checkNotNull(change, "change");
        cis = ImmutableSet.copyOf(checkNotNull(cis, "cis"));
        checkNotNull(start, "start");
        checkNotNull(end, "end");
        checkArgument(start.isBefore(end), "maintenance window %s..%s does not end after it starts", start, end);
    }
}
