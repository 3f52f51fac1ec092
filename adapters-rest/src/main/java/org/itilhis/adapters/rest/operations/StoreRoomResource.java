package org.itilhis.adapters.rest.operations;

import static jakarta.ws.rs.core.HttpHeaders.IF_MATCH;
import static jakarta.ws.rs.core.HttpHeaders.IF_NONE_MATCH;

import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.itilhis.adapters.rest.common.Conditions;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.adapters.rest.operations.StockJson.StockBalancesJson;
import org.itilhis.adapters.rest.operations.StockJson.StoreRoomBodyJson;
import org.itilhis.adapters.rest.operations.StockJson.StoreRoomJson;
import org.itilhis.adapters.rest.operations.StockJson.StoreRoomsJson;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.stock.StoreRoom;
import org.itilhis.core.stock.StoreRoomCode;
import org.itilhis.ports.operations.in.StockCommand;

/**
 * {@code /api/v1/stock/rooms}: the store rooms, one room (with {@code ETag}), defining one
 * ({@code PUT} with {@code If-None-Match: *}) or renaming it ({@code PUT} with the {@code If-Match}
 * of the version it replaces), and what a room holds of each item.
 */
@Singleton
@Path(StockResources.ROOMS)
@Produces(MediaType.APPLICATION_JSON)
public final class StoreRoomResource extends ResourceSupport {
    private final StockResources.Ports ports;

    public StoreRoomResource(@Context Configuration configuration) {
        super(Resources.dependencies(configuration).validation());
        this.ports = StockResources.of(configuration);
    }

    @GET
    public StoreRoomsJson list() {
        return new StoreRoomsJson(ports.queries().storeRooms(actor()).stream().map(StoreRoomJson::of).toList());
    }

    @GET
    @Path("{code}")
    public Response get(@PathParam("code") String code, @HeaderParam(IF_NONE_MATCH) String ifNoneMatch) {
        StoreRoom room = ports.queries().storeRoom(actor(), StockValues.room("code", code));
        return unlessNotModified(ifNoneMatch, room.version(), () -> StoreRoomJson.of(room));
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response define(@PathParam("code") String code, @HeaderParam(IF_MATCH) String ifMatch,
                           @HeaderParam(IF_NONE_MATCH) String ifNoneMatch, StoreRoomBodyJson body) {
        Actor actor = actor();
        StoreRoomCode room = StockValues.room("code", code);
        boolean first = (ifMatch == null || ifMatch.isBlank()) && ifNoneMatch != null && ifNoneMatch.strip().equals("*");
        // a first definition expects no room (0); If-Match: * any version of the one there is
        Long expected = first ? Long.valueOf(0) : Conditions.expected(ifMatch, () -> ports.queries().storeRoom(actor,
                room));
        if (expected == null) {
            expected = ports.queries().storeRoom(actor, room).version();
        }
        StoreRoomBodyJson json = body(body);
        StoreRoom defined = ports.stock().defineStoreRoom(valid(new StockCommand.DefineStoreRoom(actor, room.value(),
                expected, json.name()), new Fields()));
        return Response.ok(StoreRoomJson.of(defined)).tag(etag(defined.version())).build();
    }

    @GET
    @Path("{code}/balances")
    public StockBalancesJson balances(@PathParam("code") String code) {
        return StockBalancesJson.of(ports.queries().balancesIn(actor(), StockValues.room("code", code)));
    }
}
