package org.itilhis.adapters.rest.servicedesk;

import java.util.List;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.ContactId;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.ports.servicedesk.in.ContactCommand;

/**
 * {@code POST /api/v1/contacts/{id}/raise}: the contact becomes an incident or a service
 * request. {@code impact} and {@code urgency} are level codes of the hospital's priority
 * matrix ({@code ONE_DEPARTMENT}, {@code DEGRADED}); {@code majorIncident} defaults to false.
 * {@code affectedCis}, optional, names the configuration items the call is about (by id): the
 * ticket is then raised against them, taking the criticality of the most critical business
 * service their failure reaches when that is higher than {@code criticality}.
 */
public record RaiseTicketJson(TicketType type, String summary, String category, String impact, String urgency,
                              ServiceCriticality criticality, Boolean majorIncident, String ciClass,
                              List<String> affectedCis) {

    /** Whether the request names configuration items to raise the ticket against. */
    public boolean namesAffectedCis() {
        return affectedCis != null && !affectedCis.isEmpty();
    }

    public ContactCommand.RaiseTicket command(Actor actor, ContactId contact, Fields fields) {
        boolean major = Boolean.TRUE.equals(majorIncident);
        fields.check(!(major && type == TicketType.SERVICE_REQUEST), "majorIncident", "field.major-service-request");
        return new ContactCommand.RaiseTicket(actor, contact, type, summary, category, impact, urgency, criticality,
                major, ciClass);
    }
}
