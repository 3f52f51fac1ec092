package org.itilhis.ports.monitoring.out;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.OperationalState;

/**
 * An item's current observed state, since when, and the alert that put it there
 * ({@code alert 5521 prometheus-core HostDown}).
 */
public record CiStateNow(CiId ci, OperationalState state, Instant since, String reference) {
    public CiStateNow {
        checkNotNull(ci, "ci");
        checkNotNull(state, "state");
        checkNotNull(since, "since");
        checkNotNull(reference, "reference");
    }
}
