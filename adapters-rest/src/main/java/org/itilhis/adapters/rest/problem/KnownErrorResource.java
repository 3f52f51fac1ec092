package org.itilhis.adapters.rest.problem;

import static jakarta.ws.rs.core.HttpHeaders.IF_NONE_MATCH;

import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.itilhis.adapters.rest.common.ApiPaths;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.adapters.rest.problem.KnownErrorJson.KnownErrorPageJson;
import org.itilhis.core.problem.ProblemStatus;
import org.itilhis.ports.problem.in.ProblemNotFoundException;
import org.itilhis.ports.problem.in.ProblemSearch;
import org.itilhis.ports.problem.in.ProblemView;

/**
 * {@code /api/v1/known-errors}: the problems published as known errors, as the service desk
 * reads them: each with its workaround and how often it was applied, by number in cursor pages
 * ({@code q} for text in the summary or description), or one by the problem's id or number
 * (with {@code ETag}). A problem that is not a known error now is not found here, as one the
 * actor may not see. The desk resolves a call with one at {@code
 * /contacts/{id}/resolve-with-known-error} ({@link KnownErrorAtContactResource}).
 */
@Singleton
@Path(ApiPaths.KNOWN_ERRORS)
@Produces(MediaType.APPLICATION_JSON)
public final class KnownErrorResource extends ResourceSupport {
    private final ProblemAccess access;

    public KnownErrorResource(@Context Configuration configuration) {
        this(Resources.dependencies(configuration), ProblemResources.of(configuration));
    }

    KnownErrorResource(Resources.Dependencies ports, ProblemResources.Ports problem) {
        super(ports.validation());
        this.access = new ProblemAccess(problem.problems(), problem.queries());
    }

    @GET
    public KnownErrorPageJson list(@QueryParam("q") String text, @QueryParam("limit") String limit,
                                   @QueryParam("cursor") String cursor) {
        ProblemSearch search = ProblemSearch.all(ProblemPages.MAX_PAGE).withStatuses(List.of(ProblemStatus.KNOWN_ERROR))
                .withText(text);
        ProblemPages.Page<KnownErrorJson> page = ProblemPages.page(access.queries(), actor(), search, limit, cursor,
                new Fields(), KnownErrorJson::of);
        return new KnownErrorPageJson(page.items(), page.next());
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id, @HeaderParam(IF_NONE_MATCH) String ifNoneMatch) {
        ProblemView problem = access.find(actor(), id);
        if (problem.status() != ProblemStatus.KNOWN_ERROR) {
            throw new ProblemNotFoundException(id);
        }
        return unlessNotModified(ifNoneMatch, problem.version(), () -> KnownErrorJson.of(problem));
    }
}
