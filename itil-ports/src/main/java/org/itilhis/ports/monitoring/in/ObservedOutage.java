package org.itilhis.ports.monitoring.in;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.OperationalState;

/**
 * A stretch of time in which monitoring saw an item down or degraded: from the firing of the
 * alert that put it there to the recovery (or the next change of its state); open while it lasts.
 *
 * @param reference the alert that began it, to explain it ({@code alert 5521 HostDown})
 */
public record ObservedOutage(CiId ci, OperationalState state, Instant start, Optional<Instant> end,
                             String reference) {
    public ObservedOutage {
        checkNotNull(ci, "ci");
        checkNotNull(state, "state");
        checkNotNull(start, "start");
        checkNotNull(end, "end");
        checkNotNull(reference, "reference");
        checkArgument(state != OperationalState.OPERATIONAL, "an outage is down or degraded, not %s", state);
    }
}
