package org.itilhis.adapters.rest.servicelevel;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.itilhis.adapters.rest.common.ApiPaths;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.adapters.rest.servicedesk.TicketAccess;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.servicedesk.in.TicketQueries;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.itilhis.ports.servicelevel.in.SlaQueries;

/**
 * {@code GET /api/v1/tickets/{id}/clocks}: the SLA clocks and OLA segments of an incident or a
 * service request, by id or number, measured now. Whoever may see the ticket may read its
 * clocks; a ticket the actor may not see is 404, as everywhere. Before any SLA configuration is
 * saved the answer is 409 {@code sla.not-configured}.
 */
@Singleton
@Path(ApiPaths.TICKETS)
@Produces(MediaType.APPLICATION_JSON)
public final class ClockResource extends ResourceSupport {
    private final TicketQueries tickets;
    private final SlaQueries clocks;

    public ClockResource(@Context Configuration configuration) {
        this(Resources.dependencies(configuration), ServiceLevelResources.of(configuration));
    }

    ClockResource(Resources.Dependencies ports, ServiceLevelResources.Ports levels) {
        super(ports.validation());
        this.tickets = checkNotNull(ports.queries(), "queries");
        this.clocks = checkNotNull(levels.queries(), "queries");
    }

    @GET
    @Path("{id}/clocks")
    public ClocksJson clocks(@PathParam("id") String id) {
        Actor actor = actor();
        TicketView ticket = TicketAccess.findAnyType(tickets, actor, id);
        return ClocksJson.of(ticket, clocks.clocks(actor, ticket.id()));
    }
}
