package org.itilhis.adapters.rest.resource;

import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.itilhis.adapters.rest.auth.PublicEndpoint;
import org.itilhis.adapters.rest.json.HealthJson;

/** {@code GET /api/v1/health}: answers {@code UP} without authentication, for load balancers and monitors. */
@Singleton
@Path(ApiPaths.HEALTH)
@Produces(MediaType.APPLICATION_JSON)
public final class HealthResource {
    @GET
    @PublicEndpoint
    public HealthJson health() {
        return HealthJson.up();
    }
}
