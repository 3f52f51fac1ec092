package org.itilhis.ports.configuration.in;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.core.ticket.TicketStatus;
import org.itilhis.core.ticket.TicketType;

/** An open incident or service request recorded as affecting {@code ci}. */
public record OpenTicket(CiId ci, TicketId ticket, TicketNumber number, TicketType type, TicketStatus status,
                         Priority priority, String summary) {
    public OpenTicket {
        checkNotNull(ci, "ci");
        checkNotNull(ticket, "ticket");
        checkNotNull(number, "number");
        checkNotNull(type, "type");
        checkNotNull(status, "status");
        checkNotNull(priority, "priority");
        checkNotNull(summary, "summary");
    }
}
