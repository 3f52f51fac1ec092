package org.itilhis.adapters.rest.monitoring;

import static com.google.common.base.Preconditions.checkNotNull;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.itilhis.adapters.rest.auth.PublicEndpoint;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.monitoring.AlertStatus;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.monitoring.in.AlertDelivery;
import org.itilhis.ports.monitoring.in.AlertSearch;
import org.itilhis.ports.monitoring.in.AlertView;

/**
 * {@code /api/v1/alerts}: the receivers and the recorded alerts.
 *
 * <p>The two share one path template, {@code /alerts/{key}}: the source's code to a receiver, an
 * alert's position to a reader (the OpenAPI document cannot hold two templates that differ only in
 * their parameter's name).
 *
 * <p>{@code POST /alerts/{source}} takes a monitoring source's delivery in the format of the
 * source's kind. It is not authenticated by the staff's tokens ({@link PublicEndpoint}): the
 * source presents its own bearer token ({@code Authorization: Bearer ...}) and, for a signed
 * generic source, {@code X-Itilhis-Signature: sha256=<hex>} over the raw body. 200 with the counts
 * (recorded, duplicates, rejected, unmapped) even when some alerts were rejected, since sources
 * retry what is not acknowledged; 404 for an unknown source, 401 for bad credentials, 400 for a
 * body not in the format, each a problem document (the last two recorded as rejections).
 *
 * <p>{@code GET /alerts} lists them newest first ({@code source}, {@code ci}, {@code status},
 * {@code since}, {@code unmapped=true}, {@code cursor}, {@code limit}); {@code GET /alerts/{position}} one.
 */
@Singleton
@Path(MonitoringResources.ALERTS)
@Produces(MediaType.APPLICATION_JSON)
public final class AlertResource extends ResourceSupport {
    /** The header a signed generic source sends. */
    public static final String SIGNATURE = "X-Itilhis-Signature";
    static final int DEFAULT_LIMIT = 50;

    private final MonitoringResources.Ports ports;

    public AlertResource(@Context Configuration configuration) {
        this(Resources.dependencies(configuration), MonitoringResources.of(configuration));
    }

    AlertResource(Resources.Dependencies dependencies, MonitoringResources.Ports ports) {
        super(dependencies.validation());
        this.ports = checkNotNull(ports, "ports");
    }

    @POST
    @Path("{key}")
    @PublicEndpoint
    @Consumes(MediaType.APPLICATION_JSON)
    public MonitoringJson.IntakeJson receive(@PathParam("key") String source,
                                             @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                             @HeaderParam(SIGNATURE) String signature, InputStream body) {
        byte[] bytes;
        try {
            bytes = body == null ? new byte[0] : body.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return MonitoringJson.IntakeJson.of(ports.intake().receive(new AlertDelivery(source, bearer(authorization),
                Optional.ofNullable(signature), bytes)));
    }

    @GET
    public MonitoringJson.ReceivedAlertsJson list(@QueryParam("source") String source, @QueryParam("ci") String ci,
                                          @QueryParam("status") String status, @QueryParam("since") String since,
                                          @QueryParam("unmapped") String unmapped, @QueryParam("cursor") String cursor,
                                          @QueryParam("limit") String limit) {
        return page(ports, actor(), source, ci, status, since, "true".equalsIgnoreCase(unmapped), cursor, limit);
    }

    @GET
    @Path("{key}")
    public MonitoringJson.ReceivedAlertJson get(@PathParam("key") String position) {
        Fields fields = new Fields();
        long at = positive(fields, "position", position).orElse(0L);
        if (!fields.errors().isEmpty()) {
            throw ApiException.invalid(fields.errors());
        }
        return MonitoringJson.ReceivedAlertJson.of(ports.queries().alert(actor(), at));
    }

    /** A page of alerts as the query parameters ask, for this resource and the unmapped list. */
    static MonitoringJson.ReceivedAlertsJson page(MonitoringResources.Ports ports, Actor actor, String source,
                                          String ci, String status, String since, boolean unmapped, String cursor,
                                          String limit) {
        Fields fields = new Fields();
        Optional<CiId> item = ci == null ? Optional.empty() : Optional.ofNullable(fields.id("ci", ci, CiId::parse));
        Optional<AlertStatus> state = Optional.empty();
        if (status != null) {
            String upper = status.strip().toUpperCase(Locale.ROOT);
            boolean known = upper.equals("FIRING") || upper.equals("RESOLVED");
            fields.check(known, "status", "field.invalid-value", status);
            state = known ? Optional.of(AlertStatus.valueOf(upper)) : Optional.empty();
        }
        Optional<Instant> from = Optional.ofNullable(instant("since", since, fields));
        Optional<Long> before = positive(fields, "cursor", cursor);
        int size = fields.count("limit", limit, AlertSearch.MAX_LIMIT, DEFAULT_LIMIT);
        fields.check(!(unmapped && item.isPresent()), "ci", "field.invalid-value", ci);
        if (!fields.errors().isEmpty()) {
            throw ApiException.invalid(fields.errors());
        }
        List<AlertView> alerts = ports.queries().alerts(actor, new AlertSearch(
                Optional.ofNullable(source), item, state, from, unmapped, before, size));
        String next = alerts.size() < size ? null : Long.toString(alerts.get(alerts.size() - 1).position());
        return new MonitoringJson.ReceivedAlertsJson(alerts.stream().map(MonitoringJson.ReceivedAlertJson::of).toList(), next);
    }

    /** A positive whole number given as text; empty when absent, and recorded against {@code field} when wrong. */
    static Optional<Long> positive(Fields fields, String field, String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            long value = Long.parseLong(text.strip());
            fields.check(value > 0, field, "field.invalid-value", text);
            return value > 0 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException notANumber) {
            fields.check(false, field, "field.invalid-value", text);
            return Optional.empty();
        }
    }

    /** The bearer token of an {@code Authorization} header, when it is one. */
    private static Optional<String> bearer(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        String[] parts = authorization.strip().split(" +", 2);
        return parts.length == 2 && parts[0].equalsIgnoreCase("bearer") ? Optional.of(parts[1].strip())
                : Optional.empty();
    }
}
