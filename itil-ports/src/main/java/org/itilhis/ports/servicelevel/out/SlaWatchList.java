package org.itilhis.ports.servicelevel.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketStatus;
import org.itilhis.ports.servicelevel.in.DeadlinePosition;

/**
 * The watched tickets: one {@link ClockWatch} per ticket that is not closed or cancelled,
 * kept current from the event log, and the log position up to which it is current.
 * Called inside a transaction. Watches may be put by several writers at once (the
 * scheduled escalation pass, a catch-up run on behalf of a service-level query, on any
 * node), each measuring from a history read in its own transaction; {@link #put} keeps the
 * measurement of the newest history whatever order they commit in.
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

    /**
     * Inserts the watch of its ticket, or replaces the stored one unless that was measured
     * from a newer history: a stored watch with a higher {@link ClockWatch#ticketVersion()}
     * is kept and this one dropped silently, because it was measured before events it does
     * not reflect (a measurement that read the history just before a concurrent writer
     * appended a resumption must not bring back its paused watch). An equal version
     * replaces: the same history measured later. Atomic against concurrent puts of the
     * same ticket, so the highest version put always stands at the end.
     */
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

    /**
     * The watches that were {@linkplain ClockWatch#atRisk() at risk} when measured or are due by
     * {@code now} (a threshold may have been crossed since), in ticket id order, after
     * {@code after} when given, at most {@code limit}: every ticket that can be at risk at
     * {@code now} when the list is current with the event log, and few others.
     */
    List<ClockWatch> atRiskOrDue(Instant now, Optional<TicketId> after, int limit);

    /** Every watch in ticket id order, after {@code after} when given, at most {@code limit}. */
    List<ClockWatch> list(Optional<TicketId> after, int limit);

    /** How many tickets are watched. */
    long count();
}
