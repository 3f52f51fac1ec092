package org.itilhis.adapters.rest.roster;

import static jakarta.ws.rs.core.HttpHeaders.IF_MATCH;
import static jakarta.ws.rs.core.HttpHeaders.IF_NONE_MATCH;

import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.itilhis.adapters.rest.common.ApiPaths;
import org.itilhis.adapters.rest.common.Conditions;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.adapters.rest.roster.ShiftsJson.DefineShiftsJson;
import org.itilhis.adapters.rest.roster.ShiftsJson.GroupShiftsJson;
import org.itilhis.core.roster.GroupShifts;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.ports.roster.in.RosterCommand;

/**
 * {@code /api/v1/shifts/{group}}: a group's shift set, read by whoever sees the group's roster
 * (with {@code ETag}; {@code If-None-Match} answers 304); {@code PUT} defines it (the group lead):
 * the first set with {@code If-None-Match: *}, each later one with the {@code If-Match} of the
 * set it replaces, so that of two leads editing at once the second is told (412).
 */
@Singleton
@Path(ApiPaths.SHIFTS)
@Produces(MediaType.APPLICATION_JSON)
public final class ShiftResource extends ResourceSupport {
    private final RosterResources.Ports ports;

    public ShiftResource(@Context Configuration configuration) {
        super(Resources.dependencies(configuration).validation());
        this.ports = RosterResources.of(configuration);
    }

    @GET
    @Path("{group}")
    public Response get(@PathParam("group") String group, @HeaderParam(IF_NONE_MATCH) String ifNoneMatch) {
        GroupShifts shifts = ports.queries().shifts(actor(), groupOf(group));
        return unlessNotModified(ifNoneMatch, shifts.version(), () -> GroupShiftsJson.of(shifts));
    }

    @PUT
    @Path("{group}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response define(@PathParam("group") String group, @HeaderParam(IF_MATCH) String ifMatch,
                           @HeaderParam(IF_NONE_MATCH) String ifNoneMatch, DefineShiftsJson body) {
        Actor actor = actor();
        GroupId id = groupOf(group);
        Long expected = expectedVersion(actor, id, ifMatch, ifNoneMatch);
        DefineShiftsJson json = body(body);
        Fields fields = new Fields();
        RosterCommand.DefineShifts command = new RosterCommand.DefineShifts(actor, id, expected, json.zone(),
                json.calendar(), json.definitions(fields));
        GroupShifts defined = ports.roster().defineShifts(valid(command, fields));
        return Response.ok(GroupShiftsJson.of(defined)).tag(etag(defined.version())).build();
    }

    /**
     * 0 for a first definition ({@code If-None-Match: *}), else the version {@code If-Match}
     * names ({@code null} for {@code *}) of the set as the actor may see it.
     */
    private Long expectedVersion(Actor actor, GroupId group, String ifMatch, String ifNoneMatch) {
        if ((ifMatch == null || ifMatch.isBlank()) && ifNoneMatch != null && ifNoneMatch.strip().equals("*")) {
            return 0L;
        }
        return Conditions.expected(ifMatch, () -> ports.queries().shifts(actor, group));
    }

    /** @throws ApiException (400) naming {@code group} unless it is a group id */
    private static GroupId groupOf(String group) {
        Fields fields = new Fields();
        GroupId id = fields.id("group", group, GroupId::of);
        if (id == null) {
            throw ApiException.invalid(fields.errors());
        }
        return id;
    }
}
