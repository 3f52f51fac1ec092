package org.itilhis.adapters.rest.servicedesk;

import jakarta.inject.Singleton;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import org.itilhis.adapters.rest.common.ApiPaths;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.core.ticket.TicketType;

/** {@code /api/v1/incidents}: unplanned interruptions of an IT service; see {@link TicketResource}. */
@Singleton
@Path(ApiPaths.INCIDENTS)
public final class IncidentResource extends TicketResource {
    public IncidentResource(@Context Configuration configuration) {
        this(Resources.dependencies(configuration));
    }

    IncidentResource(Resources.Dependencies ports) {
        super(new TicketAccess(TicketType.INCIDENT, ports.work(), ports.queries()), ports.validation());
    }
}
