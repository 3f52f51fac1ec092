package org.itilhis.adapters.rest.configuration;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.itilhis.adapters.rest.common.ApiPaths;
import org.itilhis.adapters.rest.common.CiIds;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.adapters.rest.configuration.CiRequestJson.ImpactRequestJson;
import org.itilhis.ports.configuration.in.CmdbQueries;

/**
 * {@code POST /api/v1/impact}: what the failure of the items given brings down or degrades,
 * with the paths that explain it, the business services and clinical-critical services reached,
 * the departments hit and the open tickets already recorded. A question, not a change: it is a
 * {@code POST} only because the failed items are a body. Needs VIEW_CMDB.
 */
@Singleton
@Path(ApiPaths.IMPACT)
@Produces(MediaType.APPLICATION_JSON)
public final class ImpactResource extends ResourceSupport {
    private final CmdbQueries queries;

    public ImpactResource(@Context Configuration configuration) {
        this(Resources.dependencies(configuration), CmdbResources.of(configuration));
    }

    ImpactResource(Resources.Dependencies ports, CmdbResources.Ports cmdb) {
        super(ports.validation());
        this.queries = checkNotNull(cmdb.queries(), "queries");
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public ImpactJson impact(ImpactRequestJson body) {
        return ImpactJson.of(queries.impact(actor(), CiIds.several("failed", body(body).failed())));
    }
}
