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
 * {@code GET /api/v1/relationship-rules}: the relationship types, which way a failure travels
 * along each, and the pairs of classes each may join. Needs VIEW_CMDB.
 */
@Singleton
@Path(ApiPaths.RELATIONSHIP_RULES)
@Produces(MediaType.APPLICATION_JSON)
public final class RelationshipRuleResource extends ResourceSupport {
    private final CmdbQueries queries;

    public RelationshipRuleResource(@Context Configuration configuration) {
        this(Resources.dependencies(configuration), CmdbResources.of(configuration));
    }

    RelationshipRuleResource(Resources.Dependencies ports, CmdbResources.Ports cmdb) {
        super(ports.validation());
        this.queries = checkNotNull(cmdb.queries(), "queries");
    }

    @GET
    public RelationshipRulesJson rules() {
        return RelationshipRulesJson.of(queries.relationshipRules(actor()), locale());
    }
}
