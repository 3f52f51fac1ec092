package org.itilhis.ports.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketStatus;
import org.itilhis.ports.in.DeadlinePosition;

/**
 * The watched tickets: one {@link ClockWatch} per ticket that is not closed or cancelled,
 * kept current from the event log, and the log position up to which it is current.
 * Written by a single runner at a time (the cluster-safe scheduler's); called inside a
 * transaction.
 */
public interface SlaWatchList {
    /** The event log position up to which every event has been applied; 0 initially. */
    long position();

    /**
     * Records that every event up to {@code position} has been applied.
     *
     * @throws IllegalArgumentException if {@code position} is below the stored one
     */
    void advanceTo(long position);

    /** Inserts or replaces the watch of its ticket. */
    void put(ClockWatch watch);

    /** Stops watching the ticket; nothing happens if it was not watched. */
    void remove(TicketId ticketId);

    Optional<ClockWatch> find(TicketId ticketId);

    /** Watches whose {@code nextCheckAt} is at or before {@code now}, earliest first, at most {@code limit}. */
    List<ClockWatch> due(Instant now, int limit);

    /**
     * The watches of tickets in {@code statuses} held by {@code groups} (any group when
     * empty), in service-level queue order ({@link DeadlinePosition}), after {@code after}
     * when given, at most {@code limit}.
     */
    List<ClockWatch> queue(Set<TicketStatus> statuses, Set<GroupId> groups, Optional<DeadlinePosition> after,
                           int limit);

    /** Every watch in ticket id order, after {@code after} when given, at most {@code limit}. */
    List<ClockWatch> list(Optional<TicketId> after, int limit);
}
