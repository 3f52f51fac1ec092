package org.itilhis.adapters.rest.availability;

import static com.google.common.base.Preconditions.checkNotNull;
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
import java.util.UUID;
import org.itilhis.adapters.rest.availability.AvailabilityJson.SetAvailabilityTargetJson;
import org.itilhis.adapters.rest.availability.AvailabilityJson.AvailabilityTargetJson;
import org.itilhis.adapters.rest.availability.AvailabilityJson.AvailabilityTargetsJson;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.common.IfMatch;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.availability.in.ServiceTargetNotFoundException;
import org.itilhis.ports.availability.in.ServiceTargetView;
import org.itilhis.ports.availability.in.SetAvailabilityTarget;

/**
 * {@code /api/v1/availability-targets}: every business service's availability target ({@code
 * GET}), one with its {@code ETag} ({@code GET /{service}}), and setting one ({@code PUT
 * /{service}}): a first target without {@code If-Match} (or with {@code If-Match: *}), a target
 * set again only with {@code If-Match} naming the version read (428 without it).
 */
@Singleton
@Path(AvailabilityResources.TARGETS)
@Produces(MediaType.APPLICATION_JSON)
public final class AvailabilityTargetResource extends ResourceSupport {
    private final AvailabilityResources.Ports ports;

    public AvailabilityTargetResource(@Context Configuration configuration) {
        this(Resources.dependencies(configuration), AvailabilityResources.of(configuration));
    }

    AvailabilityTargetResource(Resources.Dependencies dependencies, AvailabilityResources.Ports ports) {
        super(dependencies.validation());
        this.ports = checkNotNull(ports, "ports");
    }

    @GET
    public AvailabilityTargetsJson all() {
        return new AvailabilityTargetsJson(ports.queries().targets(actor()).stream().map(AvailabilityTargetJson::of).toList());
    }

    @GET
    @Path("{service}")
    public Response get(@PathParam("service") String service, @HeaderParam(IF_NONE_MATCH) String ifNoneMatch) {
        ServiceTargetView target = ports.queries().target(actor(), serviceId(service));
        return unlessNotModified(ifNoneMatch, target.version(), () -> AvailabilityTargetJson.of(target));
    }

    @PUT
    @Path("{service}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response set(@PathParam("service") String service, @HeaderParam(IF_MATCH) String ifMatch,
                        SetAvailabilityTargetJson body) {
        Actor actor = actor();
        CiId id = serviceId(service);
        Long expected = expected(actor, id, ifMatch);
        SetAvailabilityTargetJson json = body(body);
        ServiceTargetView set = ports.availability().setTarget(valid(new SetAvailabilityTarget(actor, id,
                json.catalogueService(), json.percent(), expected), new Fields()));
        return Response.ok(AvailabilityTargetJson.of(set)).tag(etag(set.version())).build();
    }

    /** 0 for a first target, the version {@code If-Match} names for one set again (428 without, 412 for a tag of none). */
    private Long expected(Actor actor, CiId service, String ifMatch) {
        boolean exists;
        try {
            ports.queries().target(actor, service);
            exists = true;
        } catch (ServiceTargetNotFoundException none) {
            exists = false;
        }
        if (ifMatch == null) {
            if (exists) {
                throw ApiException.preconditionRequired();
            }
            return 0L;
        }
        IfMatch condition = IfMatch.parse(ifMatch);
        if (condition.matchesNothing()) {
            throw ApiException.preconditionFailed();
        }
        return condition.version();
    }

    /** @throws ApiException (400) naming {@code service} unless it is an item's id */
    private static CiId serviceId(String service) {
        Fields fields = new Fields();
        UUID value = fields.uuid("service", service);
        if (value == null) {
            throw ApiException.invalid(fields.errors());
        }
        return new CiId(value);
    }
}
