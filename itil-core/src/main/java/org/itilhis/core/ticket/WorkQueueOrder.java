package org.itilhis.core.ticket;

import java.util.Comparator;

/**
 * The order of a work queue: highest priority first, then oldest first, then by number so
 * the order is total. (Service level management will put the resolution deadline between
 * priority and age.)
 */
public final class WorkQueueOrder {
    public static final Comparator<Ticket> TICKETS = Comparator
            .comparing(Ticket::priority)
            .thenComparing(Ticket::raisedAt)
            .thenComparing(Ticket::number, Comparator.comparing(TicketNumber::type)
                    .thenComparingInt(TicketNumber::year)
                    .thenComparingLong(TicketNumber::sequence));

    private WorkQueueOrder() {
    }
}
