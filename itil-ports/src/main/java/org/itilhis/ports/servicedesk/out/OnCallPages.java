package org.itilhis.ports.servicedesk.out;

import java.time.Instant;
import java.util.List;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.ports.common.StorageException;

/**
 * The on-call pages of clinical-critical tickets ({@link OnCallPage}): written in the
 * transaction that gives the ticket to the person paged, read by the desk's on-call
 * escalation when their deadline passes, and settled in the transaction that acts on them.
 * A ticket has at most one page per position: a second record of the same ticket and position
 * is refused, also when another application node recorded it concurrently (adapters use a
 * unique key, not a prior read), and a page is settled once.
 *
 * @throws StorageException from every method, on an infrastructure failure
 */
public interface OnCallPages {
    /** A store that holds nothing, for a desk without an on-call roster: it refuses to record. */
    OnCallPages NONE = new OnCallPages() {
        @Override
        public boolean record(OnCallPage page) {
            throw new IllegalStateException("no on-call page store is wired; give the desk one with its roster");
        }

        @Override
        public boolean settle(TicketId ticket, int position, OnCallPage.Outcome outcome, Instant at) {
            return false;
        }

        @Override
        public List<OnCallPage> due(Instant now, int limit) {
            return List.of();
        }

        @Override
        public List<OnCallPage> of(TicketId ticket) {
            return List.of();
        }
    };

    /**
     * Records an open page; {@code false}, changing nothing, if a page of its ticket at its
     * position was recorded before.
     *
     * @throws IllegalArgumentException if the page is settled
     */
    boolean record(OnCallPage page);

    /**
     * Settles the open page of {@code ticket} at {@code position}; {@code false}, changing
     * nothing, if there is none (never recorded, or settled before, also by another node's
     * transaction that committed meanwhile).
     */
    boolean settle(TicketId ticket, int position, OnCallPage.Outcome outcome, Instant at);

    /**
     * The open pages whose deadline is not after {@code now}, earliest deadline first (then by
     * ticket and position), at most {@code limit}.
     */
    List<OnCallPage> due(Instant now, int limit);

    /** The pages of {@code ticket}, open or settled, by position. */
    List<OnCallPage> of(TicketId ticket);
}
