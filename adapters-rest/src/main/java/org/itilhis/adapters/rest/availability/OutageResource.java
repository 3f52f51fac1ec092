package org.itilhis.adapters.rest.availability;

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
import java.util.UUID;
import org.itilhis.adapters.rest.availability.AvailabilityJson.CorrectOutageJson;
import org.itilhis.adapters.rest.availability.AvailabilityJson.DeclareOutageJson;
import org.itilhis.adapters.rest.availability.AvailabilityJson.EndOutageJson;
import org.itilhis.adapters.rest.availability.AvailabilityJson.DeclaredOutageJson;
import org.itilhis.adapters.rest.availability.AvailabilityJson.DeclaredOutagesJson;
import org.itilhis.adapters.rest.availability.AvailabilityJson.WithdrawOutageJson;
import org.itilhis.adapters.rest.common.Conditions;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.common.IdempotentCreation;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.core.availability.DeclaredOutageId;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.ports.availability.in.DeclaredOutageView;
import org.itilhis.ports.availability.in.OutageCommand;

/**
 * {@code /api/v1/outages}: an engineer declares on an incident that an item was down or
 * degraded ({@code POST}, {@code 201}, idempotent with {@code Idempotency-Key}), later its end
 * ({@code POST /{id}/end}), corrects it ({@code POST /{id}/correct}) or withdraws it ({@code POST
 * /{id}/withdraw}), each step with {@code If-Match}; one outage with its {@code ETag}; an
 * incident's outages ({@code GET ?incident=}).
 */
@Singleton
@Path(AvailabilityResources.OUTAGES)
@Produces(MediaType.APPLICATION_JSON)
public final class OutageResource extends ResourceSupport {
    private final AvailabilityResources.Ports ports;
    private final IdempotentCreation creation;

    public OutageResource(@Context Configuration configuration) {
        this(Resources.dependencies(configuration), AvailabilityResources.of(configuration));
    }

    OutageResource(Resources.Dependencies dependencies, AvailabilityResources.Ports ports) {
        super(dependencies.validation());
        this.ports = checkNotNull(ports, "ports");
        this.creation = dependencies.idempotentCreation();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response declare(@HeaderParam(org.itilhis.adapters.rest.common.ApiPaths.IDEMPOTENCY_KEY) String key,
                            DeclareOutageJson body) {
        Actor actor = actor();
        DeclareOutageJson json = body(body);
        return creation.create(actor, key, new Fingerprint("declare", json), () -> {
            Fields fields = new Fields();
            UUID incident = json.incident() == null ? null : fields.uuid("incident", json.incident());
            UUID ci = json.ci() == null ? null : fields.uuid("ci", json.ci());
            OutageCommand.Declare command = new OutageCommand.Declare(actor,
                    incident == null ? null : new TicketId(incident), ci == null ? null : new CiId(ci), json.state(),
                    instant("start", json.start(), fields), instant("end", json.end(), fields), json.note());
            DeclaredOutageView declared = ports.availability().declare(valid(command, fields));
            return new IdempotentCreation.Created(AvailabilityResources.OUTAGES.substring(1) + "/"
                    + declared.outage().id(), DeclaredOutageJson.of(declared));
        });
    }

    /** The outages declared on the incident {@code incident}, withdrawn ones included, by start. */
    @GET
    public DeclaredOutagesJson ofIncident(@QueryParam("incident") String incident) {
        Fields fields = new Fields();
        fields.check(incident != null, "incident", "field.required");
        UUID id = incident == null ? null : fields.uuid("incident", incident);
        if (!fields.errors().isEmpty()) {
            throw ApiException.invalid(fields.errors());
        }
        return new DeclaredOutagesJson(ports.queries().outagesOf(actor(), new TicketId(id)).stream().map(DeclaredOutageJson::of)
                .toList());
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id, @HeaderParam(IF_NONE_MATCH) String ifNoneMatch) {
        DeclaredOutageView outage = ports.queries().outage(actor(), outageId(id));
        return unlessNotModified(ifNoneMatch, outage.version(), () -> DeclaredOutageJson.of(outage));
    }

    @POST
    @Path("{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response end(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch, EndOutageJson body) {
        Actor actor = actor();
        DeclaredOutageId outage = outageId(id);
        Long expected = Conditions.expected(ifMatch, () -> ports.queries().outage(actor, outage));
        EndOutageJson json = body(body);
        Fields fields = new Fields();
        return answer(ports.availability().end(valid(new OutageCommand.End(actor, outage, expected,
                instant("end", json.end(), fields)), fields)));
    }

    @POST
    @Path("{id}/correct")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response correct(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch,
                            CorrectOutageJson body) {
        Actor actor = actor();
        DeclaredOutageId outage = outageId(id);
        Long expected = Conditions.expected(ifMatch, () -> ports.queries().outage(actor, outage));
        CorrectOutageJson json = body(body);
        Fields fields = new Fields();
        return answer(ports.availability().correct(valid(new OutageCommand.Correct(actor, outage, expected,
                json.state(), instant("start", json.start(), fields), instant("end", json.end(), fields),
                json.reason()), fields)));
    }

    @POST
    @Path("{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response withdraw(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch,
                             WithdrawOutageJson body) {
        Actor actor = actor();
        DeclaredOutageId outage = outageId(id);
        Long expected = Conditions.expected(ifMatch, () -> ports.queries().outage(actor, outage));
        WithdrawOutageJson json = body(body);
        return answer(ports.availability().withdraw(valid(new OutageCommand.Withdraw(actor, outage, expected,
                json.reason()), new Fields())));
    }

    private static Response answer(DeclaredOutageView outage) {
        return Response.ok(DeclaredOutageJson.of(outage)).tag(etag(outage.version())).build();
    }

    /** @throws ApiException (400) naming {@code id} unless it is an outage's id */
    private static DeclaredOutageId outageId(String id) {
        Fields fields = new Fields();
        UUID value = fields.uuid("id", id);
        if (value == null) {
            throw ApiException.invalid(fields.errors());
        }
        return new DeclaredOutageId(value);
    }

    /** What makes two creating requests the same request, besides the key. */
    private record Fingerprint(String operation, Object body) {
    }
}
