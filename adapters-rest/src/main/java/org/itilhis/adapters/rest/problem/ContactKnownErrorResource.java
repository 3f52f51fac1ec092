package org.itilhis.adapters.rest.problem;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.itilhis.adapters.rest.common.ApiPaths;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.ContactId;
import org.itilhis.ports.problem.in.DeskWithKnownErrors;
import org.itilhis.ports.problem.in.KnownErrorQuery;
import org.itilhis.ports.problem.in.KnownErrorSuggestions;
import org.itilhis.ports.servicedesk.in.ContactQueries;
import org.itilhis.ports.servicedesk.in.ContactView;

/**
 * {@code GET /api/v1/contacts/{id}/known-errors}: the published known errors that match what
 * the caller described, best first, for the agent still on the phone. The contact is read as
 * its own resource reads it (not found when the actor may not see it); the known errors are
 * those the actor may see (none for a reporter).
 */
@Path(ApiPaths.CONTACTS + "/{id}/known-errors")
@Produces(MediaType.APPLICATION_JSON)
public final class ContactKnownErrorResource extends ResourceSupport {
    private final ContactQueries contacts;
    private final KnownErrorSuggestions suggestions;

    public ContactKnownErrorResource(@Context Configuration configuration) {
        this(Resources.dependencies(configuration), ProblemResources.of(configuration));
    }

    ContactKnownErrorResource(Resources.Dependencies ports, ProblemResources.Ports problem) {
        super(ports.validation());
        this.contacts = checkNotNull(ports.contacts(), "contacts");
        this.suggestions = checkNotNull(problem.suggestions(), "suggestions");
    }

    @GET
    public KnownErrorMatchJson.KnownErrorMatchesJson knownErrors(@PathParam("id") String id) {
        Actor actor = actor();
        ContactView contact = contacts.contact(actor, contactId(id));
        return new KnownErrorMatchJson.KnownErrorMatchesJson(contact.id().value(), suggestions.suggest(actor,
                        KnownErrorQuery.text(contact.details().description()), DeskWithKnownErrors.SUGGESTIONS)
                .stream().map(KnownErrorMatchJson::of).toList());
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
