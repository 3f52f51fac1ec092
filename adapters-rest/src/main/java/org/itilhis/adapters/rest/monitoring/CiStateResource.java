package org.itilhis.adapters.rest.monitoring;

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
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.adapters.rest.monitoring.CiStateJson.CiStatesJson;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.ports.monitoring.in.CiStateView;
import org.itilhis.ports.monitoring.in.CiStateQueries;

/**
 * The items monitoring sees down or degraded ({@code GET ?after=&limit=}, by id, with their
 * firing alerts) and what they affect right now ({@code GET /impact}). Both need VIEW_MONITORING.
 */
@Singleton
@Path(CiStateResources.CI_STATES)
@Produces(MediaType.APPLICATION_JSON)
public final class CiStateResource extends ResourceSupport {
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 200;

    private final CiStateQueries queries;

    public CiStateResource(@Context Configuration configuration) {
        super(Resources.dependencies(configuration).validation());
        this.queries = CiStateResources.of(configuration);
    }

    @GET
    public CiStatesJson states(@QueryParam("after") String after, @QueryParam("limit") String limit) {
        Fields fields = new Fields();
        Optional<CiId> from = after == null ? Optional.empty()
                : Optional.ofNullable(fields.id("after", after, CiId::parse));
        int size = fields.count("limit", limit, MAX_LIMIT, DEFAULT_LIMIT);
        if (!fields.errors().isEmpty()) {
            throw ApiException.invalid(fields.errors());
        }
        List<CiStateView> found = queries.ciStates(actor(), from, size + 1);
        List<CiStateView> page = found.subList(0, Math.min(size, found.size()));
        return new CiStatesJson(page.stream().map(CiStateJson::of).toList(),
                found.size() > size ? page.get(page.size() - 1).ci().value() : null);
    }

    @GET
    @Path("impact")
    public ImpactNowJson impact() {
        return ImpactNowJson.of(queries.affectedNow(actor()));
    }
}
