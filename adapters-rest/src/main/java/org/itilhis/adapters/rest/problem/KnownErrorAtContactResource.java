package org.itilhis.adapters.rest.problem;

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
import org.itilhis.adapters.rest.common.ApiPaths;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.adapters.rest.servicedesk.ContactJson;
import org.itilhis.core.problem.ProblemId;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.ContactId;
import org.itilhis.ports.problem.in.ProblemUseCase;
import org.itilhis.ports.problem.in.ResolveWithKnownError;
import org.itilhis.ports.servicedesk.in.ContactView;

/**
 * {@code POST /api/v1/contacts/{id}/resolve-with-known-error}: the desk solves a call at first
 * contact with a published known error's workaround, beside the desk's own {@code
 * resolve-at-first-contact}: the contact is resolved with the resolution code {@code
 * WORKAROUND}, its note naming the known error, and the known error counts one more use, in one
 * transaction. Like the contact's other outcomes it needs no {@code If-Match}: a contact has
 * one outcome, and a second attempt is refused (409). A known error the actor may not see, or a
 * problem that is not one, is refused as the core says (404, 409).
 */
@Singleton
@Path(ApiPaths.CONTACTS + "/{id}/resolve-with-known-error")
@Produces(MediaType.APPLICATION_JSON)
public final class KnownErrorAtContactResource extends ResourceSupport {
    private final ProblemUseCase problems;
    private final ProblemAccess access;

    public KnownErrorAtContactResource(@Context Configuration configuration) {
        this(Resources.dependencies(configuration), ProblemResources.of(configuration));
    }

    KnownErrorAtContactResource(Resources.Dependencies ports, ProblemResources.Ports problem) {
        super(ports.validation());
        this.problems = checkNotNull(problem.problems(), "problems");
        this.access = new ProblemAccess(problem.problems(), problem.queries());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response resolve(@PathParam("id") String id, ResolveWithKnownErrorJson body) {
        Actor actor = actor();
        ContactId contact = contactId(id);
        ResolveWithKnownErrorJson json = body(body);
        Fields fields = new Fields();
        fields.check(json.knownError() != null, "knownError", "field.required");
        ProblemId knownError = json.knownError() == null ? null
                : access.find(actor, "knownError", json.knownError()).id();
        ContactView resolved = problems.resolveAtFirstContact(
                valid(new ResolveWithKnownError(actor, contact, knownError, json.note()), fields));
        return Response.ok(ContactJson.of(resolved)).tag(etag(resolved.version())).build();
    }

    /**
     * The body: {@code knownError}, the known error's id or number ({@code PRB-2026-000001});
     * {@code note}, what the caller was told.
     */
    public record ResolveWithKnownErrorJson(String knownError, String note) {
    }

    private static ContactId contactId(String id) {
        Fields fields = new Fields();
        UUID value = fields.uuid("id", id);
        if (value == null) {
            throw ApiException.invalid(fields.errors());
        }
        return new ContactId(value);
    }
}
