package org.itilhis.adapters.rest.operations;

import static com.google.common.base.Preconditions.checkNotNull;
import static jakarta.ws.rs.core.HttpHeaders.IF_MATCH;
import static jakarta.ws.rs.core.HttpHeaders.IF_NONE_MATCH;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.itilhis.adapters.rest.common.ApiPaths;
import org.itilhis.adapters.rest.common.Conditions;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.adapters.rest.operations.InspectionRoundJson.ItemAnswerJson;
import org.itilhis.adapters.rest.operations.InspectionRoundJson.RoundCompletionJson;
import org.itilhis.adapters.rest.operations.InspectionRoundJson.RecordRoundJson;
import org.itilhis.adapters.rest.operations.InspectionRoundJson.InspectionRoundsJson;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.core.inspection.RoundId;
import org.itilhis.core.inspection.RoundStanding;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.operations.in.InspectionCommand;
import org.itilhis.ports.operations.in.RoundView;

/**
 * {@code /api/v1/inspections/rounds}: a group's rounds due in a period, by due time, of some
 * standings ({@code ?standing=DUE,OVERDUE}), a page at a time ({@code limit}, {@code cursor});
 * one round with its results (with {@code ETag}); recording it ({@code POST /{id}/results} with
 * {@code If-Match}: once, each failed item answered with the number of the incident it raised or
 * was added to); and {@code /api/v1/inspections/completion}, the completion rates of a group's
 * rounds due in a period, per engineer and per template.
 */
@Singleton
@Path(ApiPaths.INSPECTIONS)
@Produces(MediaType.APPLICATION_JSON)
public final class InspectionRoundResource extends ResourceSupport {
    /** The most rounds a page holds, and how many when the request does not say. */
    static final int MAX_LIMIT = 500;
    static final int DEFAULT_LIMIT = 100;
    /** The longest period a list or the completion rates cover: a year (a leap year's). */
    static final Duration LONGEST = Duration.ofDays(366);

    private final InspectionResources.Ports ports;

    public InspectionRoundResource(@Context Configuration configuration) {
        this(Resources.dependencies(configuration), InspectionResources.of(configuration));
    }

    InspectionRoundResource(Resources.Dependencies dependencies, InspectionResources.Ports ports) {
        super(dependencies.validation());
        this.ports = checkNotNull(ports, "ports");
    }

    /** The group's rounds due in {@code [from, to)} (ISO-8601 instants) of the standings asked for (all when none). */
    @GET
    @Path("rounds")
    public InspectionRoundsJson rounds(@QueryParam("group") String group, @QueryParam("from") String from,
                             @QueryParam("to") String to, @QueryParam("standing") List<String> standing,
                             @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        Fields fields = new Fields();
        Period period = period(group, from, to, fields);
        Set<RoundStanding> standings = standings(standing, fields);
        int size = fields.count("limit", limit, MAX_LIMIT, DEFAULT_LIMIT);
        if (!fields.errors().isEmpty()) {
            throw ApiException.invalid(fields.errors());
        }
        Optional<RoundCursor> after = Optional.ofNullable(cursor).map(RoundCursor::parse);
        Instant start = after.map(RoundCursor::due).filter(due -> due.isAfter(period.from())).orElse(period.from());
        List<RoundView> found = ports.queries().rounds(actor(), period.group(), start, period.to(), standings).stream()
                .filter(round -> after.map(position -> position.precedes(round)).orElse(true))
                .limit(size + 1L)
                .toList();
        List<RoundView> page = found.subList(0, Math.min(size, found.size()));
        String next = found.size() > size ? RoundCursor.after(page.get(page.size() - 1)).token() : null;
        return new InspectionRoundsJson(page.stream().map(InspectionRoundJson::of).toList(), next);
    }

    @GET
    @Path("rounds/{id}")
    public Response round(@PathParam("id") String id, @HeaderParam(IF_NONE_MATCH) String ifNoneMatch) {
        RoundView round = ports.queries().round(actor(), roundId(id));
        return unlessNotModified(ifNoneMatch, round.version(), () -> InspectionRoundJson.of(round));
    }

    /**
     * Records the round; a round recorded already is 409 {@code inspection.round.already-recorded},
     * an answer that does not fit its item 422 naming the item.
     */
    @POST
    @Path("rounds/{id}/results")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch, RecordRoundJson body) {
        Actor actor = actor();
        RoundId round = roundId(id);
        Long version = Conditions.expected(ifMatch, () -> ports.queries().round(actor, round));
        RecordRoundJson json = Conditions.required(body);
        Fields fields = new Fields();
        StaffId performedBy = json.performedBy() == null ? actor.staffId()
                : fields.id("performedBy", json.performedBy(), StaffId::of);
        InspectionCommand.RecordRound command = new InspectionCommand.RecordRound(actor, round, version,
                json.templateVersion(), performedBy, instant("performedAt", json.performedAt(), fields),
                answers(json.results()));
        RoundView recorded = ports.inspections().recordRound(valid(command, fields));
        return Response.ok(InspectionRoundJson.of(recorded)).tag(etag(recorded.version())).build();
    }

    /** How the group's rounds due in {@code [from, to)} were done: per engineer and per template. */
    @GET
    @Path("completion")
    public RoundCompletionJson completion(@QueryParam("group") String group, @QueryParam("from") String from,
                                     @QueryParam("to") String to) {
        Fields fields = new Fields();
        Period period = period(group, from, to, fields);
        if (!fields.errors().isEmpty()) {
            throw ApiException.invalid(fields.errors());
        }
        return RoundCompletionJson.of(ports.queries().completion(actor(), period.group(), period.from(), period.to()));
    }

    private static List<InspectionCommand.Answer> answers(List<ItemAnswerJson> answers) {
        if (answers == null) {
            return null;
        }
        return IntStream.range(0, answers.size()).mapToObj(i -> answers.get(i) == null ? null
                : new InspectionCommand.Answer(answers.get(i).item(), answers.get(i).passed(),
                        reading(answers.get(i).reading()), answers.get(i).unit(), answers.get(i).choice(),
                        answers.get(i).note())).toList();
    }

    /** A reading as read: a JSON number's text, or the text sent (which the template refuses unless it is a number). */
    private static String reading(JsonNode reading) {
        if (reading == null || reading.isNull()) {
            return null;
        }
        return reading.isNumber() ? reading.decimalValue().toPlainString() : reading.asText();
    }

    private Period period(String group, String from, String to, Fields fields) {
        GroupId id = fields.id("group", group, GroupId::of);
        fields.check(group != null, "group", "field.required");
        Instant start = instant("from", from, fields);
        Instant end = instant("to", to, fields);
        fields.check(from != null, "from", "field.required");
        fields.check(to != null, "to", "field.required");
        fields.check(start == null || end == null || end.isAfter(start) && !end.isAfter(start.plus(LONGEST)), "to",
                "field.invalid-period");
        return new Period(id, start, end);
    }

    /** The standings named, each parameter one or several separated by commas; none for all. */
    private static Set<RoundStanding> standings(List<String> standing, Fields fields) {
        Set<RoundStanding> standings = EnumSet.noneOf(RoundStanding.class);
        if (standing == null) {
            return standings;
        }
        for (String names : standing) {
            for (String name : names.split(",")) {
                try {
                    standings.add(RoundStanding.valueOf(name.strip()));
                } catch (IllegalArgumentException unknown) {
                    fields.check(false, "standing", "field.unknown-value",
                            Arrays.toString(RoundStanding.values()));
                }
            }
        }
        return standings;
    }

    /** @throws ApiException (400) naming {@code id} unless it is a round's id */
    private static RoundId roundId(String id) {
        Fields fields = new Fields();
        UUID value = fields.uuid("id", id);
        if (value == null) {
            throw ApiException.invalid(fields.errors());
        }
        return new RoundId(value);
    }

    /** A group and a period of due times, as asked for. */
    private record Period(GroupId group, Instant from, Instant to) {
    }
}
