package org.itilhis.adapters.rest.change;

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
import java.util.List;
import org.itilhis.adapters.rest.change.ChangeRequestJson.AssessChangeJson;
import org.itilhis.adapters.rest.change.ChangeRequestJson.CabVoteJson;
import org.itilhis.adapters.rest.change.ChangeRequestJson.ChangeIncidentLinkJson;
import org.itilhis.adapters.rest.change.ChangeRequestJson.FailChangeJson;
import org.itilhis.adapters.rest.change.ChangeRequestJson.LinkProblemJson;
import org.itilhis.adapters.rest.change.ChangeRequestJson.RaiseChangeJson;
import org.itilhis.adapters.rest.change.ChangeRequestJson.RequestApprovalJson;
import org.itilhis.adapters.rest.change.ChangeRequestJson.ReviewChangeJson;
import org.itilhis.adapters.rest.change.ChangeRequestJson.RevisePlansJson;
import org.itilhis.adapters.rest.change.ChangeRequestJson.ScheduleChangeJson;
import org.itilhis.adapters.rest.change.ChangeStep.Bodiless;
import org.itilhis.adapters.rest.change.ChangeStep.Reasoned;
import org.itilhis.adapters.rest.common.ApiPaths;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.common.IdempotentCreation;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.adapters.rest.servicedesk.EventJson;
import org.itilhis.adapters.rest.servicedesk.TicketRequestJson.ReasonJson;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.change.in.ChangeCommand;
import org.itilhis.ports.change.in.ChangeUseCase;
import org.itilhis.ports.change.in.ChangeView;

/**
 * {@code /api/v1/changes}: raising a change ({@code 201}, idempotent with {@code
 * Idempotency-Key}), search (status, model, group, touched item, text; cursor pages), reading by
 * id or number (with {@code ETag}; {@code If-None-Match} answers 304), the audit trail, the
 * incidents it possibly caused, and every {@link ChangeCommand} as {@code POST /{id}/<step>},
 * named as in {@code allowedActions}. Each step requires {@code If-Match} and answers the
 * changed change with its new {@code ETag}; a schedule refused for conflicts is 409 listing each.
 */
@Singleton
@Path(ChangeResource.CHANGES)
@Produces(MediaType.APPLICATION_JSON)
public final class ChangeResource extends ResourceSupport {
    static final String CHANGES = ApiPaths.V1 + "/changes";

    private final ChangeUseCase changes;
    private final ChangeAccess access;
    private final IdempotentCreation creation;

    public ChangeResource(@Context Configuration configuration) {
        this(Resources.dependencies(configuration), ChangeResources.of(configuration));
    }

    ChangeResource(Resources.Dependencies ports, ChangeResources.Ports change) {
        super(ports.validation());
        this.changes = checkNotNull(change.changes(), "changes");
        this.access = new ChangeAccess(change.changes(), change.queries());
        this.creation = ports.idempotentCreation();
    }

    /** Raises a change in draft; 201 with its {@code Location} and {@code ETag}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response raise(@HeaderParam(ApiPaths.IDEMPOTENCY_KEY) String key, RaiseChangeJson body) {
        Actor actor = actor();
        RaiseChangeJson json = body(body);
        return creation.create(actor, key, new Fingerprint("raise-change", json), () -> {
            Fields fields = new Fields();
            ChangeView raised = changes.raise(valid(json.command(actor, fields), fields));
            return new IdempotentCreation.Created(CHANGES.substring(1) + "/" + raised.id().value(),
                    ChangeJson.of(raised));
        });
    }

    @GET
    public ChangeJson.ChangePageJson search(@QueryParam("status") List<String> status,
                                            @QueryParam("model") List<String> model,
                                            @QueryParam("group") List<String> group, @QueryParam("ci") String ci,
                                            @QueryParam("q") String text, @QueryParam("limit") String limit,
                                            @QueryParam("cursor") String cursor) {
        return ChangeSearchParams.page(access.queries(), actor(),
                new ChangeSearchParams.Query(status, model, group, ci, text, limit, cursor));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id, @HeaderParam(IF_NONE_MATCH) String ifNoneMatch) {
        ChangeView change = access.find(actor(), id);
        return unlessNotModified(ifNoneMatch, change.version(), () -> ChangeJson.of(change));
    }

    /** Every step of the change, oldest first. */
    @GET
    @Path("{id}/history")
    public EventJson.HistoryJson history(@PathParam("id") String id) {
        Actor actor = actor();
        ChangeView change = access.find(actor, id);
        return new EventJson.HistoryJson(access.queries().history(actor, change.id()).stream()
                .map(ChangeEvents::of).toList());
    }

    /** Incidents raised on a touched item during the window or soon after, for the review to confirm or dismiss. */
    @GET
    @Path("{id}/possibly-caused-incidents")
    public ChangeScheduleJson.PossiblyCausedIncidentsJson possiblyCausedIncidents(@PathParam("id") String id) {
        Actor actor = actor();
        ChangeView change = access.find(actor, id);
        return ChangeScheduleJson.PossiblyCausedIncidentsJson.of(
                access.queries().possiblyCausedIncidents(actor, change.id()));
    }

    @POST
    @Path("{id}/revise-plans")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response revisePlans(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch,
                                RevisePlansJson body) {
        return step(id, ifMatch, body);
    }

    @POST
    @Path("{id}/submit")
    public Response submit(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch) {
        return step(id, ifMatch, Bodiless.SUBMIT);
    }

    @POST
    @Path("{id}/assess")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response assess(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch, AssessChangeJson body) {
        return step(id, ifMatch, body);
    }

    @POST
    @Path("{id}/request-approval")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response requestApproval(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch,
                                    RequestApprovalJson body) {
        return step(id, ifMatch, body);
    }

    @POST
    @Path("{id}/vote")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response vote(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch, CabVoteJson body) {
        return step(id, ifMatch, body);
    }

    @POST
    @Path("{id}/schedule")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response schedule(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch,
                             ScheduleChangeJson body) {
        return step(id, ifMatch, body);
    }

    @POST
    @Path("{id}/start")
    public Response start(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch) {
        return step(id, ifMatch, Bodiless.START);
    }

    @POST
    @Path("{id}/complete")
    public Response complete(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch) {
        return step(id, ifMatch, Bodiless.COMPLETE);
    }

    @POST
    @Path("{id}/fail")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response fail(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch, FailChangeJson body) {
        return step(id, ifMatch, body);
    }

    @POST
    @Path("{id}/back-out")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response backOut(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch, ReasonJson body) {
        return step(id, ifMatch, Reasoned.BACK_OUT.with(body));
    }

    @POST
    @Path("{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response review(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch, ReviewChangeJson body) {
        return step(id, ifMatch, body);
    }

    @POST
    @Path("{id}/close")
    public Response close(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch) {
        return step(id, ifMatch, Bodiless.CLOSE);
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response cancel(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch, ReasonJson body) {
        return step(id, ifMatch, Reasoned.CANCEL.with(body));
    }

    @POST
    @Path("{id}/link-problem")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response linkProblem(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch,
                                LinkProblemJson body) {
        return step(id, ifMatch, body);
    }

    @POST
    @Path("{id}/link-incident")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response linkIncident(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch,
                                 ChangeIncidentLinkJson body) {
        return step(id, ifMatch, body);
    }

    /** Runs {@code step} ({@code null}: the request had no body) and answers the changed change with its tag. */
    private Response step(String id, String ifMatch, ChangeStep step) {
        ChangeView changed = access.step(actor(), id, ifMatch, step, this::valid);
        return Response.ok(ChangeJson.of(changed)).tag(etag(changed.version())).build();
    }

    /** What makes two creating requests the same request, besides the key. */
    private record Fingerprint(String operation, Object body) {
    }
}
