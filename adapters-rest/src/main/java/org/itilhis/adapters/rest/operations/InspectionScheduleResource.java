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
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.itilhis.adapters.rest.common.ApiPaths;
import org.itilhis.adapters.rest.common.Conditions;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.common.IdempotentCreation;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.adapters.rest.operations.InspectionScheduleJson.ChangeInspectionScheduleJson;
import org.itilhis.adapters.rest.operations.InspectionScheduleJson.DefineInspectionScheduleJson;
import org.itilhis.adapters.rest.operations.InspectionScheduleJson.InspectionSchedulesJson;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.core.inspection.ScheduleId;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.ports.operations.in.InspectionCommand;
import org.itilhis.ports.operations.in.InspectionScheduleView;

/**
 * {@code /api/v1/inspections/schedules}: a group lead schedules the rounds of one of the group's
 * templates ({@code 201}, idempotent with {@code Idempotency-Key}), changes a schedule ({@code PUT
 * /{id}}) or retires it ({@code POST /{id}/retire}), both with {@code If-Match}; a group's
 * schedules, and one schedule with its next due time (with {@code ETag}).
 */
@Singleton
@Path(ApiPaths.INSPECTION_SCHEDULES)
@Produces(MediaType.APPLICATION_JSON)
public final class InspectionScheduleResource extends ResourceSupport {
    private final InspectionResources.Ports ports;
    private final IdempotentCreation creation;

    public InspectionScheduleResource(@Context Configuration configuration) {
        this(Resources.dependencies(configuration), InspectionResources.of(configuration));
    }

    InspectionScheduleResource(Resources.Dependencies dependencies, InspectionResources.Ports ports) {
        super(dependencies.validation());
        this.ports = checkNotNull(ports, "ports");
        this.creation = dependencies.idempotentCreation();
    }

    /** Schedules the rounds; a cron expression that is not one is 422 {@code schedule.not-a-cron-expression}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response define(@HeaderParam(ApiPaths.IDEMPOTENCY_KEY) String key, DefineInspectionScheduleJson body) {
        Actor actor = actor();
        DefineInspectionScheduleJson json = body(body);
        return creation.create(actor, key, new Fingerprint("define", json), () -> {
            Fields fields = new Fields();
            InspectionCommand.DefineSchedule command = new InspectionCommand.DefineSchedule(actor,
                    fields.id("group", json.group(), GroupId::of), json.template(), json.cron(), json.days(),
                    json.calendar(), grace(json.grace(), fields));
            InspectionScheduleView defined = ports.inspections().defineSchedule(valid(command, fields));
            return new IdempotentCreation.Created(ApiPaths.INSPECTION_SCHEDULES.substring(1) + "/" + defined.id(),
                    InspectionScheduleJson.of(defined));
        });
    }

    /** The group's schedules, active and retired, by template code. */
    @GET
    public InspectionSchedulesJson list(@QueryParam("group") String group) {
        Fields fields = new Fields();
        GroupId id = fields.id("group", group, GroupId::of);
        fields.check(group != null, "group", "field.required");
        if (!fields.errors().isEmpty()) {
            throw ApiException.invalid(fields.errors());
        }
        return new InspectionSchedulesJson(ports.queries().schedules(actor(), id).stream().map(InspectionScheduleJson::of).toList());
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id, @HeaderParam(IF_NONE_MATCH) String ifNoneMatch) {
        InspectionScheduleView schedule = ports.queries().schedule(actor(), scheduleId(id));
        return unlessNotModified(ifNoneMatch, schedule.version(), () -> InspectionScheduleJson.of(schedule));
    }

    /** Changes what and when; the rounds made already stay as they are. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response change(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch,
                           ChangeInspectionScheduleJson body) {
        Actor actor = actor();
        ScheduleId schedule = scheduleId(id);
        Long version = Conditions.expected(ifMatch, () -> ports.queries().schedule(actor, schedule));
        ChangeInspectionScheduleJson json = Conditions.required(body);
        Fields fields = new Fields();
        InspectionScheduleView changed = ports.inspections().changeSchedule(valid(new InspectionCommand.ChangeSchedule(
                actor, schedule, version, json.template(), json.cron(), json.days(), json.calendar(),
                grace(json.grace(), fields)), fields));
        return Response.ok(InspectionScheduleJson.of(changed)).tag(etag(changed.version())).build();
    }

    /** Retires the schedule: it makes no more rounds. */
    @POST
    @Path("{id}/retire")
    public Response retire(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch) {
        Actor actor = actor();
        ScheduleId schedule = scheduleId(id);
        Long version = Conditions.expected(ifMatch, () -> ports.queries().schedule(actor, schedule));
        InspectionScheduleView retired = ports.inspections().retireSchedule(valid(
                new InspectionCommand.RetireSchedule(actor, schedule, version), new Fields()));
        return Response.ok(InspectionScheduleJson.of(retired)).tag(etag(retired.version())).build();
    }

    /** An ISO-8601 duration ({@code PT2H}); whether it is a grace the hospital allows the core decides. */
    private static Duration grace(String text, Fields fields) {
        if (text == null) {
            return null;
        }
        try {
            return Duration.parse(text.strip());
        } catch (DateTimeParseException malformed) {
            fields.check(false, "grace", "field.invalid-duration");
            return null;
        }
    }

    /** @throws ApiException (400) naming {@code id} unless it is a schedule's id */
    private static ScheduleId scheduleId(String id) {
        Fields fields = new Fields();
        UUID value = fields.uuid("id", id);
        if (value == null) {
            throw ApiException.invalid(fields.errors());
        }
        return new ScheduleId(value);
    }

    /** What makes two creating requests the same request, besides the key. */
    private record Fingerprint(String operation, Object body) {
    }
}
