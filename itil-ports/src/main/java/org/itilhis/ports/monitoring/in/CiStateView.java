package org.itilhis.ports.monitoring.in;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.time.Instant;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.OperationalState;
import org.itilhis.core.monitoring.AlertStanding;

/**
 * An item that is not operational now: its state, since when, the alert that put it there and
 * the alerts firing on it (the worst of them decides the state).
 */
public record CiStateView(CiId ci, OperationalState state, Instant since, String reference,
                          List<AlertStanding> firing) {
    public CiStateView {
        checkNotNull(ci, "ci");
        checkNotNull(state, "state");
        checkNotNull(since, "since");
        checkNotNull(reference, "reference");
        firing = ImmutableList.copyOf(firing);
    }
}
