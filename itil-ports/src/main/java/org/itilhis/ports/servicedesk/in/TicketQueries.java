package org.itilhis.ports.servicedesk.in;

import java.util.List;
import java.util.Optional;
import org.itilhis.core.access.Permission;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.ports.common.InvalidCommandException;

/**
 * Reading tickets. Results only ever contain what the actor may see (the access policy's
 * {@code VIEW_TICKET}, {@code VIEW_CALLER_CONTACT} and {@code VIEW_INTERNAL_NOTES}): under the
 * hospital default a reporter sees their own tickets, an engineer their groups' and those
 * assigned to them, the desk and the director all.
 */
public interface TicketQueries {
    /** @throws TicketNotFoundException if absent or not visible to the actor */
    TicketView ticket(Actor actor, TicketId id);

    Optional<TicketView> byNumber(Actor actor, TicketNumber number);

    /**
     * The tickets of {@code ids} the actor may see, in that order, as they may see them: those
     * gone or hidden are left out. For a practice's own queue of tickets (the service-level
     * queue); the reads are recorded as one, as a page of the work queue is.
     */
    List<TicketView> queued(Actor actor, List<TicketId> ids);

    /**
     * The ticket as the actor sees it, provided they may also do {@code permission} on it: for
     * a practice that acts on a ticket with a permission of its own (recording affected items).
     *
     * @throws TicketNotFoundException if absent or not visible to the actor
     * @throws org.itilhis.core.access.NotPermittedException if visible but not theirs to act on
     */
    TicketView permitted(Actor actor, TicketId id, Permission permission);

    /**
     * The first page of the work queue: {@link #queue(Actor, int, Optional)} from its start.
     *
     * @throws InvalidCommandException unless {@code limit} is 1 to {@link TicketSearch#MAX_LIMIT}
     * @throws org.itilhis.core.access.NotPermittedException if the actor has no work queue
     */
    default List<TicketView> queue(Actor actor, int limit) {
        return queue(actor, limit, Optional.empty());
    }

    /**
     * The work queue of the actor's groups (all groups for the service desk): open tickets,
     * highest priority first, then oldest, at most {@code limit} of them, starting after
     * {@code after} when given. Fewer than the limit means the queue ends there; to read on,
     * ask again after the {@link QueuePosition#of(TicketView) position} of the last ticket
     * returned (keyset pagination, as for {@link #search(Actor, TicketSearch)}).
     *
     * @throws InvalidCommandException unless {@code limit} is 1 to {@link TicketSearch#MAX_LIMIT}
     * @throws org.itilhis.core.access.NotPermittedException if the actor has no work queue
     */
    List<TicketView> queue(Actor actor, int limit, Optional<QueuePosition> after);

    /**
     * Tickets matching {@code search} that the actor may see, in work-queue order, at most
     * {@code search.limit()}, starting after {@code search.after()} when given. Fewer than
     * the limit means no more match; to read on, search again after the
     * {@link QueuePosition#of(TicketView) position} of the last ticket returned.
     */
    List<TicketView> search(Actor actor, TicketSearch search);

    /** The audit trail of one ticket, oldest first. */
    List<DomainEvent> history(Actor actor, TicketId id);
}
