package org.itilhis.adapters.rest.knowledge;

import static com.google.common.base.Preconditions.checkNotNull;
import static jakarta.ws.rs.core.HttpHeaders.IF_MATCH;

import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.itilhis.adapters.rest.common.ApiPaths;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.common.IfMatch;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.adapters.rest.servicedesk.TicketAccess;
import org.itilhis.adapters.rest.servicedesk.TicketJson;
import org.itilhis.core.knowledge.ArticleId;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.ticket.ResolutionCode;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.ports.knowledge.in.KnowledgeUseCase;
import org.itilhis.ports.knowledge.in.ResolveTicketWithArticle;
import org.itilhis.ports.servicedesk.in.TicketView;

/**
 * {@code POST /api/v1/tickets/{id}/resolve-with-article}: the desk resolves an incident or a
 * service request (by id) with a published knowledge article, which counts one more use; like
 * the ticket's own {@code resolve}, it requires {@code If-Match}. The ticket and the article
 * change in one transaction, or neither does. Knowledge management serves it, above the desk:
 * the link is an article's.
 */
@Singleton
@Path(ApiPaths.TICKETS + "/{id}/resolve-with-article")
@Produces(MediaType.APPLICATION_JSON)
public final class TicketArticleResource extends ResourceSupport {
    private final KnowledgeUseCase articles;
    private final ArticleAccess access;

    public TicketArticleResource(@Context Configuration configuration) {
        this(Resources.dependencies(configuration), KnowledgeResources.of(configuration));
    }

    TicketArticleResource(Resources.Dependencies ports, KnowledgeResources.Ports knowledge) {
        super(ports.validation());
        this.articles = checkNotNull(knowledge.articles(), "articles");
        this.access = new ArticleAccess(knowledge.articles(), knowledge.queries());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response resolve(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch,
                            ResolveWithArticleJson body) {
        Actor actor = actor();
        TicketId ticket = TicketAccess.id(id);
        IfMatch condition = IfMatch.parse(ifMatch);
        if (condition.matchesNothing()) {
            throw ApiException.preconditionFailed();
        }
        ResolveWithArticleJson json = body(body);
        Fields fields = new Fields();
        ArticleId article = access.article(actor, json.article(), fields);
        TicketView resolved = articles.resolveTicket(valid(new ResolveTicketWithArticle(actor, ticket,
                condition.version(), article, json.code(), json.note()), fields));
        return Response.ok(TicketJson.of(resolved)).tag(etag(resolved.version())).build();
    }

    /**
     * The body of both resolutions with an article: {@code article}, the article's id or number
     * ({@code KB-2026-000001}); {@code code}, the resolution code; {@code note}, what was done
     * (the article's number is put before it).
     */
    public record ResolveWithArticleJson(String article, ResolutionCode code, String note) {
    }
}
