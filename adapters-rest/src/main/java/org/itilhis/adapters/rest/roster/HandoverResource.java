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
import java.util.List;
import java.util.UUID;
import org.itilhis.adapters.rest.common.ApiPaths;
import org.itilhis.adapters.rest.common.Conditions;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.common.IdempotentCreation;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.adapters.rest.roster.HandoverJson.HandoversJson;
import org.itilhis.adapters.rest.roster.HandoverJson.SignHandoverJson;
import org.itilhis.adapters.rest.roster.HandoverJson.WriteHandoverJson;
import org.itilhis.core.roster.HandoverId;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.ports.roster.in.HandoverView;
import org.itilhis.ports.roster.in.RosterCommand;

/**
 * {@code /api/v1/handovers}: writing a shift handover ({@code 201}, idempotent with {@code
 * Idempotency-Key}; the group's tickets in progress and its changes scheduled in the next shift
 * are listed as they stand, with the notes), a group's handovers over a period, those not signed
 * by both past their grace period ({@code /unsigned}), one handover (with {@code ETag}) and
 * signing one's part ({@code POST /{id}/sign} with {@code If-Match}).
 */
@Singleton
@Path(ApiPaths.HANDOVERS)
@Produces(MediaType.APPLICATION_JSON)
public final class HandoverResource extends ResourceSupport {
    private final RosterResources.Ports ports;
    private final IdempotentCreation creation;

    public HandoverResource(@Context Configuration configuration) {
        this(Resources.dependencies(configuration), RosterResources.of(configuration));
    }

    HandoverResource(Resources.Dependencies dependencies, RosterResources.Ports ports) {
        super(dependencies.validation());
        this.ports = checkNotNull(ports, "ports");
        this.creation = dependencies.idempotentCreation();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response write(@HeaderParam(ApiPaths.IDEMPOTENCY_KEY) String key, WriteHandoverJson body) {
        Actor actor = actor();
        WriteHandoverJson json = body(body);
        return creation.create(actor, key, new Fingerprint("write", json), () -> {
            Fields fields = new Fields();
            RosterCommand.WriteHandover command = new RosterCommand.WriteHandover(actor,
                    RosterValues.group("group", json.group(), fields),
                    RosterValues.staff("outgoing", json.outgoing(), fields),
                    RosterValues.staff("incoming", json.incoming(), fields),
                    instant("shiftChange", json.shiftChange(), fields),
                    json.notes() == null ? List.of() : json.notes());
            HandoverView written = ports.roster().writeHandover(valid(command, fields));
            return new IdempotentCreation.Created(ApiPaths.HANDOVERS.substring(1) + "/" + written.id(),
                    HandoverJson.of(written));
        });
    }

    /** The group's handovers whose change of shift is in {@code [from, to)} (ISO-8601 instants). */
    @GET
    public HandoversJson list(@QueryParam("group") String group, @QueryParam("from") String from,
                              @QueryParam("to") String to) {
        Fields fields = new Fields();
        GroupId id = RosterValues.group("group", group, fields);
        fields.check(group != null, "group", "field.required");
        Instant start = instant("from", from, fields);
        Instant end = instant("to", to, fields);
        fields.check(from != null, "from", "field.required");
        fields.check(to != null, "to", "field.required");
        fields.check(start == null || end == null || end.isAfter(start), "to", "field.invalid-period");
        if (!fields.errors().isEmpty()) {
            throw ApiException.invalid(fields.errors());
        }
        return new HandoversJson(ports.queries().handovers(actor(), id, start, end).stream().map(HandoverJson::of)
                .toList());
    }

    /** The handovers not signed by both past their grace period, of the groups the reader sees, oldest first. */
    @GET
    @Path("unsigned")
    public HandoversJson unsigned() {
        return new HandoversJson(ports.queries().unsignedHandovers(actor()).stream().map(HandoverJson::of).toList());
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id, @HeaderParam(IF_NONE_MATCH) String ifNoneMatch) {
        HandoverView handover = ports.queries().handover(actor(), handoverId(id));
        return unlessNotModified(ifNoneMatch, handover.version(), () -> HandoverJson.of(handover));
    }

    /** The caller signs their part; only the outgoing and incoming engineers named may (422 {@code roster.handover.not-a-party}). */
    @POST
    @Path("{id}/sign")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response sign(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch, SignHandoverJson body) {
        Actor actor = actor();
        HandoverId handover = handoverId(id);
        Long version = Conditions.expected(ifMatch, () -> ports.queries().handover(actor, handover));
        SignHandoverJson json = Conditions.required(body);
        HandoverView signed = ports.roster().signHandover(valid(new RosterCommand.SignHandover(actor, handover,
                version, json.party()), new Fields()));
        return Response.ok(HandoverJson.of(signed)).tag(etag(signed.version())).build();
    }

    /** @throws ApiException (400) naming {@code id} unless it is a handover's id */
    private static HandoverId handoverId(String id) {
        Fields fields = new Fields();
        UUID value = fields.uuid("id", id);
        if (value == null) {
            throw ApiException.invalid(fields.errors());
        }
        return new HandoverId(value);
    }

    /** What makes two creating requests the same request, besides the key. */
    private record Fingerprint(String operation, Object body) {
    }
}
