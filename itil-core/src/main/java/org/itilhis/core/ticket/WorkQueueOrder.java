package org.itilhis.core.ticket;

import java.util.Comparator;

/**
 * The order of a work queue: highest priority first, then oldest first, then by number so
 * the order is total. (Service level management will put the resolution deadline between
 * priority and age.)
 */
public final class WorkQueueOrder {
    /**
     * Ticket numbers in order: by type (incidents before service requests), then year, then
     * sequence as a number, so that {@code INC-2026-1000000} follows {@code INC-2026-999999}
     * although its text sorts before it.
     */
    public static final Comparator<TicketNumber> NUMBERS = Comparator.comparing(TicketNumber::type)
            .thenComparingInt(TicketNumber::year)
            .thenComparingLong(TicketNumber::sequence);

    public static final Comparator<Ticket> TICKETS = Comparator
            .comparing(Ticket::priority)
            .thenComparing(Ticket::raisedAt)
            .thenComparing(Ticket::number, NUMBERS);

    private WorkQueueOrder() {
    }
}
