package org.itilhis.adapters.rest.roster;

import static jakarta.ws.rs.core.HttpHeaders.IF_MATCH;
import static jakarta.ws.rs.core.HttpHeaders.IF_NONE_MATCH;

import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
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
import java.util.UUID;
import org.itilhis.adapters.rest.common.ApiPaths;
import org.itilhis.adapters.rest.common.Conditions;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.adapters.rest.roster.SwapJson.SwapsJson;
import org.itilhis.adapters.rest.servicedesk.TicketRequestJson.ReasonJson;
import org.itilhis.core.roster.SwapId;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.ports.roster.in.RosterCommand;
import org.itilhis.ports.roster.in.SwapView;

/**
 * {@code /api/v1/rosters/swaps}: the duty swaps of a group ({@code ?group=}), one swap (with
 * {@code ETag}), and its steps, each with {@code If-Match}: the group lead approves (the roster
 * changes with it, both or neither) or rejects with a reason; the engineer who asked withdraws.
 * A step the swap's state does not allow is 409 listing the allowed ones. Swaps are asked for on
 * their roster: {@code POST /api/v1/rosters/{id}/swaps}.
 */
@Singleton
@Path(ApiPaths.SWAPS)
@Produces(MediaType.APPLICATION_JSON)
public final class SwapResource extends ResourceSupport {
    private final RosterResources.Ports ports;

    public SwapResource(@Context Configuration configuration) {
        super(Resources.dependencies(configuration).validation());
        this.ports = RosterResources.of(configuration);
    }

    /** The swaps of the group's rosters, newest request first. */
    @GET
    public SwapsJson list(@QueryParam("group") String group) {
        Fields fields = new Fields();
        GroupId id = RosterValues.group("group", group, fields);
        fields.check(group != null, "group", "field.required");
        if (!fields.errors().isEmpty()) {
            throw ApiException.invalid(fields.errors());
        }
        return new SwapsJson(ports.queries().swaps(actor(), id).stream().map(SwapJson::of).toList());
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id, @HeaderParam(IF_NONE_MATCH) String ifNoneMatch) {
        SwapView swap = ports.queries().swap(actor(), swapId(id));
        return unlessNotModified(ifNoneMatch, swap.version(), () -> SwapJson.of(swap));
    }

    /** The group lead approves: the duties change hands on the roster in the same transaction. */
    @POST
    @Path("{id}/approve")
    public Response approve(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch) {
        Actor actor = actor();
        SwapId swap = swapId(id);
        Long version = expected(actor, swap, ifMatch);
        return answer(ports.roster().approveSwap(valid(new RosterCommand.ApproveSwap(actor, swap, version),
                new Fields())));
    }

    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reject(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch, ReasonJson body) {
        Actor actor = actor();
        SwapId swap = swapId(id);
        Long version = expected(actor, swap, ifMatch);
        ReasonJson json = Conditions.required(body);
        return answer(ports.roster().rejectSwap(valid(new RosterCommand.RejectSwap(actor, swap, version,
                json.reason()), new Fields())));
    }

    @POST
    @Path("{id}/withdraw")
    public Response withdraw(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch) {
        Actor actor = actor();
        SwapId swap = swapId(id);
        Long version = expected(actor, swap, ifMatch);
        return answer(ports.roster().withdrawSwap(valid(new RosterCommand.WithdrawSwap(actor, swap, version),
                new Fields())));
    }

    private Long expected(Actor actor, SwapId swap, String ifMatch) {
        return Conditions.expected(ifMatch, () -> ports.queries().swap(actor, swap));
    }

    private static Response answer(SwapView swap) {
        return Response.ok(SwapJson.of(swap)).tag(etag(swap.version())).build();
    }

    /** @throws ApiException (400) naming {@code id} unless it is a swap's id */
    private static SwapId swapId(String id) {
        Fields fields = new Fields();
        UUID value = fields.uuid("id", id);
        if (value == null) {
            throw ApiException.invalid(fields.errors());
        }
        return new SwapId(value);
    }
}
