package org.itilhis.ports.servicedesk.in;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Comparator;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.core.ticket.WorkQueueOrder;

/**
 * A place in the work-queue order ({@link WorkQueueOrder}): effective priority, then
 * raised-at, then ticket number. A search {@link TicketSearch#after(QueuePosition) after} the
 * position of the last ticket of a page finds the next page (keyset pagination): however
 * many tickets match, and without repeating or skipping tickets raised or closed between
 * pages. A ticket whose priority changes between pages moves in the order, so it may be
 * seen twice or not at all.
 *
 * <p>Any position may be given, not only one of a stored ticket; a search after it starts
 * with the first ticket that follows it. (A store that keeps raised-at to the microsecond,
 * as SQL timestamp columns do, takes tickets raised within one microsecond as raised
 * together and orders them by number.)
 */
public record QueuePosition(Priority priority, Instant raisedAt, TicketNumber number)
        implements Comparable<QueuePosition> {
    private static final Comparator<QueuePosition> ORDER = Comparator.comparing(QueuePosition::priority)
            .thenComparing(QueuePosition::raisedAt)
            .thenComparing(QueuePosition::number, WorkQueueOrder.NUMBERS);

    public QueuePosition {
        checkNotNull(priority, "priority");
        checkNotNull(raisedAt, "raisedAt");
        checkNotNull(number, "number");
    }

    /** Where {@code view} stands in the work-queue order. */
    public static QueuePosition of(TicketView view) {
        return new QueuePosition(view.priority(), view.raisedAt(), view.number());
    }

    /** Where {@code ticket} stands in the work-queue order. */
    public static QueuePosition of(Ticket ticket) {
        return new QueuePosition(ticket.priority(), ticket.raisedAt(), ticket.number());
    }

    /** Whether {@code ticket} comes after this position in the work-queue order. */
    public boolean precedes(Ticket ticket) {
        return ORDER.compare(this, of(ticket)) < 0;
    }

    /** The work-queue order: the same as {@link WorkQueueOrder#TICKETS} on the tickets at these positions. */
    @Override
    public int compareTo(QueuePosition other) {
        return ORDER.compare(this, other);
    }
}
