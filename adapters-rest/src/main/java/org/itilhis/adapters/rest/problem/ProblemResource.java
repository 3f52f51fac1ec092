package org.itilhis.adapters.rest.problem;

import static com.google.common.base.Preconditions.checkNotNull;
import static jakarta.ws.rs.core.HttpHeaders.IF_MATCH;
import static jakarta.ws.rs.core.HttpHeaders.IF_NONE_MATCH;

import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import org.itilhis.adapters.rest.common.ApiPaths;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.common.IdempotentCreation;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.adapters.rest.problem.ProblemRequestJson.AddAffectedCiJson;
import org.itilhis.adapters.rest.problem.ProblemRequestJson.AnalysisStepJson;
import org.itilhis.adapters.rest.problem.ProblemRequestJson.ApplyWorkaroundJson;
import org.itilhis.adapters.rest.problem.ProblemRequestJson.LinkIncidentJson;
import org.itilhis.adapters.rest.problem.ProblemRequestJson.PermanentFixJson;
import org.itilhis.adapters.rest.problem.ProblemRequestJson.ReassignProblemJson;
import org.itilhis.adapters.rest.problem.ProblemRequestJson.ResolveProblemJson;
import org.itilhis.adapters.rest.problem.ProblemRequestJson.RootCauseJson;
import org.itilhis.adapters.rest.problem.ProblemRequestJson.WorkaroundJson;
import org.itilhis.adapters.rest.problem.ProblemStep.Bodiless;
import org.itilhis.adapters.rest.problem.ProblemStep.Reasoned;
import org.itilhis.adapters.rest.problem.ProblemSummaryJson.ProblemPageJson;
import org.itilhis.adapters.rest.servicedesk.EventJson;
import org.itilhis.adapters.rest.servicedesk.TicketRequestJson.ReasonJson;
import org.itilhis.adapters.rest.servicedesk.TicketRequestJson.ReprioritiseJson;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.ports.problem.in.ProblemCommand;
import org.itilhis.ports.problem.in.ProblemUseCase;
import org.itilhis.ports.problem.in.ProblemView;

/**
 * {@code /api/v1/problems}: logging a problem ({@code 201}, idempotent with {@code
 * Idempotency-Key}), search ({@link ProblemSearchParams}), reading by id or number (with {@code
 * ETag}; {@code If-None-Match} answers 304), the audit trail, and every step of {@link
 * ProblemCommand} as {@code POST /{id}/<step>} (the lifecycle, named as its actions are in
 * {@code allowedActions}, and reassigning and reprioritising), linking and unlinking incidents
 * ({@code POST /{id}/incidents}, {@code DELETE /{id}/incidents/{incident}}) and the affected
 * items alike. Each step requires {@code If-Match} and answers the changed problem with its new
 * {@code ETag}. A problem the actor may not see is 404; the analysis is in the answer only for
 * those who may read it.
 *
 * <p>Every step has the tickets' shape ({@code TicketResource}): its request body is a {@link
 * ProblemStep}, and what is left here per step is its path, its body type and one call, one
 * Jakarta REST method per operation the hand-written OpenAPI document describes.
 */
@Singleton
@Path(ApiPaths.PROBLEMS)
@Produces(MediaType.APPLICATION_JSON)
public final class ProblemResource extends ResourceSupport {
    private final ProblemUseCase problems;
    private final ProblemAccess access;
    private final IdempotentCreation creation;

    public ProblemResource(@Context Configuration configuration) {
        this(Resources.dependencies(configuration), ProblemResources.of(configuration));
    }

    ProblemResource(Resources.Dependencies ports, ProblemResources.Ports problem) {
        super(ports.validation());
        this.problems = checkNotNull(problem.problems(), "problems");
        this.access = new ProblemAccess(problem.problems(), problem.queries());
        this.creation = ports.idempotentCreation();
    }

    /** Logs a problem; 201 with its {@code Location} and {@code ETag}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response log(@HeaderParam(ApiPaths.IDEMPOTENCY_KEY) String key, LogProblemJson body) {
        Actor actor = actor();
        LogProblemJson json = body(body);
        return creation.create(actor, key, new Fingerprint("log", json), () -> {
            Fields fields = new Fields();
            ProblemView logged = problems.log(valid(json.command(actor, fields), fields));
            return created(logged);
        });
    }

    @GET
    public ProblemPageJson search(@QueryParam("status") List<String> status, @QueryParam("group") List<String> group,
                                  @QueryParam("incident") String incident, @QueryParam("q") String text,
                                  @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return ProblemSearchParams.page(access.queries(), actor(),
                new ProblemSearchParams.Query(status, group, incident, text, limit, cursor));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id, @HeaderParam(IF_NONE_MATCH) String ifNoneMatch) {
        ProblemView problem = access.find(actor(), id);
        return unlessNotModified(ifNoneMatch, problem.version(), () -> ProblemJson.of(problem));
    }

    /** Every step of the problem, oldest first; without the right to the analysis, none that carries it. */
    @GET
    @Path("{id}/history")
    public EventJson.HistoryJson history(@PathParam("id") String id) {
        Actor actor = actor();
        ProblemView problem = access.find(actor, id);
        return new EventJson.HistoryJson(access.queries().history(actor, problem.id()).stream()
                .map(ProblemEvents::of).toList());
    }

    @POST
    @Path("{id}/investigate")
    public Response investigate(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch) {
        return step(id, ifMatch, Bodiless.INVESTIGATE);
    }

    @POST
    @Path("{id}/add-analysis-step")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addAnalysisStep(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch,
                                    AnalysisStepJson body) {
        return step(id, ifMatch, body);
    }

    @POST
    @Path("{id}/identify-root-cause")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response identifyRootCause(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch,
                                      RootCauseJson body) {
        return step(id, ifMatch, body);
    }

    @POST
    @Path("{id}/record-workaround")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recordWorkaround(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch,
                                     WorkaroundJson body) {
        return step(id, ifMatch, body);
    }

    @POST
    @Path("{id}/publish-known-error")
    public Response publishKnownError(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch) {
        return step(id, ifMatch, Bodiless.PUBLISH_KNOWN_ERROR);
    }

    @POST
    @Path("{id}/apply-workaround")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response applyWorkaround(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch,
                                    ApplyWorkaroundJson body) {
        return step(id, ifMatch, body, (command, fields) -> valid(command, fields, ApplyWorkaroundJson::fieldName));
    }

    @POST
    @Path("{id}/record-permanent-fix")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recordPermanentFix(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch,
                                       PermanentFixJson body) {
        return step(id, ifMatch, body);
    }

    /** Resolves the problem, and with {@code resolveLinkedIncidents} its linked incidents in progress, each its own step. */
    @POST
    @Path("{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response resolve(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch,
                            ResolveProblemJson body) {
        return step(id, ifMatch, body);
    }

    @POST
    @Path("{id}/close")
    public Response close(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch) {
        return step(id, ifMatch, Bodiless.CLOSE);
    }

    @POST
    @Path("{id}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reopen(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch, ReasonJson body) {
        return step(id, ifMatch, Reasoned.REOPEN.with(body));
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response cancel(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch, ReasonJson body) {
        return step(id, ifMatch, Reasoned.CANCEL.with(body));
    }

    @POST
    @Path("{id}/reassign")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reassign(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch,
                             ReassignProblemJson body) {
        return step(id, ifMatch, body);
    }

    @POST
    @Path("{id}/reprioritise")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reprioritise(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch,
                                 ReprioritiseJson body) {
        return step(id, ifMatch, ProblemStep.reprioritise(body));
    }

    @POST
    @Path("{id}/incidents")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response linkIncident(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch,
                                 LinkIncidentJson body) {
        return step(id, ifMatch, body);
    }

    @DELETE
    @Path("{id}/incidents/{incident}")
    public Response unlinkIncident(@PathParam("id") String id, @PathParam("incident") String incident,
                                   @HeaderParam(IF_MATCH) String ifMatch) {
        return step(id, ifMatch, (actor, problem, version, fields) -> {
            UUID value = fields.uuid("incident", incident);
            return new ProblemCommand.UnlinkIncident(actor, problem, version,
                    value == null ? null : new TicketId(value));
        });
    }

    @POST
    @Path("{id}/affected-cis")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addAffectedCi(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch,
                                  AddAffectedCiJson body) {
        return step(id, ifMatch, body);
    }

    @DELETE
    @Path("{id}/affected-cis/{ci}")
    public Response removeAffectedCi(@PathParam("id") String id, @PathParam("ci") String ci,
                                     @HeaderParam(IF_MATCH) String ifMatch) {
        return step(id, ifMatch, (actor, problem, version, fields) -> {
            UUID value = fields.uuid("ci", ci);
            return new ProblemCommand.RemoveAffectedCi(actor, problem, version, value == null ? null : new CiId(value));
        });
    }

    /** The answer to a creation: 201 at the problem's {@code Location}, with the problem. */
    static IdempotentCreation.Created created(ProblemView logged) {
        return new IdempotentCreation.Created(ApiPaths.PROBLEMS.substring(1) + "/" + logged.id(),
                ProblemJson.of(logged));
    }

    /** Runs {@code step} ({@code null}: the request had no body) and answers the changed problem with its tag. */
    private Response step(String id, String ifMatch, ProblemStep step) {
        return step(id, ifMatch, step, this::valid);
    }

    private Response step(String id, String ifMatch, ProblemStep step,
                          BiFunction<ProblemCommand, Fields, ProblemCommand> validate) {
        ProblemView changed = access.step(actor(), id, ifMatch, step, validate);
        return Response.ok(ProblemJson.of(changed)).tag(etag(changed.version())).build();
    }

    /** What makes two creating requests the same request, besides the key. */
    private record Fingerprint(String operation, Object body) {
    }
}
