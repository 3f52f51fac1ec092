package org.itilhis.adapters.rest.servicedesk;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.itilhis.adapters.rest.common.ApiPaths;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.adapters.rest.common.SearchCursor;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.adapters.rest.problemdetails.FieldError;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.servicedesk.in.QueuePosition;
import org.itilhis.ports.servicedesk.in.TicketQueries;
import org.itilhis.ports.servicedesk.in.TicketSearch;
import org.itilhis.ports.servicedesk.in.TicketView;

/**
 * {@code GET /api/v1/queue}: the actor's work queue, open incidents and service requests of
 * their groups (every open ticket for the service desk and the director), highest priority
 * first, then oldest. One page of at most {@code limit} (default 50, at most 500); {@code next}
 * is a cursor for the page after it, absent on the last page. Cursors are the search's
 * ({@link SearchCursor}): a position in work-queue order, after which the queue is read from
 * the store (keyset pagination), so tickets raised or finished between pages are neither
 * repeated nor skipped.
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
    public TicketSummaryJson.PageJson queue(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        int size = limit(limit);
        Optional<QueuePosition> after = Optional.ofNullable(cursor).map(SearchCursor::parse)
                .map(SearchCursor::position);
        Actor actor = actor();
        // one ticket more than the page tells whether a next page exists; a full page of the
        // largest size asks the store for the one ticket after it instead
        List<TicketView> found = queries.queue(actor, Math.min(size + 1, TicketSearch.MAX_LIMIT), after);
        List<TicketView> page = found.subList(0, Math.min(size, found.size()));
        boolean more = found.size() > size || (page.size() == TicketSearch.MAX_LIMIT
                && !queries.queue(actor, 1, Optional.of(QueuePosition.of(page.get(page.size() - 1)))).isEmpty());
        String next = more ? SearchCursor.after(page.get(page.size() - 1)).token() : null;
        return new TicketSummaryJson.PageJson(page.stream().map(TicketSummaryJson::of).toList(), next);
    }

    /** {@code limit} as sent, 50 when absent; 400 unless 1 to {@link TicketSearch#MAX_LIMIT}. */
    public static int limit(String text) {
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
