package org.itilhis.adapters.rest.configuration;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.itilhis.adapters.rest.common.ApiPaths;
import org.itilhis.adapters.rest.common.CiIds;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.adapters.rest.configuration.CiRequestJson.ImpactRequestJson;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.adapters.rest.problemdetails.FieldError;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.ports.configuration.in.CmdbQueries;

/**
 * {@code POST /api/v1/impact}: what the failure of the items given brings down or degrades,
 * with the paths that explain it, the business services and clinical-critical services reached,
 * the departments hit and the open tickets already recorded. A question, not a change: it is a
 * {@code POST} only because the failed items are a body; {@code ?limit=} and {@code ?cursor=}
 * page the affected items. Needs VIEW_CMDB.
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

    /** The items of a page when {@code cursor} comes without {@code limit}. */
    static final int DEFAULT_PAGE = 100;

    /**
     * The whole answer; or, with {@code limit} (1 to 1,000) or the {@code cursor} of the previous
     * page, one page of the affected items with the summary of them all, which is how the
     * whole estate (the core switch: every item) is read.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public ImpactJson impact(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor,
                             ImpactRequestJson body) {
        if (limit == null && cursor == null) {
            return ImpactJson.of(queries.impact(actor(), CiIds.several("failed", body(body).failed())));
        }
        Fields fields = new Fields();
        int size = fields.count("limit", limit, CmdbQueries.MAX_IMPACT_PAGE, DEFAULT_PAGE);
        int offset = 0;
        List<FieldError> errors = new ArrayList<>(fields.errors());
        if (cursor != null) {
            try {
                offset = ImpactCursor.parse(cursor).offset();
            } catch (ApiException invalid) {
                errors.addAll(invalid.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        Set<CiId> failed = CiIds.several("failed", body(body).failed());
        return ImpactJson.page(queries.impact(actor(), failed, offset, size), offset, size);
    }
}
