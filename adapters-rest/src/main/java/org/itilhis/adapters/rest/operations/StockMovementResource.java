package org.itilhis.adapters.rest.operations;

import static com.google.common.base.Preconditions.checkNotNull;

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
import java.util.UUID;
import org.itilhis.adapters.rest.common.ApiPaths;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.common.IdempotentCreation;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.adapters.rest.operations.StockJson.StockMoveJson;
import org.itilhis.adapters.rest.operations.StockJson.StockMovementJson;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.stock.StockMovement;
import org.itilhis.core.stock.StockMovementId;
import org.itilhis.ports.operations.in.StockCommand;

/**
 * {@code /api/v1/stock/movements}: recording a movement ({@code 201} with its place in the
 * ledger; with an {@code Idempotency-Key} a retried request records nothing twice and gets the
 * first answer again): a receipt, an issue, a transfer or a stock-take, the body's {@code kind}
 * saying which. Taking more than a room holds is 409 {@code stock.insufficient}, naming the
 * item, the room, what is held and what was asked; nothing is recorded. And one movement by id.
 */
@Singleton
@Path(StockResources.MOVEMENTS)
@Produces(MediaType.APPLICATION_JSON)
public final class StockMovementResource extends ResourceSupport {
    private final StockResources.Ports ports;
    private final IdempotentCreation creation;

    public StockMovementResource(@Context Configuration configuration) {
        this(Resources.dependencies(configuration), StockResources.of(configuration));
    }

    StockMovementResource(Resources.Dependencies dependencies, StockResources.Ports ports) {
        super(dependencies.validation());
        this.ports = checkNotNull(ports, "ports");
        this.creation = dependencies.idempotentCreation();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(@HeaderParam(ApiPaths.IDEMPOTENCY_KEY) String key, StockMoveJson body) {
        Actor actor = actor();
        StockMoveJson json = body(body);
        return creation.create(actor, key, new Fingerprint("move", json), () -> {
            StockMovement movement = move(actor, json);
            StockMovementJson recorded = StockMovementJson.of(ports.queries().movement(actor, movement.movementId()));
            return new IdempotentCreation.Created(StockResources.MOVEMENTS.substring(1) + "/" + recorded.id(),
                    recorded);
        });
    }

    private StockMovement move(Actor actor, StockMoveJson json) {
        Fields fields = new Fields();
        fields.check(json.kind() != null, "kind", "field.required");
        fields.check(json.quantity() != null, "quantity", "field.required");
        // a missing quantity is answered as required above; 1 only lets the rest be checked too
        long quantity = json.quantity() == null ? 1 : json.quantity();
        if (json.kind() == null) {
            throw ApiException.invalid(fields.errors());
        }
        return switch (json.kind()) {
            case RECEIVE -> ports.stock().receive(valid(new StockCommand.Receive(actor, json.item(), json.room(),
                    quantity, json.supplier(), json.reference(), json.note()), fields));
            case ISSUE -> ports.stock().issue(valid(new StockCommand.Issue(actor, json.item(), json.room(), quantity,
                    json.recipientKind(), json.recipient(), json.department(), json.note()), fields));
            case TRANSFER -> ports.stock().transfer(valid(new StockCommand.Transfer(actor, json.item(), json.from(),
                    json.to(), quantity, json.note()), fields));
            case COUNT -> ports.stock().takeStock(valid(new StockCommand.TakeStock(actor, json.item(), json.room(),
                    quantity, json.expectedBalance(), json.note()), fields,
                    field -> field.equals("counted") ? "quantity" : field));
        };
    }

    @GET
    @Path("{id}")
    public StockMovementJson get(@PathParam("id") String id) {
        Fields fields = new Fields();
        UUID value = fields.uuid("id", id);
        if (value == null) {
            throw ApiException.invalid(fields.errors());
        }
        return StockMovementJson.of(ports.queries().movement(actor(), new StockMovementId(value)));
    }

    /** What makes two creating requests the same request, besides the key. */
    private record Fingerprint(String operation, Object body) {
    }
}
