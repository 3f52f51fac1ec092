package org.itilhis.adapters.rest.problem;

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
import org.itilhis.adapters.rest.problem.ProblemSummaryJson.IncidentProblemsJson;
import org.itilhis.adapters.rest.servicedesk.TicketAccess;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.ports.problem.in.ProblemQueries;
import org.itilhis.ports.servicedesk.in.TicketNotFoundException;
import org.itilhis.ports.servicedesk.in.TicketQueries;
import org.itilhis.ports.servicedesk.in.TicketView;

/**
 * {@code /api/v1/incidents/{id}/problems}: "an incident shows its problem", the problems an
 * incident (by id or number) is linked to, those the reader may see (none for a reporter, who
 * sees their own incident but no problem). An incident the actor may not see, or a service
 * request, is 404. Problem management serves it, above the desk: the link is a problem's.
 */
@Singleton
@Path(ApiPaths.INCIDENTS + "/{id}/problems")
@Produces(MediaType.APPLICATION_JSON)
public final class IncidentProblemResource extends ResourceSupport {
    private final TicketQueries tickets;
    private final ProblemQueries problems;

    public IncidentProblemResource(@Context Configuration configuration) {
        this(Resources.dependencies(configuration), ProblemResources.of(configuration));
    }

    IncidentProblemResource(Resources.Dependencies ports, ProblemResources.Ports problem) {
        super(ports.validation());
        this.tickets = checkNotNull(ports.queries(), "queries");
        this.problems = checkNotNull(problem.queries(), "queries");
    }

    @GET
    public IncidentProblemsJson problems(@PathParam("id") String id) {
        Actor actor = actor();
        TicketView incident = TicketAccess.findAnyType(tickets, actor, id);
        if (incident.type() != TicketType.INCIDENT) {
            throw new TicketNotFoundException(id);
        }
        return new IncidentProblemsJson(incident.id().value(), incident.number().toString(),
                problems.problemsOf(actor, incident.id()).stream().map(ProblemSummaryJson::of).toList());
    }
}
