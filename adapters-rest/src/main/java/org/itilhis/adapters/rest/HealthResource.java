package org.itilhis.adapters.rest;

import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.itilhis.adapters.rest.auth.PublicEndpoint;
import org.itilhis.adapters.rest.common.ApiPaths;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.adapters.rest.http.ServerLoad;
import org.itilhis.adapters.rest.problemdetails.Languages;
import org.itilhis.adapters.rest.servicelevel.ServiceLevelResources;
import org.itilhis.core.calendar.MissingArrangement;
import org.itilhis.ports.servicelevel.in.SlaAdministration;

/**
 * {@code GET /api/v1/health}: answers {@code UP} without authentication, for load balancers
 * and monitors, or {@code OVERLOADED} while the server turns requests away (the health
 * endpoint itself is never held back), with warnings that need a person but do not stop the API: a business
 * calendar lacking this year's official holiday arrangement, or next year's from 60 days
 * before it starts ("the China mainland arrangement for 2027 is not loaded"), in the
 * language of {@code Accept-Language}.
 */
@Singleton
@Path(ApiPaths.HEALTH)
@Produces(MediaType.APPLICATION_JSON)
public final class HealthResource {
    private final Optional<SlaAdministration> calendars;
    private final ServerLoad load;

    public HealthResource(@Context Configuration configuration) {
        this(ServiceLevelResources.ifServed(configuration).map(ServiceLevelResources.Ports::administration),
                Resources.serverLoad(configuration));
    }

    HealthResource(Optional<SlaAdministration> calendars, ServerLoad load) {
        this.calendars = calendars;
        this.load = load;
    }

    @GET
    @PublicEndpoint
    public HealthJson health(@Context HttpHeaders headers) {
        List<MissingArrangement> missing = calendars.map(SlaAdministration::missingArrangements).orElse(List.of());
        return HealthJson.of(load.isOverloaded(), missing, Languages.of(headers));
    }
}
