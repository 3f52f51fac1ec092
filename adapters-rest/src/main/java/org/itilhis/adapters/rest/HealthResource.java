package org.itilhis.adapters.rest;

import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.itilhis.adapters.rest.auth.PublicEndpoint;
import org.itilhis.adapters.rest.common.ApiPaths;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.adapters.rest.HealthJson.HealthWarningJson;
import org.itilhis.adapters.rest.http.ServerLoad;
import org.itilhis.adapters.rest.notification.NotificationRelayResources;
import org.itilhis.adapters.rest.problemdetails.Languages;
import org.itilhis.adapters.rest.servicelevel.ServiceLevelResources;
import org.itilhis.core.calendar.MissingArrangement;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.notification.in.RelayOverview;
import org.itilhis.ports.notification.in.RelayQueries;
import org.itilhis.ports.servicelevel.in.SlaAdministration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/v1/health}: answers {@code UP} without authentication, for load balancers
 * and monitors, or {@code OVERLOADED} while the server turns requests away (the health
 * endpoint itself is never held back), with warnings that need a person but do not stop the API: a business
 * calendar lacking this year's official holiday arrangement, or next year's from 60 days
 * before it starts ("the China mainland arrangement for 2027 is not loaded"), in the
 * language of {@code Accept-Language}; and a notification relay subscriber with dead letters or
 * far behind the event log (its name and counts, nothing of an event).
 */
@Singleton
@Path(ApiPaths.HEALTH)
@Produces(MediaType.APPLICATION_JSON)
public final class HealthResource {
    /** How many events behind the head of the log a relay subscriber may be before the health endpoint warns. */
    public static final long RELAY_BEHIND_WARNING = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(HealthResource.class);

    private final Optional<SlaAdministration> calendars;
    private final Optional<RelayQueries> relay;
    private final ServerLoad load;

    public HealthResource(@Context Configuration configuration) {
        this(ServiceLevelResources.ifServed(configuration).map(ServiceLevelResources.Ports::administration),
                NotificationRelayResources.ifServed(configuration).map(NotificationRelayResources.Ports::queries),
                Resources.serverLoad(configuration));
    }

    HealthResource(Optional<SlaAdministration> calendars, ServerLoad load) {
        this(calendars, Optional.empty(), load);
    }

    HealthResource(Optional<SlaAdministration> calendars, Optional<RelayQueries> relay, ServerLoad load) {
        this.calendars = calendars;
        this.relay = relay;
        this.load = load;
    }

    @GET
    @PublicEndpoint
    public HealthJson health(@Context HttpHeaders headers) {
        Locale locale = Languages.of(headers);
        List<MissingArrangement> missing = calendars.map(SlaAdministration::missingArrangements).orElse(List.of());
        return HealthJson.of(load.isOverloaded(), missing, relayWarnings(locale), locale);
    }

    /**
     * A warning per relay subscriber with dead letters or more than {@value #RELAY_BEHIND_WARNING}
     * events behind: its name and counts only, never an event's content (the endpoint is public).
     * A relay whose stores cannot be read gives no warning here (its own endpoint answers the error).
     */
    private List<HealthWarningJson> relayWarnings(Locale locale) {
        if (relay.isEmpty()) {
            return List.of();
        }
        RelayOverview overview;
        try {
            overview = relay.get().overview(Actor.system());
        } catch (RuntimeException failure) {
            LOG.warn("reading the notification relay's standing for the health endpoint failed", failure);
            return List.of();
        }
        List<HealthWarningJson> warnings = new ArrayList<>();
        for (RelayOverview.SubscriberStanding standing : overview.subscribers()) {
            if (standing.deadLetters() > 0) {
                warnings.add(HealthWarningJson.deadLetters(standing.name(), standing.behind(),
                        standing.deadLetters(), locale));
            }
            if (standing.active() && standing.behind() > RELAY_BEHIND_WARNING) {
                warnings.add(HealthWarningJson.behind(standing.name(), standing.behind(), standing.deadLetters(),
                        locale));
            }
        }
        return warnings;
    }
}
