package org.itilhis.ports.servicelevel.in;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.core.ticket.WorkQueueOrder;
import org.itilhis.ports.servicedesk.in.QueuePosition;

/**
 * A place in the service-level work queue: priority, then resolution deadline, then ticket
 * number. A ticket without a deadline (its resolution clock paused) stands at
 * {@link #NO_DEADLINE}, after every ticket of its priority that has one. Pages of
 * {@link SlaQueries#queue} continue after the position of their last ticket (keyset
 * pagination), as {@link QueuePosition} does for the plain queue.
 */
public record DeadlinePosition(Priority priority, Instant deadline, TicketNumber number)
        implements Comparable<DeadlinePosition> {
    /** Where tickets without a deadline stand: after every real deadline. */
    public static final Instant NO_DEADLINE = Instant.parse("9999-12-31T23:59:59Z");

    private static final Comparator<DeadlinePosition> ORDER = Comparator.comparing(DeadlinePosition::priority)
            .thenComparing(DeadlinePosition::deadline)
            .thenComparing(DeadlinePosition::number, WorkQueueOrder.NUMBERS);

    public DeadlinePosition {
        checkNotNull(priority, "priority");
        checkNotNull(deadline, "deadline");
        checkNotNull(number, "number");
    }

    /** The position of a ticket with this priority, deadline (if any) and number. */
    public static DeadlinePosition of(Priority priority, Optional<Instant> deadline, TicketNumber number) {
        return new DeadlinePosition(priority, deadline.orElse(NO_DEADLINE), number);
    }

    @Override
    public int compareTo(DeadlinePosition other) {
        return ORDER.compare(this, other);
    }
}
