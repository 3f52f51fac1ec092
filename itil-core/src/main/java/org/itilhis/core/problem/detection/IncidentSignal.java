package org.itilhis.core.problem.detection;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.routing.CategoryCode;
import org.itilhis.core.shared.LocationId;
import org.itilhis.core.ticket.TicketId;

/**
 * An incident as problem detection sees it: when it was raised, its category, where, and the
 * configuration items recorded as affected. The caller leaves out what no problem should be
 * made of (cancelled incidents, those already linked to a problem).
 */
public record IncidentSignal(TicketId ticket, Instant raisedAt, CategoryCode category, Optional<LocationId> location,
                             ImmutableSet<CiId> cis) {
    public IncidentSignal {
        checkNotNull(ticket, "ticket");
        checkNotNull(raisedAt, "raisedAt");
        checkNotNull(category, "category");
        checkNotNull(location, "location");
        checkNotNull(cis, "cis");
    }
}
