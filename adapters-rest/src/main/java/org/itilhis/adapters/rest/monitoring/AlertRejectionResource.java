package org.itilhis.adapters.rest.monitoring;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.ports.monitoring.in.AlertSearch;
import org.itilhis.ports.monitoring.in.RejectionView;

/**
 * {@code /api/v1/alert-rejections}: the deliveries and alerts the intake refused (bad
 * credentials, malformed bodies, times in the future or out of order), newest first, a page at a
 * time ({@code cursor}, {@code limit}).
 */
@Singleton
@Path(MonitoringResources.REJECTIONS)
@Produces(MediaType.APPLICATION_JSON)
public final class AlertRejectionResource extends ResourceSupport {
    private final MonitoringResources.Ports ports;

    public AlertRejectionResource(@Context Configuration configuration) {
        this(Resources.dependencies(configuration), MonitoringResources.of(configuration));
    }

    AlertRejectionResource(Resources.Dependencies dependencies, MonitoringResources.Ports ports) {
        super(dependencies.validation());
        this.ports = checkNotNull(ports, "ports");
    }

    @GET
    public MonitoringJson.RejectionsJson list(@QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        Fields fields = new Fields();
        Optional<Long> before = AlertResource.positive(fields, "cursor", cursor);
        int size = fields.count("limit", limit, AlertSearch.MAX_LIMIT, AlertResource.DEFAULT_LIMIT);
        if (!fields.errors().isEmpty()) {
            throw ApiException.invalid(fields.errors());
        }
        List<RejectionView> rejections = ports.queries().rejections(actor(), before, size);
        String next = rejections.size() < size ? null : Long.toString(rejections.get(rejections.size() - 1).id());
        return new MonitoringJson.RejectionsJson(rejections.stream().map(MonitoringJson.RejectionJson::of).toList(),
                next);
    }
}
