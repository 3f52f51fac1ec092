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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.adapters.rest.common.ApiPaths;
import org.itilhis.adapters.rest.common.Conditions;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.common.IdempotentCreation;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.adapters.rest.operations.MachineRoomJson.MachineRoomEntryJson;
import org.itilhis.adapters.rest.operations.MachineRoomJson.MachineRoomLogPageJson;
import org.itilhis.adapters.rest.operations.MachineRoomJson.OpenVisitsJson;
import org.itilhis.adapters.rest.operations.MachineRoomJson.RecordRoomAccessJson;
import org.itilhis.adapters.rest.operations.MachineRoomJson.RecordRoomEventJson;
import org.itilhis.adapters.rest.operations.MachineRoomJson.RecordRoomExitJson;
import org.itilhis.adapters.rest.operations.MachineRoomJson.RecordEnvironmentReadingJson;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.machineroom.MachineRoomEntryId;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.operations.in.MachineRoomCommand;
import org.itilhis.ports.operations.in.MachineRoomEntryView;
import org.itilhis.ports.operations.in.MachineRoomLogPosition;
import org.itilhis.ports.operations.in.MachineRoomLogQuery;

/**
 * {@code /api/v1/machine-room-log}: recording a visit ({@code POST /access}), an environment
 * reading ({@code POST /readings}, by an engineer or a sensor integration) and an event ({@code
 * POST /events}), each {@code 201} and idempotent with {@code Idempotency-Key}; a visit's time
 * out ({@code POST /{id}/exit} with {@code If-Match}); a room's log for a period, paged by cursor
 * ({@code GET ?room=&from=&to=}); the open visits ({@code GET /open-visits}); one entry with its
 * {@code ETag}.
 */
@Singleton
@Path(ApiPaths.MACHINE_ROOM_LOG)
@Produces(MediaType.APPLICATION_JSON)
public final class MachineRoomLogResource extends ResourceSupport {
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 200;
    private static final Duration LONGEST_PERIOD = Duration.ofDays(366);

    private final MachineRoomResources.Ports ports;
    private final IdempotentCreation creation;

    public MachineRoomLogResource(@Context Configuration configuration) {
        this(Resources.dependencies(configuration), MachineRoomResources.of(configuration));
    }

    MachineRoomLogResource(Resources.Dependencies dependencies, MachineRoomResources.Ports ports) {
        super(dependencies.validation());
        this.ports = checkNotNull(ports, "ports");
        this.creation = dependencies.idempotentCreation();
    }

    @POST
    @Path("access")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recordAccess(@HeaderParam(ApiPaths.IDEMPOTENCY_KEY) String key, RecordRoomAccessJson body) {
        Actor actor = actor();
        RecordRoomAccessJson json = body(body);
        return creation.create(actor, key, new Fingerprint("access", json), () -> {
            Fields fields = new Fields();
            MachineRoomCommand.RecordAccess command = new MachineRoomCommand.RecordAccess(actor,
                    room(json.room(), fields), staff("staff", json.staff(), fields), json.visitorName(),
                    json.visitorCompany(), staff("escort", json.escort(), fields), json.purpose(),
                    instant("enteredAt", json.enteredAt(), fields));
            return created(ports.log().recordAccess(valid(command, fields)));
        });
    }

    @POST
    @Path("readings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recordReading(@HeaderParam(ApiPaths.IDEMPOTENCY_KEY) String key,
                                  RecordEnvironmentReadingJson body) {
        Actor actor = actor();
        RecordEnvironmentReadingJson json = body(body);
        return creation.create(actor, key, new Fingerprint("reading", json), () -> {
            Fields fields = new Fields();
            MachineRoomCommand.RecordReading command = new MachineRoomCommand.RecordReading(actor,
                    room(json.room(), fields), json.quantity(), json.value(), json.unit(),
                    instant("readAt", json.readAt(), fields));
            return created(ports.log().recordReading(valid(command, fields)));
        });
    }

    @POST
    @Path("events")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recordEvent(@HeaderParam(ApiPaths.IDEMPOTENCY_KEY) String key, RecordRoomEventJson body) {
        Actor actor = actor();
        RecordRoomEventJson json = body(body);
        return creation.create(actor, key, new Fingerprint("event", json), () -> {
            Fields fields = new Fields();
            MachineRoomCommand.RecordEvent command = new MachineRoomCommand.RecordEvent(actor,
                    room(json.room(), fields), json.kind(), instant("start", json.start(), fields),
                    instant("end", json.end(), fields), json.description());
            return created(ports.log().recordEvent(valid(command, fields)));
        });
    }

    /** The visit's time out, once; {@code If-Match} names the version read (or {@code *}). */
    @POST
    @Path("{id}/exit")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recordExit(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch,
                               RecordRoomExitJson body) {
        Actor actor = actor();
        MachineRoomEntryId entry = entryId(id);
        Long expected = Conditions.expected(ifMatch, () -> ports.queries().entry(actor, entry));
        RecordRoomExitJson json = body(body);
        Fields fields = new Fields();
        MachineRoomEntryView left = ports.log().recordExit(valid(new MachineRoomCommand.RecordExit(actor, entry,
                expected, instant("leftAt", json.leftAt(), fields)), fields));
        return Response.ok(MachineRoomEntryJson.of(left)).tag(etag(left.version())).build();
    }

    /** The room's log whose times are in {@code [from, to)}, a page of {@code limit} (1 to 200, 50 by default). */
    @GET
    public MachineRoomLogPageJson log(@QueryParam("room") String room, @QueryParam("from") String from,
                           @QueryParam("to") String to, @QueryParam("limit") String limit,
                           @QueryParam("cursor") String cursor) {
        Fields fields = new Fields();
        CiId id = room(room, fields);
        fields.check(room != null, "room", "field.required");
        Instant start = instant("from", from, fields);
        Instant end = instant("to", to, fields);
        fields.check(from != null, "from", "field.required");
        fields.check(to != null, "to", "field.required");
        fields.check(start == null || end == null || end.isAfter(start)
                && !end.isAfter(start.plus(LONGEST_PERIOD)), "to", "field.invalid-period");
        int size = fields.count("limit", limit, MAX_LIMIT, DEFAULT_LIMIT);
        Optional<MachineRoomCursor> after = Optional.ofNullable(cursor).map(MachineRoomCursor::parse);
        if (!fields.errors().isEmpty()) {
            throw ApiException.invalid(fields.errors());
        }
        MachineRoomLogQuery query = MachineRoomLogQuery.of(id, start, end, size + 1);
        if (after.isPresent()) {
            query = query.after(after.get().after());
        }
        List<MachineRoomEntryView> found = ports.queries().log(actor(), query);
        List<MachineRoomEntryView> page = found.subList(0, Math.min(size, found.size()));
        String next = found.size() > size
                ? new MachineRoomCursor(MachineRoomLogPosition.of(page.get(page.size() - 1))).token() : null;
        return new MachineRoomLogPageJson(page.stream().map(MachineRoomEntryJson::of).toList(), next);
    }

    /** The visits without a time out, of {@code room} or of every room, the earliest in first. */
    @GET
    @Path("open-visits")
    public OpenVisitsJson openVisits(@QueryParam("room") String room) {
        Fields fields = new Fields();
        Optional<CiId> id = room == null ? Optional.empty() : Optional.ofNullable(room(room, fields));
        if (!fields.errors().isEmpty()) {
            throw ApiException.invalid(fields.errors());
        }
        return new OpenVisitsJson(ports.queries().openVisits(actor(), id).stream().map(MachineRoomEntryJson::of)
                .toList());
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id, @HeaderParam(IF_NONE_MATCH) String ifNoneMatch) {
        MachineRoomEntryView entry = ports.queries().entry(actor(), entryId(id));
        return unlessNotModified(ifNoneMatch, entry.version(), () -> MachineRoomEntryJson.of(entry));
    }

    private static IdempotentCreation.Created created(MachineRoomEntryView entry) {
        return new IdempotentCreation.Created(ApiPaths.MACHINE_ROOM_LOG.substring(1) + "/" + entry.id(),
                MachineRoomEntryJson.of(entry));
    }

    /** The room, a configuration item's id; a missing one is left to the command's constraints. */
    private static CiId room(String text, Fields fields) {
        UUID value = text == null ? null : fields.uuid("room", text);
        return value == null ? null : new CiId(value);
    }

    private static StaffId staff(String field, String text, Fields fields) {
        return text == null ? null : fields.id(field, text, StaffId::of);
    }

    /** @throws ApiException (400) naming {@code id} unless it is an entry's id */
    private static MachineRoomEntryId entryId(String id) {
        Fields fields = new Fields();
        UUID value = fields.uuid("id", id);
        if (value == null) {
            throw ApiException.invalid(fields.errors());
        }
        return new MachineRoomEntryId(value);
    }

    /** What makes two creating requests the same request, besides the key. */
    private record Fingerprint(String operation, Object body) {
    }
}
