package org.itilhis.adapters.rest.json;

import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.ContactId;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.ports.in.ContactCommand;

/**
 * {@code POST /api/v1/contacts/{id}/raise}: the contact becomes an incident or a service
 * request. {@code impact} and {@code urgency} are level codes of the hospital's priority
 * matrix ({@code ONE_DEPARTMENT}, {@code DEGRADED}); {@code majorIncident} defaults to false.
 */
public record RaiseTicketJson(TicketType type, String summary, String category, String impact, String urgency,
                              ServiceCriticality criticality, Boolean majorIncident, String ciClass) {

    public ContactCommand.RaiseTicket command(Actor actor, ContactId contact, Fields fields) {
        boolean major = Boolean.TRUE.equals(majorIncident);
        fields.check(!(major && type == TicketType.SERVICE_REQUEST), "majorIncident", "field.major-service-request");
        return new ContactCommand.RaiseTicket(actor, contact, type, summary, category, impact, urgency, criticality,
                major, ciClass);
    }
}
