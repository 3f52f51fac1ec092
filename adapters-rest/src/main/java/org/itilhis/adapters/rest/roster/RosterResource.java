package org.itilhis.adapters.rest.roster;

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
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.itilhis.adapters.rest.common.ApiPaths;
import org.itilhis.adapters.rest.common.Conditions;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.common.IdempotentCreation;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.adapters.rest.roster.RosterJson.DutiesJson;
import org.itilhis.adapters.rest.roster.RosterJson.DutyJson;
import org.itilhis.adapters.rest.roster.RosterJson.DutyRefJson;
import org.itilhis.adapters.rest.roster.RosterJson.GenerateRosterJson;
import org.itilhis.adapters.rest.roster.RosterJson.OnCallJson;
import org.itilhis.adapters.rest.roster.RosterJson.ReplaceDutyJson;
import org.itilhis.adapters.rest.roster.RosterJson.RostersJson;
import org.itilhis.adapters.rest.roster.SwapJson.RequestSwapJson;
import org.itilhis.core.roster.RosterId;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.roster.in.OnCallView;
import org.itilhis.ports.roster.in.RosterCommand;
import org.itilhis.ports.roster.in.RosterView;
import org.itilhis.ports.roster.in.SwapView;

/**
 * {@code /api/v1/rosters}: generating a group's roster for a period from a rotation ({@code
 * 201}, idempotent with {@code Idempotency-Key}), a group's rosters over some dates, reading one
 * with its imbalance (with {@code ETag}), editing its duties by the group lead ({@code assign},
 * {@code remove}, {@code replace}, each with {@code If-Match}), asking for a duty swap ({@code
 * POST /{id}/swaps}, then {@code /api/v1/rosters/swaps}), who is on call for a group now ({@code
 * /on-call/{group}}) and an engineer's duties over a period ({@code /duties}).
 */
@Singleton
@Path(ApiPaths.ROSTERS)
@Produces(MediaType.APPLICATION_JSON)
public final class RosterResource extends ResourceSupport {
    private final RosterResources.Ports ports;
    private final IdempotentCreation creation;

    public RosterResource(@Context Configuration configuration) {
        this(Resources.dependencies(configuration), RosterResources.of(configuration));
    }

    RosterResource(Resources.Dependencies dependencies, RosterResources.Ports ports) {
        super(dependencies.validation());
        this.ports = checkNotNull(ports, "ports");
        this.creation = dependencies.idempotentCreation();
    }

    /** Generates the roster; 201 with its {@code Location}. A rotation that cannot be fair is 422 {@code roster.generation.not-fair}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response generate(@HeaderParam(ApiPaths.IDEMPOTENCY_KEY) String key, GenerateRosterJson body) {
        Actor actor = actor();
        GenerateRosterJson json = body(body);
        return creation.create(actor, key, new Fingerprint("generate", json), () -> {
            Fields fields = new Fields();
            RosterCommand.GenerateRoster command = new RosterCommand.GenerateRoster(actor,
                    RosterValues.group("group", json.group(), fields), RosterValues.date("from", json.from(), fields),
                    RosterValues.date("to", json.to(), fields), staff("engineers", json.engineers(), fields),
                    json.shifts());
            RosterView generated = ports.roster().generate(valid(command, fields));
            return new IdempotentCreation.Created(ApiPaths.ROSTERS.substring(1) + "/" + generated.id(),
                    RosterJson.of(generated));
        });
    }

    /** The group's rosters whose period shares a date with {@code from} to {@code to} (both included), by start. */
    @GET
    public RostersJson list(@QueryParam("group") String group, @QueryParam("from") String from,
                            @QueryParam("to") String to) {
        Fields fields = new Fields();
        GroupId id = RosterValues.group("group", group, fields);
        fields.check(group != null, "group", "field.required");
        LocalDate first = RosterValues.date("from", from, fields);
        LocalDate last = RosterValues.date("to", to, fields);
        fields.check(from != null, "from", "field.required");
        fields.check(to != null, "to", "field.required");
        fields.check(first == null || last == null || !last.isBefore(first), "to", "field.invalid-period");
        if (!fields.errors().isEmpty()) {
            throw ApiException.invalid(fields.errors());
        }
        return new RostersJson(ports.queries().rosters(actor(), id, first, last).stream().map(RosterJson::of)
                .toList());
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id, @HeaderParam(IF_NONE_MATCH) String ifNoneMatch) {
        RosterView roster = ports.queries().roster(actor(), rosterId(id));
        return unlessNotModified(ifNoneMatch, roster.version(), () -> RosterJson.of(roster));
    }

    /** Gives an engineer of the group a duty (after any other holder of the shift that date: the second on call). */
    @POST
    @Path("{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response assign(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch, DutyRefJson body) {
        return edit(id, ifMatch, body, (actor, roster, version, json, fields) -> ports.roster().assign(valid(
                new RosterCommand.AssignDuty(actor, roster, version, RosterValues.staff("engineer", json.engineer(),
                        fields), json.shift(), RosterValues.date("date", json.date(), fields)), fields)));
    }

    @POST
    @Path("{id}/remove")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response remove(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch, DutyRefJson body) {
        return edit(id, ifMatch, body, (actor, roster, version, json, fields) -> ports.roster().remove(valid(
                new RosterCommand.RemoveDuty(actor, roster, version, RosterValues.staff("engineer", json.engineer(),
                        fields), json.shift(), RosterValues.date("date", json.date(), fields)), fields)));
    }

    @POST
    @Path("{id}/replace")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch,
                            ReplaceDutyJson body) {
        return edit(id, ifMatch, body, (actor, roster, version, json, fields) -> ports.roster().replace(valid(
                new RosterCommand.ReplaceDuty(actor, roster, version, RosterValues.staff("engineer", json.engineer(),
                        fields), json.shift(), RosterValues.date("date", json.date(), fields),
                        RosterValues.staff("by", json.by(), fields)), fields)));
    }

    /**
     * The caller asks to swap their duty with another engineer of the group (201, idempotent
     * with {@code Idempotency-Key}); someone not in the group is 422 {@code roster.not-in-group}.
     */
    @POST
    @Path("{id}/swaps")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response requestSwap(@PathParam("id") String id, @HeaderParam(ApiPaths.IDEMPOTENCY_KEY) String key,
                                RequestSwapJson body) {
        Actor actor = actor();
        RosterId roster = rosterId(id);
        RequestSwapJson json = body(body);
        return creation.create(actor, key, new Fingerprint("swap " + roster, json), () -> {
            Fields fields = new Fields();
            RosterCommand.RequestSwap command = new RosterCommand.RequestSwap(actor, roster, json.kind(),
                    json.shift(), RosterValues.date("date", json.date(), fields),
                    RosterValues.staff("counterpart", json.counterpart(), fields), json.counterpartShift(),
                    RosterValues.date("counterpartDate", json.counterpartDate(), fields), json.reason());
            SwapView requested = ports.roster().requestSwap(valid(command, fields));
            return new IdempotentCreation.Created(ApiPaths.SWAPS.substring(1) + "/" + requested.id(),
                    SwapJson.of(requested));
        });
    }

    /** Who is on call for the group now; {@code onCall: false} outside its on-call shifts. */
    @GET
    @Path("on-call/{group}")
    public OnCallJson onCall(@PathParam("group") String group) {
        Fields fields = new Fields();
        GroupId id = RosterValues.group("group", group, fields);
        if (id == null) {
            throw ApiException.invalid(fields.errors());
        }
        Optional<OnCallView> duty = ports.queries().onCallNow(actor(), id);
        return duty.map(on -> new OnCallJson(id.value(), true, on.engineer().value(),
                        on.chain().stream().map(StaffId::value).toList(), on.responseTime().toString(), on.until()))
                .orElseGet(() -> new OnCallJson(id.value(), false, null, null, null, null));
    }

    /** An engineer's duties overlapping {@code [from, to)} (ISO-8601 instants), in the groups the reader sees, by start. */
    @GET
    @Path("duties")
    public DutiesJson duties(@QueryParam("engineer") String engineer, @QueryParam("from") String from,
                             @QueryParam("to") String to) {
        Fields fields = new Fields();
        StaffId id = RosterValues.staff("engineer", engineer, fields);
        fields.check(engineer != null, "engineer", "field.required");
        Instant start = instant("from", from, fields);
        Instant end = instant("to", to, fields);
        fields.check(from != null, "from", "field.required");
        fields.check(to != null, "to", "field.required");
        fields.check(start == null || end == null || end.isAfter(start), "to", "field.invalid-period");
        if (!fields.errors().isEmpty()) {
            throw ApiException.invalid(fields.errors());
        }
        return new DutiesJson(id.value(), ports.queries().dutiesOf(actor(), id, start, end).stream()
                .map(DutyJson::of).toList());
    }

    /** Runs one edit of the roster at the version {@code If-Match} names, and answers the roster with its new tag. */
    private <J> Response edit(String id, String ifMatch, J body, Edit<J> edit) {
        Actor actor = actor();
        RosterId roster = rosterId(id);
        Long version = Conditions.expected(ifMatch, () -> ports.queries().roster(actor, roster));
        J json = Conditions.required(body);
        RosterView edited = edit.run(actor, roster, version, json, new Fields());
        return Response.ok(RosterJson.of(edited)).tag(etag(edited.version())).build();
    }

    private static List<StaffId> staff(String field, List<String> ids, Fields fields) {
        if (ids == null) {
            return null;
        }
        return IntStream.range(0, ids.size())
                .mapToObj(i -> ids.get(i) == null ? null : RosterValues.staff(field + "[" + i + "]", ids.get(i), fields))
                .toList();
    }

    /** @throws ApiException (400) naming {@code id} unless it is a roster's id */
    static RosterId rosterId(String id) {
        Fields fields = new Fields();
        UUID value = fields.uuid("id", id);
        if (value == null) {
            throw ApiException.invalid(fields.errors());
        }
        return new RosterId(value);
    }

    /** One edit of a roster: the command made from the body, run. */
    @FunctionalInterface
    private interface Edit<J> {
        RosterView run(Actor actor, RosterId roster, Long version, J json, Fields fields);
    }

    /** What makes two creating requests the same request, besides the key. */
    private record Fingerprint(String operation, Object body) {
    }
}
