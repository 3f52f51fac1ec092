package org.itilhis.adapters.rest.problem;

import static com.google.common.base.Preconditions.checkNotNull;

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
import org.itilhis.core.ticket.TicketDetails;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.ports.problem.in.DeskWithKnownErrors;
import org.itilhis.ports.problem.in.KnownErrorQuery;
import org.itilhis.ports.problem.in.KnownErrorSuggestions;
import org.itilhis.ports.servicedesk.in.TicketNotFoundException;
import org.itilhis.ports.servicedesk.in.TicketQueries;
import org.itilhis.ports.servicedesk.in.TicketView;

/**
 * {@code GET /api/v1/incidents/{id}/known-errors}: the published known errors that match an
 * incident (its category and its summary and description), best first, for the engineer who
 * picks it up. The incident is read as its own resource reads it; the known errors are those
 * the actor may see.
 */
@Path(ApiPaths.INCIDENTS + "/{id}/known-errors")
@Produces(MediaType.APPLICATION_JSON)
public final class IncidentKnownErrorResource extends ResourceSupport {
    private final TicketQueries tickets;
    private final KnownErrorSuggestions suggestions;

    public IncidentKnownErrorResource(@Context Configuration configuration) {
        this(Resources.dependencies(configuration), ProblemResources.of(configuration));
    }

    IncidentKnownErrorResource(Resources.Dependencies ports, ProblemResources.Ports problem) {
        super(ports.validation());
        this.tickets = checkNotNull(ports.queries(), "queries");
        this.suggestions = checkNotNull(problem.suggestions(), "suggestions");
    }

    @GET
    public KnownErrorMatchJson.KnownErrorMatchesJson knownErrors(@PathParam("id") String id) {
        Actor actor = actor();
        TicketView incident = TicketAccess.findAnyType(tickets, actor, id);
        if (incident.type() != TicketType.INCIDENT) {
            throw new TicketNotFoundException(id);
        }
        TicketDetails details = incident.details();
        KnownErrorQuery query = KnownErrorQuery.of(null, null, details.category().value(),
                details.summary() + "\n" + details.description());
        return new KnownErrorMatchJson.KnownErrorMatchesJson(incident.id().value(),
                suggestions.suggest(actor, query, DeskWithKnownErrors.SUGGESTIONS).stream()
                        .map(KnownErrorMatchJson::of).toList());
    }
}
