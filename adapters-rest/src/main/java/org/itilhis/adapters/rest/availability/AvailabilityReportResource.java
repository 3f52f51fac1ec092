package org.itilhis.adapters.rest.availability;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.adapters.rest.availability.AvailabilityJson.AvailabilityReportJson;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.core.cmdb.CiId;

/**
 * {@code GET /api/v1/reports/availability?service=&from=&to=}: the availability of the business
 * service {@code service} (of every service with a target when absent) over {@code [from, to)},
 * at most a year; a malformed parameter is 400 naming it, an unknown service or a bad period 422.
 */
@Singleton
@Path(AvailabilityResources.REPORT)
@Produces(MediaType.APPLICATION_JSON)
public final class AvailabilityReportResource extends ResourceSupport {
    private final AvailabilityResources.Ports ports;

    public AvailabilityReportResource(@Context Configuration configuration) {
        this(Resources.dependencies(configuration), AvailabilityResources.of(configuration));
    }

    AvailabilityReportResource(Resources.Dependencies dependencies, AvailabilityResources.Ports ports) {
        super(dependencies.validation());
        this.ports = checkNotNull(ports, "ports");
    }

    @GET
    public AvailabilityReportJson report(@QueryParam("service") String service, @QueryParam("from") String from,
                             @QueryParam("to") String to) {
        Fields fields = new Fields();
        UUID id = service == null ? null : fields.uuid("service", service);
        fields.check(from != null, "from", "field.required");
        fields.check(to != null, "to", "field.required");
        Instant start = instant("from", from, fields);
        Instant end = instant("to", to, fields);
        if (!fields.errors().isEmpty()) {
            throw ApiException.invalid(fields.errors());
        }
        return AvailabilityReportJson.of(ports.reports().report(actor(), Optional.ofNullable(id).map(CiId::new), start, end));
    }
}
