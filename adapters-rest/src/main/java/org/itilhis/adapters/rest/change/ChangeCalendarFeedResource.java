package org.itilhis.adapters.rest.change;

import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import java.time.Clock;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.ports.change.in.ChangeQueries;

/**
 * {@code /api/v1/change-schedule.ics}: the forward schedule as an iCalendar feed at a URL of its
 * own, for calendar clients that cannot set {@code Accept}; the same as {@code
 * /api/v1/change-schedule} with {@code Accept: text/calendar}.
 */
@Singleton
@Path(ChangeScheduleResource.SCHEDULE + ".ics")
@Produces(ChangeCalendar.MEDIA_TYPE)
public final class ChangeCalendarFeedResource extends ResourceSupport {
    private final ChangeQueries queries;
    private final Clock clock;

    public ChangeCalendarFeedResource(@Context Configuration configuration) {
        super(Resources.dependencies(configuration).validation());
        this.queries = ChangeResources.of(configuration).queries();
        this.clock = Resources.dependencies(configuration).clock();
    }

    @GET
    public String calendar(@QueryParam("from") String from, @QueryParam("to") String to) {
        return ChangeCalendar.of(ChangeScheduleResource.forwardSchedule(queries, clock, actor(), from, to));
    }
}
