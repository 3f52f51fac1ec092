package org.itilhis.core.availability;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.OperationalState;

/**
 * A configuration item out of service, or degraded, from {@code start} to {@code end} (open
 * while it lasts), and where that is known from.
 *
 * @param state     {@link OperationalState#DOWN} or {@link OperationalState#DEGRADED}
 * @param reference the record it comes from, to explain it: {@code INC-2026-000123},
 *                  {@code alert 5521}, {@code repair 17}
 */
public record Outage(CiId ci, OperationalState state, Instant start, Optional<Instant> end, OutageSource source,
                     String reference) {
    public Outage {
        checkNotNull(ci, "ci");
        checkNotNull(state, "state");
        checkNotNull(start, "start");
        checkNotNull(end, "end");
        checkNotNull(source, "source");
        checkNotNull(reference, "reference");
        checkArgument(state != OperationalState.OPERATIONAL, "an outage is down or degraded, not %s", state);
        end.ifPresent(e -> checkArgument(!e.isBefore(start), "outage ends at %s before it starts at %s", e, start));
    }
}
