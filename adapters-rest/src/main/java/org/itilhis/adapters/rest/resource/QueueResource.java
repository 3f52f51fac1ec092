package org.itilhis.adapters.rest.resource;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.itilhis.adapters.rest.json.TicketSummaryJson;
import org.itilhis.adapters.rest.problem.ApiException;
import org.itilhis.adapters.rest.problem.FieldError;
import org.itilhis.ports.in.TicketQueries;
import org.itilhis.ports.in.TicketSearch;

/**
 * {@code GET /api/v1/queue}: the actor's work queue, open incidents and service requests of
 * their groups (every open ticket for the service desk and the director), highest priority
 * first, then oldest. One page of at most {@code limit} (default 50, at most 500).
 */
@Singleton
@Path(ApiPaths.QUEUE)
@Produces(MediaType.APPLICATION_JSON)
public final class QueueResource extends ResourceSupport {
    static final int DEFAULT_LIMIT = 50;

    private final TicketQueries queries;

    public QueueResource(@Context Configuration configuration) {
        this(Resources.dependencies(configuration));
    }

    QueueResource(Resources.Dependencies ports) {
        super(ports.validation());
        this.queries = checkNotNull(ports.queries(), "queries");
    }

    @GET
    public TicketSummaryJson.PageJson queue(@QueryParam("limit") String limit) {
        int size = limit(limit);
        return new TicketSummaryJson.PageJson(queries.queue(actor(), size).stream().map(TicketSummaryJson::of).toList(),
                null);
    }

    private static int limit(String text) {
        if (text == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(text.strip());
            if (limit >= 1 && limit <= TicketSearch.MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException malformed) {
            // refused below
        }
        throw ApiException.invalid(FieldError.keyed("limit", "field.invalid-limit", TicketSearch.MAX_LIMIT));
    }
}
