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
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.adapters.rest.common.ApiPaths;
import org.itilhis.adapters.rest.common.Conditions;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.common.IdempotentCreation;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.adapters.rest.operations.BackupJson.DefineBackupJobJson;
import org.itilhis.adapters.rest.operations.BackupJson.BackupJobJson;
import org.itilhis.adapters.rest.operations.BackupJson.BackupJobsJson;
import org.itilhis.adapters.rest.operations.BackupJson.MissedBackupJson;
import org.itilhis.adapters.rest.operations.BackupJson.MissedBackupsJson;
import org.itilhis.adapters.rest.operations.BackupJson.RecordRestoreTestJson;
import org.itilhis.adapters.rest.operations.BackupJson.RecordBackupRunJson;
import org.itilhis.adapters.rest.operations.BackupJson.BackupReportItemJson;
import org.itilhis.adapters.rest.operations.BackupJson.BackupReportJson;
import org.itilhis.adapters.rest.operations.BackupJson.RestoreTestJson;
import org.itilhis.adapters.rest.operations.BackupJson.RestoreTestsJson;
import org.itilhis.adapters.rest.operations.BackupJson.BackupRunJson;
import org.itilhis.adapters.rest.operations.BackupJson.BackupRunsJson;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.core.backup.BackupJobCode;
import org.itilhis.core.backup.BackupRun;
import org.itilhis.core.backup.BackupRunId;
import org.itilhis.core.backup.BackupRunPosition;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.operations.in.BackupCommand;
import org.itilhis.ports.operations.in.BackupJobView;
import org.itilhis.ports.operations.in.RecordedRun;

/**
 * {@code /api/v1/backups}: backup jobs (defined by the group lead, {@code 201} and idempotent with
 * {@code Idempotency-Key}; read with {@code ETag}; redefined with {@code If-Match}), their runs
 * (posted by the backup software or an engineer: {@code 201}, or {@code 200} with {@code
 * Idempotent-Replayed} when the job has a run under the same external id; listed newest first, a
 * page at a time with a cursor), missed runs, restore tests, and the report per system.
 */
@Singleton
@Path(ApiPaths.V1 + "/backups")
@Produces(MediaType.APPLICATION_JSON)
public final class BackupResource extends ResourceSupport {
    /** The runs of one page unless the caller asks for another number. */
    private static final int DEFAULT_PAGE = 50;
    private static final int MAX_PAGE = 500;

    private final BackupResources.Ports ports;
    private final IdempotentCreation creation;

    public BackupResource(@Context Configuration configuration) {
        this(Resources.dependencies(configuration), BackupResources.of(configuration));
    }

    BackupResource(Resources.Dependencies dependencies, BackupResources.Ports ports) {
        super(dependencies.validation());
        this.ports = checkNotNull(ports, "ports");
        this.creation = dependencies.idempotentCreation();
    }

    @POST
    @Path("jobs")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response define(@HeaderParam(ApiPaths.IDEMPOTENCY_KEY) String key, DefineBackupJobJson body) {
        Actor actor = actor();
        DefineBackupJobJson json = body(body);
        return creation.create(actor, key, new Fingerprint("define", json), () -> {
            Fields fields = new Fields();
            BackupJobCode code = fields.id("code", json.code(), BackupJobCode::of);
            fields.check(json.code() != null, "code", "field.required");
            GroupId group = fields.id("group", json.group(), GroupId::of);
            BackupCommand.DefineJob command = new BackupCommand.DefineJob(actor, code, group, job(json, fields));
            BackupJobView defined = ports.backups().defineJob(valid(command, fields));
            return new IdempotentCreation.Created(path("jobs/" + defined.state().code()), BackupJobJson.of(defined));
        });
    }

    @GET
    @Path("jobs")
    public BackupJobsJson jobs(@QueryParam("group") String group, @QueryParam("ci") String ci) {
        Fields fields = new Fields();
        Optional<GroupId> byGroup = Optional.ofNullable(fields.id("group", group, GroupId::of));
        Optional<CiId> byCi = Optional.ofNullable(fields.uuid("ci", ci)).map(CiId::new);
        checked(fields);
        return new BackupJobsJson(ports.queries().jobs(actor(), byGroup, byCi).stream().map(BackupJobJson::of).toList());
    }

    @GET
    @Path("jobs/{code}")
    public Response job(@PathParam("code") String code, @HeaderParam(IF_NONE_MATCH) String ifNoneMatch) {
        BackupJobView job = ports.queries().job(actor(), code(code));
        return unlessNotModified(ifNoneMatch, job.version(), () -> BackupJobJson.of(job));
    }

    /** Redefines the job at the version {@code If-Match} names (412 when it changed meanwhile). */
    @PUT
    @Path("jobs/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response redefine(@PathParam("code") String code, @HeaderParam(IF_MATCH) String ifMatch,
                             DefineBackupJobJson body) {
        Actor actor = actor();
        BackupJobCode job = code(code);
        Long expected = Conditions.expected(ifMatch, () -> ports.queries().job(actor, job));
        DefineBackupJobJson json = body(body);
        Fields fields = new Fields();
        BackupJobView redefined = ports.backups().redefineJob(valid(new BackupCommand.RedefineJob(actor, job,
                expected, job(json, fields)), fields));
        return Response.ok(BackupJobJson.of(redefined)).tag(etag(redefined.version())).build();
    }

    private static BackupCommand.JobFields job(DefineBackupJobJson json, Fields fields) {
        CiId ci = Optional.ofNullable(fields.uuid("ci", json.ci())).map(CiId::new).orElse(null);
        return new BackupCommand.JobFields(json.name(), ci, json.cron(), json.days(), json.calendar(), json.kind(),
                json.target(), duration("grace", json.grace(), fields),
                duration("recoveryPointObjective", json.recoveryPointObjective(), fields));
    }

    /** An ISO-8601 duration of whole seconds, not negative ({@code PT2H}); the core says which must be positive. */
    private static Duration duration(String field, String text, Fields fields) {
        if (text == null) {
            return null;
        }
        try {
            Duration duration = Duration.parse(text.strip());
            fields.check(!duration.isNegative() && duration.getNano() == 0, field, "field.invalid-duration");
            return duration;
        } catch (DateTimeParseException | ArithmeticException invalid) {
            fields.check(false, field, "field.invalid-duration");
            return null;
        }
    }

    /**
     * A run of the job, as the backup software posts it ({@code RECORD_BACKUP_RUN}); a job the
     * caller may not see is 404 naming it, a time in the future 422, and the same external id
     * posted again answers the run recorded first (200, {@code Idempotent-Replayed: true}).
     */
    @POST
    @Path("jobs/{code}/runs")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recordRun(@PathParam("code") String code, @HeaderParam(ApiPaths.IDEMPOTENCY_KEY) String key,
                              RecordBackupRunJson body) {
        Actor actor = actor();
        BackupJobCode job = code(code);
        RecordBackupRunJson json = body(body);
        if (key != null) {
            return creation.create(actor, key, new Fingerprint("run " + job, json), () -> {
                RecordedRun recorded = record(actor, job, json);
                return new IdempotentCreation.Created(path("runs/" + recorded.run().id()), BackupRunJson.of(recorded));
            });
        }
        RecordedRun recorded = record(actor, job, json);
        if (recorded.replayed()) {
            return Response.ok(BackupRunJson.of(recorded)).header(ApiPaths.IDEMPOTENT_REPLAYED, "true").build();
        }
        return Response.created(URI.create(path("runs/" + recorded.run().id()))).entity(BackupRunJson.of(recorded))
                .build();
    }

    private RecordedRun record(Actor actor, BackupJobCode job, RecordBackupRunJson json) {
        Fields fields = new Fields();
        BackupCommand.RecordRun command = new BackupCommand.RecordRun(actor, job, json.externalId(), json.outcome(),
                instant("startedAt", json.startedAt(), fields), instant("endedAt", json.endedAt(), fields),
                json.sizeBytes(), json.location(), json.message());
        return ports.backups().recordRun(valid(command, fields));
    }

    /** A page of the job's runs, newest first: {@code limit} (1 to 500, 50 by default) after {@code cursor}. */
    @GET
    @Path("jobs/{code}/runs")
    public BackupRunsJson runs(@PathParam("code") String code, @QueryParam("limit") String limit,
                         @QueryParam("cursor") String cursor) {
        BackupJobCode job = code(code);
        Fields fields = new Fields();
        int size = fields.count("limit", limit, MAX_PAGE, DEFAULT_PAGE);
        checked(fields);
        List<BackupRun> page = ports.queries().runs(actor(), job, RunCursor.parse(cursor), size);
        String next = page.size() == size ? RunCursor.token(BackupRunPosition.of(page.get(page.size() - 1))) : null;
        return new BackupRunsJson(page.stream().map(BackupRunJson::of).toList(), next);
    }

    @GET
    @Path("runs/{id}")
    public BackupRunJson run(@PathParam("id") String id) {
        Fields fields = new Fields();
        UUID value = fields.uuid("id", id);
        checked(fields);
        return BackupRunJson.of(ports.queries().run(actor(), new BackupRunId(value)));
    }

    /** The job's missed due times in {@code [from, to)} (ISO-8601 instants). */
    @GET
    @Path("jobs/{code}/missed")
    public MissedBackupsJson missed(@PathParam("code") String code, @QueryParam("from") String from,
                                 @QueryParam("to") String to) {
        BackupJobCode job = code(code);
        Instant[] period = period(from, to);
        return new MissedBackupsJson(ports.queries().missed(actor(), job, period[0], period[1]).stream()
                .map(MissedBackupJson::of).toList());
    }

    @POST
    @Path("jobs/{code}/restore-tests")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recordRestoreTest(@PathParam("code") String code,
                                      @HeaderParam(ApiPaths.IDEMPOTENCY_KEY) String key, RecordRestoreTestJson body) {
        Actor actor = actor();
        BackupJobCode job = code(code);
        RecordRestoreTestJson json = body(body);
        return creation.create(actor, key, new Fingerprint("restore-test " + job, json), () -> {
            Fields fields = new Fields();
            UUID run = fields.uuid("run", json.run());
            BackupCommand.RecordRestoreTest command = new BackupCommand.RecordRestoreTest(actor, job,
                    run == null ? null : new BackupRunId(run), instant("testedAt", json.testedAt(), fields),
                    json.restored(), fields.id("tester", json.tester(), StaffId::of), json.result(), json.notes());
            return new IdempotentCreation.Created(path("jobs/" + job + "/restore-tests"),
                    RestoreTestJson.of(ports.backups().recordRestoreTest(valid(command, fields))));
        });
    }

    @GET
    @Path("jobs/{code}/restore-tests")
    public RestoreTestsJson restoreTests(@PathParam("code") String code) {
        return new RestoreTestsJson(ports.queries().restoreTests(actor(), code(code)).stream()
                .map(RestoreTestJson::of).toList());
    }

    /**
     * The report per system: every job the caller sees, of item {@code ci} and group {@code group}
     * when given; missed and failed runs counted over {@code [from, to)}, the rest as it stands now.
     */
    @GET
    @Path("report")
    public BackupReportJson report(@QueryParam("ci") String ci, @QueryParam("group") String group,
                             @QueryParam("from") String from, @QueryParam("to") String to) {
        Fields fields = new Fields();
        Optional<CiId> byCi = Optional.ofNullable(fields.uuid("ci", ci)).map(CiId::new);
        Optional<GroupId> byGroup = Optional.ofNullable(fields.id("group", group, GroupId::of));
        checked(fields);
        Instant[] period = period(from, to);
        return new BackupReportJson(period[0], period[1], ports.queries().report(actor(), byCi, byGroup, period[0],
                period[1]).stream().map(BackupReportItemJson::of).toList());
    }

    private static Instant[] period(String from, String to) {
        Fields fields = new Fields();
        Instant start = instant("from", from, fields);
        Instant end = instant("to", to, fields);
        fields.check(from != null, "from", "field.required");
        fields.check(to != null, "to", "field.required");
        fields.check(start == null || end == null || end.isAfter(start), "to", "field.invalid-period");
        checked(fields);
        return new Instant[] {start, end};
    }

    /** @throws ApiException (400) naming {@code code} unless it is a job's code */
    private static BackupJobCode code(String code) {
        Fields fields = new Fields();
        BackupJobCode job = fields.id("code", code, BackupJobCode::of);
        checked(fields);
        return job;
    }

    private static void checked(Fields fields) {
        if (!fields.errors().isEmpty()) {
            throw ApiException.invalid(fields.errors());
        }
    }

    /** A path relative to the application's base, for {@code Location}. */
    private static String path(String relative) {
        return ApiPaths.V1.substring(1) + "/backups/" + relative;
    }

    /** What makes two creating requests the same request, besides the key. */
    private record Fingerprint(String operation, Object body) {
    }
}
