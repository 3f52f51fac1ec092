package org.itilhis.adapters.rest.servicelevel;

import static com.google.common.base.Preconditions.checkNotNull;
import static jakarta.ws.rs.core.HttpHeaders.IF_MATCH;
import static jakarta.ws.rs.core.HttpHeaders.IF_NONE_MATCH;

import com.google.common.base.Enums;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.itilhis.adapters.rest.common.ApiPaths;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.common.IfMatch;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.adapters.rest.problemdetails.FieldError;
import org.itilhis.adapters.rest.servicedesk.QueueResource;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.sla.SlaMeasurement;
import org.itilhis.core.sla.report.PeriodUnit;
import org.itilhis.core.sla.report.ReportScope;
import org.itilhis.ports.servicedesk.in.TicketNotFoundException;
import org.itilhis.ports.servicedesk.in.TicketQueries;
import org.itilhis.ports.servicedesk.in.TicketSearch;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.itilhis.ports.servicelevel.in.DeadlinePosition;
import org.itilhis.ports.servicelevel.in.QueuedTicket;
import org.itilhis.ports.servicelevel.in.SlaAdministration;
import org.itilhis.ports.servicelevel.in.SlaConfiguration;
import org.itilhis.ports.servicelevel.in.SlaNotConfiguredException;
import org.itilhis.ports.servicelevel.in.SlaQueries;

/**
 * Service level management as a whole: {@code GET at-risk}, the open tickets past a warning
 * threshold or breached; {@code GET queue}, the work queue by resolution deadline;
 * {@code GET report}, compliance over a range of time; and the SLA configuration (the service catalogue with its SLAs, the
 * category rules and the calendar of each criticality), read with its version as {@code ETag}
 * and replaced as a whole with {@code PUT} and {@code If-Match}. Reading needs the VIEW_SLA
 * permission, replacing MANAGE_SLA; the core decides both (403 otherwise).
 */
@Singleton
@Path(ApiPaths.SLA)
@Produces(MediaType.APPLICATION_JSON)
public final class SlaResource extends ResourceSupport {
    private final TicketQueries tickets;
    private final SlaQueries queries;
    private final SlaAdministration administration;

    public SlaResource(@Context Configuration configuration) {
        this(Resources.dependencies(configuration), ServiceLevelResources.of(configuration));
    }

    SlaResource(Resources.Dependencies ports, ServiceLevelResources.Ports levels) {
        super(ports.validation());
        this.tickets = checkNotNull(ports.queries(), "queries");
        this.queries = checkNotNull(levels.queries(), "queries");
        this.administration = checkNotNull(levels.administration(), "administration");
    }

    @GET
    @Path("at-risk")
    public AtRiskJson atRisk() {
        Actor actor = actor();
        List<AtRiskJson.AtRiskTicketJson> items = new ArrayList<>();
        for (SlaMeasurement measurement : queries.atRisk(actor)) {
            item(actor, measurement).ifPresent(items::add);
        }
        return new AtRiskJson(items);
    }

    /**
     * The SLA report over the tickets raised in {@code [from, to)} (ISO-8601 instants with
     * offset), cut into periods by {@code unit} ({@code WHOLE_RANGE} by default) in {@code zone}
     * ({@code Asia/Shanghai} by default). Needs VIEW_SLA.
     */
    @GET
    @Path("report")
    public SlaReportJson report(@QueryParam("from") String from, @QueryParam("to") String to,
                                @QueryParam("unit") String unit, @QueryParam("zone") String zone) {
        ReportScope scope = scope(from, to, unit, zone);
        return SlaReportJson.of(queries.report(actor(), scope));
    }

    /**
     * The actor's work queue (the tickets {@code GET /api/v1/queue} shows) in service-level
     * order: priority, then resolution deadline (paused clocks last), then number; pages of
     * {@code limit} (default 50, at most 500) with a {@code next} cursor.
     */
    @GET
    @Path("queue")
    public SlaQueueJson queue(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        int size = QueueResource.limit(limit);
        Optional<DeadlinePosition> after = Optional.ofNullable(cursor).map(DeadlineCursor::parse)
                .map(DeadlineCursor::position);
        Actor actor = actor();
        // one ticket more than the page tells whether a next page exists; a full page of the
        // largest size asks for the one ticket after it instead
        List<QueuedTicket> found = queries.queue(actor, Math.min(size + 1, TicketSearch.MAX_LIMIT), after);
        List<QueuedTicket> page = found.subList(0, Math.min(size, found.size()));
        boolean more = found.size() > size || (page.size() == TicketSearch.MAX_LIMIT
                && !queries.queue(actor, 1, Optional.of(page.get(page.size() - 1).position())).isEmpty());
        String next = more ? new DeadlineCursor(page.get(page.size() - 1).position()).token() : null;
        return new SlaQueueJson(page.stream().map(SlaQueueJson.QueuedTicketJson::of).toList(), next);
    }

    @GET
    @Path("configuration")
    public Response configuration(@HeaderParam(IF_NONE_MATCH) String ifNoneMatch) {
        SlaConfiguration configuration = administration.configuration(actor());
        return unlessNotModified(ifNoneMatch, configuration.version(), () -> SlaConfigurationJson.of(configuration));
    }

    /**
     * Replaces the configuration. Without MANAGE_SLA the answer is 403 whatever was sent.
     * {@code If-Match} names the version read ({@code "0"} before the first save) or is
     * {@code *}; every field the core would refuse is named (400) before anything is saved.
     */
    @PUT
    @Path("configuration")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response saveConfiguration(@HeaderParam(IF_MATCH) String ifMatch, SaveSlaConfigurationJson body) {
        Actor actor = actor();
        administration.checkMayManage(actor);
        IfMatch condition = IfMatch.parse(ifMatch);
        SaveSlaConfigurationJson json = body(body);
        Fields fields = new Fields();
        json.check(administration.calendarNames(actor), fields);
        valid(json, fields);
        if (condition.matchesNothing()) {
            throw ApiException.preconditionFailed();
        }
        long expected = condition.any() ? currentVersion(actor) : condition.version();
        SlaConfiguration saved = administration.saveConfiguration(actor, built(json, expected), json.reason());
        return Response.ok(SlaConfigurationJson.of(saved)).tag(etag(saved.version())).build();
    }

    private static ReportScope scope(String from, String to, String unit, String zone) {
        Fields fields = new Fields();
        Instant start = instant("from", from, fields);
        Instant end = instant("to", to, fields);
        fields.check(from != null, "from", "field.required");
        fields.check(to != null, "to", "field.required");
        PeriodUnit periods = unit == null ? PeriodUnit.WHOLE_RANGE : Enums.getIfPresent(PeriodUnit.class, unit.strip())
                .orNull();
        fields.check(periods != null, "unit", "field.unknown-value", Arrays.toString(PeriodUnit.values())
                .replaceAll("[\\[\\]]", ""));
        ZoneId in = zone(zone, fields);
        if (!fields.errors().isEmpty()) {
            throw ApiException.invalid(fields.errors());
        }
        try {
            return ReportScope.of(start, end, periods, in);
        } catch (IllegalArgumentException empty) {
            throw ApiException.invalid(FieldError.keyed("to", "field.invalid-range"));
        }
    }

    private static ZoneId zone(String zone, Fields fields) {
        if (zone == null) {
            return BusinessCalendar.SHANGHAI;
        }
        try {
            return ZoneId.of(zone.strip());
        } catch (DateTimeException unknown) {
            fields.check(false, "zone", "field.invalid-zone");
            return null;
        }
    }

    /** The ticket in the list; empty if the actor may not see it (or it is gone), so that it is left out. */
    private Optional<AtRiskJson.AtRiskTicketJson> item(Actor actor, SlaMeasurement measurement) {
        try {
            TicketView ticket = tickets.ticket(actor, measurement.ticketId());
            return Optional.of(AtRiskJson.AtRiskTicketJson.of(measurement, ticket.number().toString(), ticket.type()));
        } catch (TicketNotFoundException hidden) {
            return Optional.empty();
        }
    }

    private long currentVersion(Actor actor) {
        try {
            return administration.configuration(actor).version();
        } catch (SlaNotConfiguredException first) {
            return 0;
        }
    }

    /** The checks above leave the core nothing to refuse; should it still, the request is at fault (400). */
    private static SlaConfiguration built(SaveSlaConfigurationJson json, long version) {
        try {
            return json.configuration(version);
        } catch (IllegalArgumentException refused) {
            throw ApiException.invalid(FieldError.keyed("body", "field.refused-configuration", refused.getMessage()));
        }
    }
}
