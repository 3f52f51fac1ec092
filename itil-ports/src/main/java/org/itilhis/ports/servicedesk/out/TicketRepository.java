package org.itilhis.ports.servicedesk.out;

import java.util.List;
import java.util.Optional;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.ports.common.StorageException;
import org.itilhis.ports.servicedesk.in.TicketSearch;

/**
 * Stores tickets with optimistic locking: a ticket loaded at version n and changed by k
 * events is saved only if the stored version is still n, and then stored at n + k.
 */
public interface TicketRepository {
    /** A fresh identity for a ticket about to be raised. */
    TicketId nextId();

    Optional<Ticket> find(TicketId id);

    Optional<Ticket> findByNumber(TicketNumber number);

    /**
     * Inserts a new ticket or updates a stored one, using its pending events to know the
     * version it was read at ({@code version() - pendingEvents().size()}).
     *
     * @throws org.itilhis.core.shared.VersionConflictException if the stored version differs,
     *         or a new ticket's id or number exists already
     * @throws StorageException on an infrastructure failure
     */
    void save(Ticket ticket);

    /**
     * Tickets matching the search, in work-queue order ({@code WorkQueueOrder.TICKETS}), at
     * most {@code search.limit()}, and only those after {@code search.after()} when given.
     * Paging after the position of the last ticket of each page reads every match exactly
     * once, however many there are.
     */
    List<Ticket> search(TicketSearch search);
}
