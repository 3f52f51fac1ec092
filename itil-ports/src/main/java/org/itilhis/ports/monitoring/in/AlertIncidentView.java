package org.itilhis.ports.monitoring.in;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketStatus;

/** The incident an alert belongs to, as people quote it, and where it stands. */
public record AlertIncidentView(long position, TicketId incident, String number, TicketStatus status) {
    public AlertIncidentView {
        checkNotNull(incident, "incident");
        checkNotNull(number, "number");
        checkNotNull(status, "status");
    }
}
