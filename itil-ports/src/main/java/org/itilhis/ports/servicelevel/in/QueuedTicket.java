package org.itilhis.ports.servicelevel.in;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.ports.servicedesk.in.TicketView;

/**
 * A ticket in the service-level work queue with its place there: the resolution deadline
 * it is ordered by (absent while its clock is paused) is in {@code position}.
 */
public record QueuedTicket(TicketView ticket, DeadlinePosition position) {
    public QueuedTicket {
        checkNotNull(ticket, "ticket");
        checkNotNull(position, "position");
    }
}
