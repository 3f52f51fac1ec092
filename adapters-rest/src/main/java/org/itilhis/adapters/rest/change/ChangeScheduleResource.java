package org.itilhis.adapters.rest.change;

import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.itilhis.adapters.rest.change.ChangeScheduleJson.ForwardScheduleJson;
import org.itilhis.adapters.rest.change.ChangeScheduleJson.ProposedScheduleJson;
import org.itilhis.adapters.rest.change.ChangeScheduleJson.ScheduleCheckJson;
import org.itilhis.adapters.rest.change.ChangeScheduleJson.ScheduleEntryJson;
import org.itilhis.adapters.rest.change.ChangeScheduleJson.WindowOccurrenceJson;
import org.itilhis.adapters.rest.common.ApiPaths;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.adapters.rest.problemdetails.ScheduleConflictJson;
import org.itilhis.adapters.rest.problemdetails.ScheduleConflictJson.ScheduledChangeJson;
import org.itilhis.core.change.ChangeId;
import org.itilhis.core.change.schedule.ForwardSchedule;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.change.in.ChangeNotFoundException;
import org.itilhis.ports.change.in.ChangeQueries;
import org.itilhis.ports.change.in.ProposedSchedule;

/**
 * {@code /api/v1/change-schedule}: the forward schedule of changes from {@code from} to {@code
 * to} (ISO-8601 instants; by default from a week ago for fourteen weeks, what a subscribed
 * calendar shows), as JSON or, asked for {@code text/calendar} in {@code Accept}, as an
 * iCalendar feed ({@link ChangeCalendar}; also at {@code /api/v1/change-schedule.ics}); and
 * {@code POST /check}, the dry run of a proposed window. Published to whoever sees changes.
 */
@Singleton
@Path(ChangeScheduleResource.SCHEDULE)
@Produces(MediaType.APPLICATION_JSON)
public final class ChangeScheduleResource extends ResourceSupport {
    static final String SCHEDULE = ApiPaths.V1 + "/change-schedule";
    private static final Duration DEFAULT_PERIOD = Duration.ofDays(98);
    private static final Duration LONGEST = Duration.ofDays(366);

    private final ChangeQueries queries;
    private final Clock clock;

    public ChangeScheduleResource(@Context Configuration configuration) {
        this(Resources.dependencies(configuration), ChangeResources.of(configuration));
    }

    ChangeScheduleResource(Resources.Dependencies dependencies, ChangeResources.Ports ports) {
        super(dependencies.validation());
        this.queries = ports.queries();
        this.clock = dependencies.clock();
    }

    @GET
    public ForwardScheduleJson schedule(@QueryParam("from") String from, @QueryParam("to") String to) {
        return forwardSchedule(queries, clock, actor(), from, to);
    }

    /** Only when asked for by name: JSON stays what a client that accepts anything gets ({@code qs}). */
    @GET
    @Produces(ChangeCalendar.MEDIA_TYPE + "; qs=0.5")
    public String calendar(@QueryParam("from") String from, @QueryParam("to") String to) {
        return ChangeCalendar.of(forwardSchedule(queries, clock, actor(), from, to));
    }

    @POST
    @Path("check")
    @Consumes(MediaType.APPLICATION_JSON)
    public ScheduleCheckJson check(ProposedScheduleJson body) {
        Actor actor = actor();
        ProposedScheduleJson json = body(body);
        Fields fields = new Fields();
        UUID change = fields.uuid("change", json.change());
        ProposedSchedule proposal = new ProposedSchedule(change == null ? null : new ChangeId(change),
                ChangeRequestJson.cis("touchedCis", json.touchedCis(), fields),
                ChangeTimes.instant("windowStart", json.windowStart(), fields),
                ChangeTimes.instant("windowEnd", json.windowEnd(), fields), json.outage());
        ProposedSchedule valid = valid(proposal, fields);
        if (!valid.windowStart().isBefore(valid.windowEnd())) {
            throw ApiException.invalid(org.itilhis.adapters.rest.problemdetails.FieldError.keyed("windowEnd",
                    "field.invalid-range"));
        }
        return ScheduleCheckJson.of(queries.checkSchedule(actor, valid));
    }

    /** The schedule for the period asked for; 400 naming {@code from} or {@code to} when malformed. */
    static ForwardScheduleJson forwardSchedule(ChangeQueries queries, Clock clock, Actor actor, String from,
                                               String to) {
        Fields fields = new Fields();
        Instant start = ChangeTimes.instant("from", from, fields);
        Instant end = ChangeTimes.instant("to", to, fields);
        if (!fields.errors().isEmpty()) {
            throw ApiException.invalid(fields.errors());
        }
        if (start == null) {
            start = end == null ? clock.instant().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(7))
                    : end.minus(DEFAULT_PERIOD);
        }
        if (end == null) {
            end = start.plus(DEFAULT_PERIOD);
        }
        if (!start.isBefore(end) || Duration.between(start, end).compareTo(LONGEST) > 0) {
            throw ApiException.invalid(org.itilhis.adapters.rest.problemdetails.FieldError.keyed("to",
                    "field.invalid-period"));
        }
        ForwardSchedule schedule = queries.forwardSchedule(actor, start, end);
        return new ForwardScheduleJson(schedule.from(), schedule.to(), schedule.changes().stream()
                .map(entry -> new ScheduleEntryJson(ScheduledChangeJson.of(entry.change()),
                        summary(queries, actor, entry.change().id()),
                        entry.conflicts().stream().map(ScheduleConflictJson::of).toList())).toList(),
                schedule.blackouts().stream().map(WindowOccurrenceJson::of).toList(),
                schedule.maintenance().stream().map(WindowOccurrenceJson::of).toList());
    }

    /** The change's summary for a reader who may see it; the schedule itself is published to all. */
    private static String summary(ChangeQueries queries, Actor actor, ChangeId id) {
        try {
            return queries.change(actor, id).summary();
        } catch (ChangeNotFoundException notVisible) {
            return null;
        }
    }
}
