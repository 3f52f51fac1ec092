package org.itilhis.adapters.rest.knowledge;

import static com.google.common.base.Preconditions.checkNotNull;
import static jakarta.ws.rs.core.HttpHeaders.IF_MATCH;
import static jakarta.ws.rs.core.HttpHeaders.IF_NONE_MATCH;

import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.itilhis.adapters.rest.common.ApiPaths;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.common.IdempotentCreation;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.adapters.rest.knowledge.ArticleJson.ArticleDraftJson;
import org.itilhis.adapters.rest.knowledge.ArticleJson.ArticlePageJson;
import org.itilhis.adapters.rest.knowledge.ArticleJson.LinkCiJson;
import org.itilhis.adapters.rest.knowledge.ArticleStep.Bodiless;
import org.itilhis.adapters.rest.knowledge.ArticleStep.Drafting;
import org.itilhis.adapters.rest.knowledge.ArticleStep.Reasoned;
import org.itilhis.adapters.rest.servicedesk.EventJson;
import org.itilhis.adapters.rest.servicedesk.TicketRequestJson.ReasonJson;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.knowledge.in.ArticleCommand;
import org.itilhis.ports.knowledge.in.ArticleView;
import org.itilhis.ports.knowledge.in.KnowledgeUseCase;
import org.itilhis.ports.knowledge.in.WriteArticle;

/**
 * {@code /api/v1/articles}: writing an article's first draft ({@code 201}, idempotent with
 * {@code Idempotency-Key}), search by records ({@code status}, {@code category}, {@code ci},
 * cursor pages) and by words ({@code /search?q=}, best first), reading by id or number (with
 * {@code ETag}; {@code If-None-Match} answers 304), the audit trail, and every {@link
 * ArticleCommand} as {@code POST /{id}/<step>}, named as its action is in {@code
 * allowedActions}, and linking and unlinking configuration items ({@code POST /{id}/cis},
 * {@code DELETE /{id}/cis/{ci}}). Each step requires {@code If-Match} and answers the changed
 * article with its new {@code ETag}. An article outside the reader's audiences is 404.
 */
@Singleton
@Path(ApiPaths.ARTICLES)
@Produces(MediaType.APPLICATION_JSON)
public final class ArticleResource extends ResourceSupport {
    private final KnowledgeUseCase articles;
    private final ArticleAccess access;
    private final IdempotentCreation creation;

    public ArticleResource(@Context Configuration configuration) {
        this(Resources.dependencies(configuration), KnowledgeResources.of(configuration));
    }

    ArticleResource(Resources.Dependencies ports, KnowledgeResources.Ports knowledge) {
        super(ports.validation());
        this.articles = checkNotNull(knowledge.articles(), "articles");
        this.access = new ArticleAccess(knowledge.articles(), knowledge.queries());
        this.creation = ports.idempotentCreation();
    }

    /** Writes an article's first version, a draft by the actor; 201 with its {@code Location} and {@code ETag}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response write(@HeaderParam(ApiPaths.IDEMPOTENCY_KEY) String key, ArticleDraftJson body) {
        Actor actor = actor();
        ArticleDraftJson json = body(body);
        return creation.create(actor, key, new Fingerprint("write", json), () -> {
            Fields fields = new Fields();
            ArticleView written = articles.write(valid(new WriteArticle(actor, json.draft(fields)), fields,
                    ArticleDraftJson::fieldName));
            return new IdempotentCreation.Created(ApiPaths.ARTICLES.substring(1) + "/" + written.id(),
                    ArticleJson.of(written));
        });
    }

    @GET
    public ArticlePageJson search(@QueryParam("status") List<String> status, @QueryParam("category") String category,
                                  @QueryParam("ci") String ci, @QueryParam("limit") String limit,
                                  @QueryParam("cursor") String cursor) {
        return ArticleSearchParams.page(access.queries(), actor(),
                new ArticleSearchParams.Query(status, category, ci, limit, cursor));
    }

    /** The published articles the reader may read that match the words {@code q}, best first. */
    @GET
    @Path("search")
    public ArticlePageJson find(@QueryParam("q") String text, @QueryParam("limit") String limit) {
        return ArticleSearchParams.found(access.queries(), actor(), text, limit);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id, @HeaderParam(IF_NONE_MATCH) String ifNoneMatch) {
        ArticleView article = access.find(actor(), "id", id);
        return unlessNotModified(ifNoneMatch, article.version(), () -> ArticleJson.of(article));
    }

    /** Every step of the article, oldest first; for those who write or review articles. */
    @GET
    @Path("{id}/history")
    public EventJson.HistoryJson history(@PathParam("id") String id) {
        Actor actor = actor();
        ArticleView article = access.find(actor, "id", id);
        return new EventJson.HistoryJson(access.queries().history(actor, article.id()).stream()
                .map(ArticleEvents::of).toList());
    }

    @POST
    @Path("{id}/edit")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response edit(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch, ArticleDraftJson body) {
        return step(id, ifMatch, Drafting.EDIT.with(body));
    }

    @POST
    @Path("{id}/submit")
    public Response submit(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch) {
        return step(id, ifMatch, Bodiless.SUBMIT);
    }

    @POST
    @Path("{id}/approve")
    public Response approve(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch) {
        return step(id, ifMatch, Bodiless.APPROVE);
    }

    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reject(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch, ReasonJson body) {
        return step(id, ifMatch, Reasoned.REJECT.with(body));
    }

    @POST
    @Path("{id}/publish")
    public Response publish(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch) {
        return step(id, ifMatch, Bodiless.PUBLISH);
    }

    /** Drafts a new version of the published article; the published one stays readable meanwhile. */
    @POST
    @Path("{id}/new-version")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response newVersion(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch,
                               ArticleDraftJson body) {
        return step(id, ifMatch, Drafting.NEW_VERSION.with(body));
    }

    @POST
    @Path("{id}/retire")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response retire(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch, ReasonJson body) {
        return step(id, ifMatch, Reasoned.RETIRE.with(body));
    }

    @POST
    @Path("{id}/cis")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response linkCi(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch, LinkCiJson body) {
        return step(id, ifMatch, body);
    }

    @DELETE
    @Path("{id}/cis/{ci}")
    public Response unlinkCi(@PathParam("id") String id, @PathParam("ci") String ci,
                             @HeaderParam(IF_MATCH) String ifMatch) {
        return step(id, ifMatch, (actor, article, version, fields) -> {
            UUID value = fields.uuid("ci", ci);
            return new ArticleCommand.UnlinkCi(actor, article, version, value == null ? null : new CiId(value));
        });
    }

    /** Runs {@code step} ({@code null}: the request had no body) and answers the changed article with its tag. */
    private Response step(String id, String ifMatch, ArticleStep step) {
        ArticleView changed = access.step(actor(), id, ifMatch, step,
                (command, fields) -> valid(command, fields, ArticleDraftJson::fieldName));
        return Response.ok(ArticleJson.of(changed)).tag(etag(changed.version())).build();
    }

    /** What makes two creating requests the same request, besides the key. */
    private record Fingerprint(String operation, Object body) {
    }
}
