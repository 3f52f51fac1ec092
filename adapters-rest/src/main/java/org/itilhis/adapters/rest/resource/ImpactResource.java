package org.itilhis.adapters.rest.resource;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.itilhis.adapters.rest.json.CiRequestJson.ImpactRequestJson;
import org.itilhis.adapters.rest.json.ImpactJson;
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
        this(Resources.dependencies(configuration), Resources.cmdb(configuration));
    }

    ImpactResource(Resources.Dependencies ports, Resources.CmdbDependencies cmdb) {
        super(ports.validation());
        this.queries = checkNotNull(cmdb.queries(), "queries");
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public ImpactJson impact(ImpactRequestJson body) {
        return ImpactJson.of(queries.impact(actor(), CiIds.several("failed", body(body).failed())));
    }
}
