package org.itilhis.adapters.rest.configuration;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.Set;
import org.itilhis.adapters.rest.common.ApiPaths;
import org.itilhis.adapters.rest.common.CiIds;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.adapters.rest.configuration.CiRequestJson.AffectedCisRequestJson;
import org.itilhis.adapters.rest.configuration.CmdbLinksJson.AffectedCisJson;
import org.itilhis.adapters.rest.configuration.ImpactJson.CiRefJson;
import org.itilhis.adapters.rest.servicedesk.TicketAccess;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.configuration.in.CmdbQueries;
import org.itilhis.ports.configuration.in.CmdbUseCase;
import org.itilhis.ports.servicedesk.in.TicketQueries;
import org.itilhis.ports.servicedesk.in.TicketView;

/**
 * {@code /api/v1/tickets/{id}/affected-cis}: the configuration items an incident or service
 * request (by id or number) affects. {@code POST} adds items (those already recorded stay, so
 * a retry changes nothing) and answers them all; it needs RECORD_AFFECTED_CI, reading
 * VIEW_CMDB, and both that the actor may see the ticket (404 otherwise).
 */
@Singleton
@Path(ApiPaths.TICKETS + "/{id}/affected-cis")
@Produces(MediaType.APPLICATION_JSON)
public final class AffectedCiResource extends ResourceSupport {
    private final TicketQueries tickets;
    private final CmdbUseCase items;
    private final CmdbQueries queries;

    public AffectedCiResource(@Context Configuration configuration) {
        this(Resources.dependencies(configuration), CmdbResources.of(configuration));
    }

    AffectedCiResource(Resources.Dependencies ports, CmdbResources.Ports cmdb) {
        super(ports.validation());
        this.tickets = checkNotNull(ports.queries(), "queries");
        this.items = checkNotNull(cmdb.items(), "items");
        this.queries = checkNotNull(cmdb.queries(), "queries");
    }

    @GET
    public AffectedCisJson affected(@PathParam("id") String id) {
        Actor actor = actor();
        TicketView ticket = TicketAccess.findAnyType(tickets, actor, id);
        return json(actor, ticket, queries.affectedCis(actor, ticket.id()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public AffectedCisJson record(@PathParam("id") String id, AffectedCisRequestJson body) {
        Actor actor = actor();
        TicketView ticket = TicketAccess.findAnyType(tickets, actor, id);
        Set<CiId> cis = CiIds.several("cis", body(body).cis());
        return json(actor, ticket, items.recordAffectedCis(actor, ticket.id(), cis));
    }

    private AffectedCisJson json(Actor actor, TicketView ticket, Set<CiId> cis) {
        CiReferences references = new CiReferences(queries, actor);
        return new AffectedCisJson(ticket.id().value(), ticket.number().toString(), cis.stream().map(references::of)
                .sorted(Comparator.comparing(CiRefJson::assetTag)).toList());
    }
}
