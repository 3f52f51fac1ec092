package org.itilhis.adapters.rest.monitoring;

import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.ports.monitoring.in.CiStateQueries;

/**
 * The incident an alert belongs to ({@code GET}; 404 while the correlator has not linked it, or
 * for an alert for no known item). Needs VIEW_MONITORING. A resource of its own beside the
 * intake's {@code /api/v1/alerts}: the longer literal path selects it.
 */
@Singleton
@Path(CiStateResources.ALERT_INCIDENT)
@Produces(MediaType.APPLICATION_JSON)
public final class AlertIncidentResource extends ResourceSupport {
    private final CiStateQueries queries;

    public AlertIncidentResource(@Context Configuration configuration) {
        super(Resources.dependencies(configuration).validation());
        this.queries = CiStateResources.of(configuration);
    }

    @GET
    public AlertIncidentJson incident(@PathParam("position") String position) {
        long at = position(position);
        return queries.incidentOfAlert(actor(), at).map(AlertIncidentJson::of)
                .orElseThrow(() -> ApiException.of(404, "alert-incident.not-found", at));
    }

    private static long position(String text) {
        try {
            long position = Long.parseLong(text.strip());
            if (position >= 1) {
                return position;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        Fields fields = new Fields();
        fields.check(false, "position", "field.invalid-value");
        throw ApiException.invalid(fields.errors());
    }
}
