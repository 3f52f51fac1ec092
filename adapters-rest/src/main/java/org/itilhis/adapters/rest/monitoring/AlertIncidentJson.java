package org.itilhis.adapters.rest.monitoring;

import java.util.UUID;
import org.itilhis.core.ticket.TicketStatus;
import org.itilhis.ports.monitoring.in.AlertIncidentView;

/** The incident an alert belongs to: its id and number, and where it stands. */
public record AlertIncidentJson(long position, UUID incident, String number, TicketStatus status) {
    static AlertIncidentJson of(AlertIncidentView view) {
        return new AlertIncidentJson(view.position(), view.incident().value(), view.number(), view.status());
    }
}
