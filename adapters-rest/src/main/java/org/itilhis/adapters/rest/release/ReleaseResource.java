package org.itilhis.adapters.rest.release;

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
import org.itilhis.adapters.rest.common.ApiPaths;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.common.IdempotentCreation;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.adapters.rest.release.ReleaseRequestJson.BundleChangeJson;
import org.itilhis.adapters.rest.release.ReleaseRequestJson.DeployJson;
import org.itilhis.adapters.rest.release.ReleaseRequestJson.PlanReleaseJson;
import org.itilhis.adapters.rest.release.ReleaseRequestJson.RollBackReleaseJson;
import org.itilhis.adapters.rest.release.ReleaseRequestJson.StageDecisionJson;
import org.itilhis.adapters.rest.release.ReleaseStep.Bodiless;
import org.itilhis.adapters.rest.release.ReleaseStep.Decided;
import org.itilhis.adapters.rest.release.ReleaseSummaryJson.ReleasePageJson;
import org.itilhis.adapters.rest.servicedesk.EventJson;
import org.itilhis.adapters.rest.servicedesk.TicketRequestJson.ReasonJson;
import org.itilhis.core.change.ChangeId;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.release.in.ReleaseCommand;
import org.itilhis.ports.release.in.ReleaseUseCase;
import org.itilhis.ports.release.in.ReleaseView;

/**
 * {@code /api/v1/releases}: planning a release ({@code 201}, idempotent with {@code
 * Idempotency-Key}), search ({@link ReleaseSearchParams}), reading by id or number (with {@code
 * ETag}; {@code If-None-Match} answers 304), the audit trail, and every step of {@link
 * ReleaseCommand} as {@code POST /{id}/<step>} (named as its actions are in {@code
 * allowedActions}), bundling and unbundling changes ({@code POST /{id}/changes}, {@code DELETE
 * /{id}/changes/{change}}). Each step requires {@code If-Match} and answers the changed release
 * with its new {@code ETag}. A deployment and a rollback change the items' software versions in
 * the CMDB in the same transaction; their history names the release.
 */
@Singleton
@Path(ApiPaths.RELEASES)
@Produces(MediaType.APPLICATION_JSON)
public final class ReleaseResource extends ResourceSupport {
    private final ReleaseUseCase releases;
    private final ReleaseAccess access;
    private final IdempotentCreation creation;

    public ReleaseResource(@Context Configuration configuration) {
        this(Resources.dependencies(configuration), ReleaseResources.of(configuration));
    }

    ReleaseResource(Resources.Dependencies ports, ReleaseResources.Ports release) {
        super(ports.validation());
        this.releases = checkNotNull(release.releases(), "releases");
        this.access = new ReleaseAccess(release.releases(), release.queries());
        this.creation = ports.idempotentCreation();
    }

    /** Plans a release; 201 with its {@code Location} and {@code ETag}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response plan(@HeaderParam(ApiPaths.IDEMPOTENCY_KEY) String key, PlanReleaseJson body) {
        Actor actor = actor();
        PlanReleaseJson json = body(body);
        return creation.create(actor, key, new Fingerprint("plan", json), () -> {
            Fields fields = new Fields();
            ReleaseView planned = releases.plan(valid(json.command(actor, fields), fields));
            return new IdempotentCreation.Created(ApiPaths.RELEASES.substring(1) + "/" + planned.id(),
                    ReleaseJson.of(planned));
        });
    }

    @GET
    public ReleasePageJson search(@QueryParam("status") List<String> status, @QueryParam("change") String change,
                                  @QueryParam("q") String text, @QueryParam("limit") String limit,
                                  @QueryParam("cursor") String cursor) {
        return ReleaseSearchParams.page(access.queries(), actor(),
                new ReleaseSearchParams.Query(status, change, text, limit, cursor));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id, @HeaderParam(IF_NONE_MATCH) String ifNoneMatch) {
        ReleaseView release = access.find(actor(), id);
        return unlessNotModified(ifNoneMatch, release.version(), () -> ReleaseJson.of(release));
    }

    /** Every step of the release, oldest first. */
    @GET
    @Path("{id}/history")
    public EventJson.HistoryJson history(@PathParam("id") String id) {
        Actor actor = actor();
        ReleaseView release = access.find(actor, id);
        return new EventJson.HistoryJson(access.queries().history(actor, release.id()).stream()
                .map(ReleaseEvents::of).toList());
    }

    @POST
    @Path("{id}/changes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response bundleChange(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch,
                                 BundleChangeJson body) {
        return step(id, ifMatch, body);
    }

    @DELETE
    @Path("{id}/changes/{change}")
    public Response unbundleChange(@PathParam("id") String id, @PathParam("change") String change,
                                   @HeaderParam(IF_MATCH) String ifMatch) {
        return step(id, ifMatch, (actor, release, version, fields) -> {
            UUID value = fields.uuid("change", change);
            return new ReleaseCommand.UnbundleChange(actor, release, version,
                    value == null ? null : new ChangeId(value));
        });
    }

    @POST
    @Path("{id}/start")
    public Response start(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch) {
        return step(id, ifMatch, Bodiless.START);
    }

    /** A go for the next stage; the hospital-wide one is refused (409) naming the bundled changes not approved. */
    @POST
    @Path("{id}/go")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response go(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch, StageDecisionJson body) {
        return step(id, ifMatch, Decided.GO.with(body));
    }

    @POST
    @Path("{id}/no-go")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response noGo(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch, StageDecisionJson body) {
        return step(id, ifMatch, Decided.NO_GO.with(body));
    }

    /** Deploys to one item or several: each item's software version in the CMDB changes with it. */
    @POST
    @Path("{id}/deploy")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response deploy(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch, DeployJson body) {
        return step(id, ifMatch, body);
    }

    @POST
    @Path("{id}/complete")
    public Response complete(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch) {
        return step(id, ifMatch, Bodiless.COMPLETE);
    }

    /** Rolls the whole release back: every item gets its version before the release back in the CMDB. */
    @POST
    @Path("{id}/roll-back")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response rollBack(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch, RollBackReleaseJson body) {
        return step(id, ifMatch, body);
    }

    /** Closes the deployed release once every bundled change is implemented or closed. */
    @POST
    @Path("{id}/close")
    public Response close(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch) {
        return step(id, ifMatch, Bodiless.CLOSE);
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response cancel(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch, ReasonJson body) {
        return step(id, ifMatch, ReleaseStep.cancel(body));
    }

    /** Runs {@code step} ({@code null}: the request had no body) and answers the changed release with its tag. */
    private Response step(String id, String ifMatch, ReleaseStep step) {
        ReleaseView changed = access.step(actor(), id, ifMatch, step, this::valid);
        return Response.ok(ReleaseJson.of(changed)).tag(etag(changed.version())).build();
    }

    /** What makes two creating requests the same request, besides the key. */
    private record Fingerprint(String operation, Object body) {
    }
}
