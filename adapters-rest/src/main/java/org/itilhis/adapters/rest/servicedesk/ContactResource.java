package org.itilhis.adapters.rest.servicedesk;

import static com.google.common.base.Preconditions.checkNotNull;
import static jakarta.ws.rs.core.HttpHeaders.IF_NONE_MATCH;

import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.itilhis.adapters.rest.common.ApiPaths;
import org.itilhis.adapters.rest.common.CiIds;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.common.IdempotentCreation;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.ContactId;
import org.itilhis.ports.servicedesk.in.ContactCommand;
import org.itilhis.ports.servicedesk.in.ContactQueries;
import org.itilhis.ports.servicedesk.in.ContactView;
import org.itilhis.ports.servicedesk.in.ServiceDeskUseCase;
import org.itilhis.ports.servicedesk.in.TicketView;

/**
 * The service desk's contacts: log one ({@code 201}, idempotent with {@code Idempotency-Key}),
 * then give it exactly one outcome: resolved at first contact, raised as an incident or service
 * request ({@code 201} with the ticket's {@code Location}, idempotent too), or linked to an open
 * ticket. The outcome steps need no {@code If-Match}: a contact has one outcome, given once,
 * and a second attempt is refused (409) whatever the client last read. A contact is read with
 * its {@code ETag} ({@code If-None-Match} answers 304); one the actor may not see is 404.
 * A contact raised with {@code affectedCis} is raised against those configuration items by
 * configuration management, above this practice ({@link ServiceDeskResources.TicketsAgainstItems},
 * offered when the API is given the CMDB ports); without it that is refused (400 naming
 * {@code affectedCis}).
 */
@Singleton
@Path(ApiPaths.CONTACTS)
@Produces(MediaType.APPLICATION_JSON)
public final class ContactResource extends ResourceSupport {
    private final ServiceDeskUseCase desk;
    private final ContactQueries contacts;
    private final Optional<ServiceDeskResources.TicketsAgainstItems> againstItems;
    private final IdempotentCreation creation;

    public ContactResource(@Context Configuration configuration) {
        this(Resources.dependencies(configuration),
                ServiceDeskResources.againstItems(configuration));
    }

    ContactResource(Resources.Dependencies ports, Optional<ServiceDeskResources.TicketsAgainstItems> againstItems) {
        super(ports.validation());
        this.desk = checkNotNull(ports.desk(), "desk");
        this.againstItems = checkNotNull(againstItems, "againstItems");
        this.contacts = checkNotNull(ports.contacts(), "contacts");
        this.creation = ports.idempotentCreation();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response log(@HeaderParam(ApiPaths.IDEMPOTENCY_KEY) String key, LogContactJson body) {
        Actor actor = actor();
        LogContactJson json = body(body);
        return creation.create(actor, key, new Fingerprint("log", "", json), () -> {
            Fields fields = new Fields();
            ContactView contact = desk.logContact(valid(json.command(actor, fields), fields));
            return new IdempotentCreation.Created(ApiPaths.CONTACTS.substring(1) + "/" + contact.id(),
                    ContactJson.of(contact));
        });
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id, @HeaderParam(IF_NONE_MATCH) String ifNoneMatch) {
        Actor actor = actor();
        ContactView contact = contacts.contact(actor, contactId(id));
        return unlessNotModified(ifNoneMatch, contact.version(), () -> ContactJson.of(contact));
    }

    @POST
    @Path("{id}/resolve-at-first-contact")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response resolveAtFirstContact(@PathParam("id") String id, ResolutionJson body) {
        Actor actor = actor();
        ContactId contact = contactId(id);
        ContactView resolved = desk.resolveAtFirstContact(
                valid(body(body).atFirstContact(actor, contact), new Fields()));
        return Response.ok(ContactJson.of(resolved)).tag(etag(resolved.version())).build();
    }

    @POST
    @Path("{id}/raise")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response raise(@PathParam("id") String id, @HeaderParam(ApiPaths.IDEMPOTENCY_KEY) String key,
                          RaiseTicketJson body) {
        Actor actor = actor();
        ContactId contact = contactId(id);
        RaiseTicketJson json = body(body);
        return creation.create(actor, key, new Fingerprint("raise", contact.toString(), json), () -> {
            Fields fields = new Fields();
            ContactCommand.RaiseTicket command = json.command(actor, contact, fields);
            Set<CiId> affected = CiIds.listed("affectedCis", json.affectedCis(), fields);
            fields.check(!json.namesAffectedCis() || againstItems.isPresent(), "affectedCis", "field.cmdb-not-served");
            valid(command, fields);
            TicketView ticket = affected.isEmpty() ? desk.raiseTicket(command)
                    : againstItems.orElseThrow().raise(command, affected);
            return new IdempotentCreation.Created(ApiPaths.relativeCollection(ticket.type()) + "/" + ticket.id(),
                    TicketJson.of(ticket));
        });
    }

    @POST
    @Path("{id}/link")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response link(@PathParam("id") String id, LinkContactJson body) {
        Actor actor = actor();
        ContactId contact = contactId(id);
        TicketView ticket = desk.linkToTicket(valid(body(body).command(actor, contact), new Fields()));
        return Response.ok(TicketJson.of(ticket)).tag(etag(ticket.version())).build();
    }

    private static ContactId contactId(String id) {
        Fields fields = new Fields();
        UUID value = fields.uuid("id", id);
        if (value == null) {
            throw ApiException.invalid(fields.errors());
        }
        return new ContactId(value);
    }

    /** What makes two creating requests the same request, besides the key. */
    private record Fingerprint(String operation, String contact, Object body) {
    }
}
