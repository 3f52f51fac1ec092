package org.itilhis.adapters.rest.operations;

import static com.google.common.base.Preconditions.checkNotNull;
import static jakarta.ws.rs.core.HttpHeaders.IF_MATCH;
import static jakarta.ws.rs.core.HttpHeaders.IF_NONE_MATCH;

import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.itilhis.adapters.rest.common.ApiPaths;
import org.itilhis.adapters.rest.common.Conditions;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.common.IdempotentCreation;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.adapters.rest.operations.StockJson.StockBalancesJson;
import org.itilhis.adapters.rest.operations.StockJson.StockItemBodyJson;
import org.itilhis.adapters.rest.operations.StockJson.StockItemJson;
import org.itilhis.adapters.rest.operations.StockJson.StockItemsJson;
import org.itilhis.adapters.rest.operations.StockJson.StockLedgerJson;
import org.itilhis.adapters.rest.operations.StockJson.StockMovementJson;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.stock.StockItem;
import org.itilhis.core.stock.StockItemCode;
import org.itilhis.ports.operations.in.StockCommand;
import org.itilhis.ports.operations.in.StockQueries;

/**
 * {@code /api/v1/stock/items}: the items (toner, keyboards, disks), one item (with {@code ETag};
 * {@code If-None-Match} answers 304), defining one ({@code 201}, idempotent with {@code
 * Idempotency-Key}) and revising it ({@code PUT} with {@code If-Match}); an item's balances per
 * store room and its ledger, oldest movement first, paged by {@code cursor}.
 */
@Singleton
@Path(StockResources.ITEMS)
@Produces(MediaType.APPLICATION_JSON)
public final class StockItemResource extends ResourceSupport {
    /** The ledger's page when the request names none, and its largest. */
    static final int PAGE = 50;
    static final int MAX_PAGE = 200;

    private final StockResources.Ports ports;
    private final IdempotentCreation creation;

    public StockItemResource(@Context Configuration configuration) {
        this(Resources.dependencies(configuration), StockResources.of(configuration));
    }

    StockItemResource(Resources.Dependencies dependencies, StockResources.Ports ports) {
        super(dependencies.validation());
        this.ports = checkNotNull(ports, "ports");
        this.creation = dependencies.idempotentCreation();
    }

    @GET
    public StockItemsJson list() {
        return new StockItemsJson(ports.queries().items(actor()).stream().map(StockItemJson::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response define(@HeaderParam(ApiPaths.IDEMPOTENCY_KEY) String key, StockItemBodyJson body) {
        Actor actor = actor();
        StockItemBodyJson json = body(body);
        return creation.create(actor, key, new Fingerprint("define-item", json), () -> {
            Fields fields = new Fields();
            StockItem item = ports.stock().defineItem(valid(new StockCommand.DefineItem(actor, json.code(),
                    json.name(), json.unit(), json.kind(), json.ciClass(), StockValues.staff("owner", json.owner(),
                    fields), StockValues.thresholds(json.reorderThresholds())), fields));
            return new IdempotentCreation.Created(StockResources.ITEMS.substring(1) + "/" + item.code().value(),
                    StockItemJson.of(item));
        });
    }

    @GET
    @Path("{code}")
    public Response get(@PathParam("code") String code, @HeaderParam(IF_NONE_MATCH) String ifNoneMatch) {
        StockItem item = ports.queries().item(actor(), StockValues.item("code", code));
        return unlessNotModified(ifNoneMatch, item.version(), () -> StockItemJson.of(item));
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response revise(@PathParam("code") String code, @HeaderParam(IF_MATCH) String ifMatch, StockItemBodyJson body) {
        Actor actor = actor();
        StockItemCode item = StockValues.item("code", code);
        Long version = Conditions.expected(ifMatch, () -> ports.queries().item(actor, item));
        StockItemBodyJson json = body(body);
        Fields fields = new Fields();
        fields.check(json.code() == null || json.code().strip().equals(item.value()), "code",
                "field.stock-code-differs", item.value());
        StockItem revised = ports.stock().reviseItem(valid(new StockCommand.ReviseItem(actor, item.value(), version,
                json.name(), json.unit(), json.kind(), json.ciClass(), StockValues.staff("owner", json.owner(), fields),
                StockValues.thresholds(json.reorderThresholds())), fields));
        return Response.ok(StockItemJson.of(revised)).tag(etag(revised.version())).build();
    }

    @GET
    @Path("{code}/balances")
    public StockBalancesJson balances(@PathParam("code") String code) {
        return StockBalancesJson.of(ports.queries().balancesOf(actor(), StockValues.item("code", code)));
    }

    /** The item's movements after {@code cursor}, oldest first, {@code limit} (1 to 200, 50 by default) at most. */
    @GET
    @Path("{code}/ledger")
    public StockLedgerJson ledger(@PathParam("code") String code, @QueryParam("limit") String limit,
                             @QueryParam("cursor") String cursor) {
        StockItemCode item = StockValues.item("code", code);
        Fields fields = new Fields();
        int size = fields.count("limit", limit, MAX_PAGE, PAGE);
        if (!fields.errors().isEmpty()) {
            throw ApiException.invalid(fields.errors());
        }
        StockQueries.LedgerPage page = ports.queries().ledger(actor(), item, StockValues.positionOf(cursor), size);
        return new StockLedgerJson(page.entries().stream().map(StockMovementJson::of).toList(),
                page.next().isPresent() ? StockValues.cursorAfter(page.next().getAsLong()) : null);
    }

    /** What makes two creating requests the same request, besides the key. */
    private record Fingerprint(String operation, Object body) {
    }
}
