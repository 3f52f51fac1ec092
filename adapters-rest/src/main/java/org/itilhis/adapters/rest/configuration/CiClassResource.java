package org.itilhis.adapters.rest.configuration;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.itilhis.adapters.rest.common.ApiPaths;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.ports.configuration.in.CmdbQueries;

/**
 * {@code GET /api/v1/ci-classes}: the CI class hierarchy with every class's attributes, their
 * types and limits, names in the reader's language; what a registration form is built from.
 * Needs VIEW_CMDB.
 */
@Singleton
@Path(ApiPaths.CI_CLASSES)
@Produces(MediaType.APPLICATION_JSON)
public final class CiClassResource extends ResourceSupport {
    private final CmdbQueries queries;

    public CiClassResource(@Context Configuration configuration) {
        this(Resources.dependencies(configuration), CmdbResources.of(configuration));
    }

    CiClassResource(Resources.Dependencies ports, CmdbResources.Ports cmdb) {
        super(ports.validation());
        this.queries = checkNotNull(cmdb.queries(), "queries");
    }

    @GET
    public CiClassJson.CatalogueJson classes() {
        return CiClassJson.CatalogueJson.of(queries.classes(actor()), locale());
    }
}
