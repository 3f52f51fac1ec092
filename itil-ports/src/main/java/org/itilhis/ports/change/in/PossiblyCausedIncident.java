package org.itilhis.ports.change.in;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.Set;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.core.ticket.TicketStatus;

/**
 * An incident raised on an item the change touches, during its window or within the settings'
 * "soon after" period after it: possibly caused by the change, for the post-implementation
 * review to confirm ({@code CAUSED} link) or dismiss.
 *
 * @param on the touched items the incident affects
 */
public record PossiblyCausedIncident(TicketId incident, TicketNumber number, String summary, TicketStatus status,
                                     Instant raisedAt, Set<CiId> on, boolean linkedAsCaused) {
    public PossiblyCausedIncident {
        checkNotNull(incident, "incident");
        checkNotNull(number, "number");
        checkNotNull(summary, "summary");
        checkNotNull(status, "status");
        checkNotNull(raisedAt, "raisedAt");
        on = ImmutableSet.copyOf(checkNotNull(on, "on"));
    }
}
