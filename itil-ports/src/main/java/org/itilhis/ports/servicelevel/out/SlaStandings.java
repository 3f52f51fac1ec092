package org.itilhis.ports.servicelevel.out;

import java.time.Instant;
import java.util.Collection;
import java.util.function.Consumer;
import org.itilhis.core.ticket.TicketId;

/**
 * The SLA report's projection of the event log: one {@link StoredStanding} per ticket the SLA
 * monitor has measured, open or closed, written in the same transactions as the
 * {@link SlaWatchList}, so that the report reads standings instead of measuring every ticket
 * (issue 12). Called inside a transaction.
 */
public interface SlaStandings {
    /**
     * Inserts the standing of its ticket, or replaces the stored one unless that was measured
     * from a newer history, as {@link SlaWatchList#put} does with watches.
     */
    void put(StoredStanding standing);

    /**
     * Hands {@code sink} the standing of every watched ticket and of every other ticket raised
     * at or after {@code from} and before {@code to}, one at a time (not all in memory).
     */
    void forEachReported(Instant from, Instant to, Consumer<StoredStanding> sink);

    /**
     * Hands {@code sink} the standings of those of the tickets {@code among} that
     * {@link #forEachReported(Instant, Instant, Consumer)} would hand it: to bring a copy of a
     * report's standings up to date with the tickets that changed since it was read.
     */
    void forEachReported(Instant from, Instant to, Collection<TicketId> among, Consumer<StoredStanding> sink);

    /** How many stored standings are of watched tickets. */
    long watched();

    /**
     * The instant after which every raised ticket has a standing once the monitor has caught
     * up with the event log; tickets raised at or before it (before standings were kept) may
     * have none.
     */
    Instant completeAfter();
}
