package org.itilhis.ports.monitoring.out;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.ticket.TicketId;

/**
 * An incident the correlator raised, with what it groups alerts by: the business services its
 * candidate cause's failure reaches, from when, and the candidate cause (the item whose failure
 * explains the others grouped under it so far).
 */
public record CorrelationGroup(TicketId incident, CiId cause, Set<CiId> services, Instant openedAt) {
    public CorrelationGroup {
        checkNotNull(incident, "incident");
        checkNotNull(cause, "cause");
        services = ImmutableSet.copyOf(checkNotNull(services, "services"));
        checkNotNull(openedAt, "openedAt");
    }

    /** The same group with {@code newCause} as its candidate cause and {@code more} services. */
    public CorrelationGroup causedBy(CiId newCause, Iterable<CiId> more) {
        return new CorrelationGroup(incident, newCause, ImmutableSet.<CiId>builder().addAll(services).addAll(more)
                .build(), openedAt);
    }

    /**
     * Whether an alert received at {@code at} falls in the group's window: within {@code window}
     * of its opening, either side (a batch handles the likeliest cause first, which may have
     * arrived after the others).
     */
    public boolean open(Instant at, Duration window) {
        return !at.isBefore(openedAt.minus(window)) && !at.isAfter(openedAt.plus(window));
    }
}
