package org.itilhis.adapters.rest.knowledge;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.itilhis.adapters.rest.knowledge.TicketArticleResource.ResolveWithArticleJson;
import org.itilhis.adapters.rest.common.ApiPaths;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.adapters.rest.servicedesk.ContactJson;
import org.itilhis.core.knowledge.ArticleId;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.ContactId;
import org.itilhis.ports.knowledge.in.KnowledgeUseCase;
import org.itilhis.ports.knowledge.in.ResolveContactWithArticle;
import org.itilhis.ports.servicedesk.in.ContactView;

/**
 * {@code POST /api/v1/contacts/{id}/resolve-with-article}: the desk solves a call at first
 * contact with a published knowledge article, beside the desk's own {@code
 * resolve-at-first-contact}, and the article counts one more use, in one transaction. Like the
 * contact's other outcomes it needs no {@code If-Match}: a contact has one outcome, and a second
 * attempt is refused (409).
 */
@Singleton
@Path(ApiPaths.CONTACTS + "/{id}/resolve-with-article")
@Produces(MediaType.APPLICATION_JSON)
public final class ContactArticleResource extends ResourceSupport {
    private final KnowledgeUseCase articles;
    private final ArticleAccess access;

    public ContactArticleResource(@Context Configuration configuration) {
        this(Resources.dependencies(configuration), KnowledgeResources.of(configuration));
    }

    ContactArticleResource(Resources.Dependencies ports, KnowledgeResources.Ports knowledge) {
        super(ports.validation());
        this.articles = checkNotNull(knowledge.articles(), "articles");
        this.access = new ArticleAccess(knowledge.articles(), knowledge.queries());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response resolve(@PathParam("id") String id, ResolveWithArticleJson body) {
        Actor actor = actor();
        Fields ids = new Fields();
        UUID contact = ids.uuid("id", id);
        if (contact == null) {
            throw ApiException.invalid(ids.errors());
        }
        ResolveWithArticleJson json = body(body);
        Fields fields = new Fields();
        ArticleId article = access.article(actor, json.article(), fields);
        ContactView resolved = articles.resolveAtFirstContact(valid(new ResolveContactWithArticle(actor,
                new ContactId(contact), article, json.code(), json.note()), fields));
        return Response.ok(ContactJson.of(resolved)).tag(etag(resolved.version())).build();
    }
}
