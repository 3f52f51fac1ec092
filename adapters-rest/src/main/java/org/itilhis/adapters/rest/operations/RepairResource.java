package org.itilhis.adapters.rest.operations;

import static com.google.common.base.Preconditions.checkNotNull;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.itilhis.adapters.rest.common.ApiPaths;
import org.itilhis.adapters.rest.common.Conditions;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.common.IdempotentCreation;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.adapters.rest.operations.RepairJson.CostJson;
import org.itilhis.adapters.rest.operations.RepairJson.CostsJson;
import org.itilhis.adapters.rest.operations.RepairJson.DowntimeJson;
import org.itilhis.adapters.rest.operations.RepairJson.IntervalJson;
import org.itilhis.adapters.rest.operations.RepairJson.OpenRepairJson;
import org.itilhis.adapters.rest.operations.RepairJson.PartsJson;
import org.itilhis.adapters.rest.operations.RepairJson.RepairPageJson;
import org.itilhis.adapters.rest.operations.RepairJson.StepNoteJson;
import org.itilhis.adapters.rest.operations.RepairJson.VendorCostJson;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.adapters.rest.problemdetails.FieldError;
import org.itilhis.adapters.rest.servicedesk.EventJson;
import org.itilhis.adapters.rest.servicedesk.TicketRequestJson.ReasonJson;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.repair.RepairId;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.operations.in.OpenRepair;
import org.itilhis.ports.operations.in.RepairCommand;
import org.itilhis.ports.operations.in.RepairQueries;
import org.itilhis.ports.operations.in.RepairSearch;
import org.itilhis.ports.operations.in.RepairUseCase;
import org.itilhis.ports.operations.in.RepairView;

/**
 * {@code /api/v1/repairs}: opening a repair record of a configuration item ({@code 201},
 * idempotent with {@code Idempotency-Key}), the repairs page by page ({@code ?ci=}, {@code
 * ?open=true}, {@code limit}, {@code cursor}), one repair (with {@code ETag}; {@code
 * If-None-Match} answers 304) and its history, the costs per vendor and the downtime of a period,
 * and each step as {@code POST /{id}/<step>} with {@code If-Match}, named as in {@code
 * allowedActions}: sending the item to repair (under repair in the CMDB) and back (in use),
 * recording the cost, using spare parts (issued from stock), closing and cancelling. A step the
 * repair's state does not allow is 409 listing the allowed ones.
 */
@Singleton
@Path(ApiPaths.REPAIRS)
@Produces(MediaType.APPLICATION_JSON)
public final class RepairResource extends ResourceSupport {
    static final int DEFAULT_PAGE = 20;
    static final int MAX_PAGE = 100;
    private final RepairUseCase repairs;
    private final RepairQueries queries;
    private final IdempotentCreation creation;

    public RepairResource(@Context Configuration configuration) {
        this(Resources.dependencies(configuration), RepairResources.of(configuration));
    }

    RepairResource(Resources.Dependencies dependencies, RepairResources.Ports ports) {
        super(dependencies.validation());
        this.repairs = checkNotNull(ports.repairs(), "repairs");
        this.queries = checkNotNull(ports.queries(), "queries");
        this.creation = dependencies.idempotentCreation();
    }

    /** Opens a repair; 201 with its {@code Location} and {@code ETag}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(@HeaderParam(ApiPaths.IDEMPOTENCY_KEY) String key, OpenRepairJson body) {
        Actor actor = actor();
        OpenRepairJson json = body(body);
        return creation.create(actor, key, new Fingerprint("open-repair", json), () -> {
            Fields fields = new Fields();
            UUID ci = fields.uuid("ci", json.ci());
            fields.check(json.ci() != null, "ci", "field.required");
            Instant down = instant("downtimeStart", json.downtimeStart(), fields);
            RepairView opened = repairs.open(valid(new OpenRepair(actor, ci == null ? null : new CiId(ci),
                    json.fault(), json.vendor(), json.underWarranty(), json.link(), down), fields));
            return new IdempotentCreation.Created(ApiPaths.REPAIRS.substring(1) + "/" + opened.id(),
                    RepairJson.of(opened));
        });
    }

    @GET
    public RepairPageJson list(@QueryParam("ci") String ci, @QueryParam("open") String open,
                               @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        Fields fields = new Fields();
        UUID item = fields.uuid("ci", ci);
        fields.check(open == null || open.equals("true") || open.equals("false"), "open", "field.unknown-value",
                "true, false");
        int size = fields.count("limit", limit, MAX_PAGE, DEFAULT_PAGE);
        List<FieldError> errors = new ArrayList<>(fields.errors());
        Optional<RepairCursor> after = Optional.empty();
        try {
            after = Optional.ofNullable(cursor).map(RepairCursor::parse);
        } catch (ApiException invalid) {
            errors.addAll(invalid.errors());
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        RepairSearch search = RepairSearch.all(size + 1);
        search = item == null ? search : search.of(new CiId(item));
        search = "true".equals(open) ? search.open() : search;
        search = after.map(RepairCursor::after).map(search::after).orElse(search);
        List<RepairView> found = queries.search(actor(), search);
        List<RepairView> page = found.subList(0, Math.min(size, found.size()));
        String next = found.size() > size ? new RepairCursor(new RepairSearch.Position(
                page.get(page.size() - 1).repair().openedAt(), page.get(page.size() - 1).id())).token() : null;
        return new RepairPageJson(page.stream().map(RepairJson::of).toList(), next);
    }

    /** What the repairs opened in {@code [from, to)} cost, per vendor and currency, largest first. */
    @GET
    @Path("costs")
    public CostsJson costs(@QueryParam("from") String from, @QueryParam("to") String to) {
        Period period = period(from, to);
        return new CostsJson(period.from(), period.to(), queries.costsPerVendor(actor(), period.from(), period.to())
                .stream().map(VendorCostJson::of).toList());
    }

    /** The recorded downtime of the items ({@code ?ci=}, repeatable; every item when none) overlapping {@code [from, to)}. */
    @GET
    @Path("downtime")
    public DowntimeJson downtime(@QueryParam("ci") List<String> cis, @QueryParam("from") String from,
                                 @QueryParam("to") String to) {
        Fields fields = new Fields();
        Set<CiId> items = new LinkedHashSet<>();
        for (String ci : cis == null ? List.<String>of() : cis) {
            UUID value = fields.uuid("ci", ci);
            if (value != null) {
                items.add(new CiId(value));
            }
        }
        if (!fields.errors().isEmpty()) {
            throw ApiException.invalid(fields.errors());
        }
        Period period = period(from, to);
        return new DowntimeJson(period.from(), period.to(), queries.downtime(actor(), items, period.from(),
                period.to()).stream().map(IntervalJson::of).toList());
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id, @HeaderParam(IF_NONE_MATCH) String ifNoneMatch) {
        RepairView repair = queries.repair(actor(), repairId(id));
        return unlessNotModified(ifNoneMatch, repair.version(), () -> RepairJson.of(repair));
    }

    /** Every step of the repair, oldest first. */
    @GET
    @Path("{id}/history")
    public EventJson.HistoryJson history(@PathParam("id") String id) {
        return new EventJson.HistoryJson(queries.history(actor(), repairId(id)).stream().map(RepairEvents::of)
                .toList());
    }

    /** The item goes to the vendor or workshop: under repair in the CMDB, in the same transaction. */
    @POST
    @Path("{id}/send-to-repair")
    public Response sendToRepair(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch,
                                 StepNoteJson body) {
        String note = body == null ? null : body.note();
        return step(id, ifMatch, (actor, repair, version, fields) ->
                new RepairCommand.SendToRepair(actor, repair, version, note));
    }

    /** The item is back: in use in the CMDB; its downtime ends at {@code downtimeEnd} (now when absent). */
    @POST
    @Path("{id}/return-from-repair")
    public Response returnFromRepair(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch,
                                     StepNoteJson body) {
        StepNoteJson json = body == null ? new StepNoteJson(null, null) : body;
        return step(id, ifMatch, (actor, repair, version, fields) -> new RepairCommand.ReturnFromRepair(actor,
                repair, version, instant("downtimeEnd", json.downtimeEnd(), fields), json.note()));
    }

    @POST
    @Path("{id}/record-cost")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recordCost(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch, CostJson body) {
        return step(id, ifMatch, body == null ? null : (actor, repair, version, fields) ->
                new RepairCommand.RecordCost(actor, repair, version, body.amount(), body.currency()));
    }

    /** Spare parts put into the item, issued from the store room's stock (409 when it holds fewer). */
    @POST
    @Path("{id}/use-parts")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response useParts(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch, PartsJson body) {
        return step(id, ifMatch, body == null ? null : (actor, repair, version, fields) ->
                new RepairCommand.UseParts(actor, repair, version, body.item(), body.room(),
                        fields.requiredInt("quantity", body.quantity())));
    }

    @POST
    @Path("{id}/close")
    public Response close(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch) {
        return step(id, ifMatch, (actor, repair, version, fields) -> new RepairCommand.Close(actor, repair, version));
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response cancel(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch, ReasonJson body) {
        return step(id, ifMatch, body == null ? null : (actor, repair, version, fields) ->
                new RepairCommand.Cancel(actor, repair, version, body.reason()));
    }

    /**
     * Runs one step in the API's order of problems: 400 (id), 428/400 ({@code If-Match}), 404, 412,
     * 400 (no body, {@code step} null), then the core's own answer; the changed repair with its tag.
     */
    private Response step(String id, String ifMatch, Step step) {
        Actor actor = actor();
        RepairId repair = repairId(id);
        Long expected = Conditions.expected(ifMatch, () -> queries.repair(actor, repair));
        if (step == null) {
            throw ApiException.bodyRequired();
        }
        Fields fields = new Fields();
        RepairView changed = repairs.handle(valid(step.command(actor, repair, expected, fields), fields));
        return Response.ok(RepairJson.of(changed)).tag(etag(changed.version())).build();
    }

    private static Period period(String from, String to) {
        Fields fields = new Fields();
        Instant start = instant("from", from, fields);
        Instant end = instant("to", to, fields);
        fields.check(from != null, "from", "field.required");
        fields.check(to != null, "to", "field.required");
        if (start != null && end != null) {
            fields.check(start.isBefore(end), "to", "field.invalid-period");
        }
        if (!fields.errors().isEmpty()) {
            throw ApiException.invalid(fields.errors());
        }
        return new Period(start, end);
    }

    /** @throws ApiException (400) naming {@code id} unless it is a repair's id */
    private static RepairId repairId(String id) {
        Fields fields = new Fields();
        UUID value = fields.uuid("id", id);
        if (value == null) {
            throw ApiException.invalid(fields.errors());
        }
        return new RepairId(value);
    }

    /** One step on a repair, as the client asked for it, once the repair and the expected version are known. */
    @FunctionalInterface
    private interface Step {
        RepairCommand command(Actor actor, RepairId repair, Long expectedVersion, Fields fields);
    }

    private record Period(Instant from, Instant to) {
    }

    /** What makes two creating requests the same request, besides the key. */
    private record Fingerprint(String operation, Object body) {
    }
}
