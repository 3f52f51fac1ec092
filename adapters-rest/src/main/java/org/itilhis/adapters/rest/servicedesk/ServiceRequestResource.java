package org.itilhis.adapters.rest.servicedesk;

import jakarta.inject.Singleton;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import org.itilhis.adapters.rest.common.ApiPaths;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.core.ticket.TicketType;

/**
 * {@code /api/v1/service-requests}: requests for something new (an account, a device); the same
 * steps as incidents, see {@link TicketResource}. Declaring one a major incident is refused (422).
 */
@Singleton
@Path(ApiPaths.SERVICE_REQUESTS)
public final class ServiceRequestResource extends TicketResource {
    public ServiceRequestResource(@Context Configuration configuration) {
        this(Resources.dependencies(configuration));
    }

    ServiceRequestResource(Resources.Dependencies ports) {
        super(new TicketAccess(TicketType.SERVICE_REQUEST, ports.work(), ports.queries()), ports.validation());
    }
}
