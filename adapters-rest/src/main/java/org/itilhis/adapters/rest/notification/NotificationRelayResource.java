package org.itilhis.adapters.rest.notification;

import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.itilhis.adapters.rest.notification.NotificationRelayJson.DeadLettersJson;
import org.itilhis.adapters.rest.notification.NotificationRelayJson.PendingDeliveryJson;
import org.itilhis.adapters.rest.notification.NotificationRelayJson.RelayOverviewJson;
import org.itilhis.adapters.rest.notification.NotificationRelayJson.SkipJson;
import org.itilhis.adapters.rest.notification.NotificationRelayJson.SkippedJson;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.core.notification.PendingDelivery;
import org.itilhis.ports.notification.in.RelayCommand;

/**
 * The notification relay: every subscriber's standing ({@code GET}), a subscriber's dead
 * letters ({@code GET /{subscriber}/dead-letters?after=&limit=}), and replaying or skipping one
 * ({@code POST /{subscriber}/dead-letters/{position}/replay}, {@code .../skip} with a reason).
 */
@Singleton
@Path(NotificationRelayResources.RELAY)
@Produces(MediaType.APPLICATION_JSON)
public final class NotificationRelayResource extends ResourceSupport {
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 200;

    private final NotificationRelayResources.Ports ports;

    public NotificationRelayResource(@Context Configuration configuration) {
        super(Resources.dependencies(configuration).validation());
        this.ports = NotificationRelayResources.of(configuration);
    }

    @GET
    public RelayOverviewJson overview() {
        return RelayOverviewJson.of(ports.queries().overview(actor()));
    }

    @GET
    @Path("{subscriber}/dead-letters")
    public DeadLettersJson deadLetters(@PathParam("subscriber") String subscriber, @QueryParam("after") String after,
                                       @QueryParam("limit") String limit) {
        Fields fields = new Fields();
        long from = after == null ? 0 : position("after", after, fields, 0);
        int size = fields.count("limit", limit, MAX_LIMIT, DEFAULT_LIMIT);
        if (!fields.errors().isEmpty()) {
            throw ApiException.invalid(fields.errors());
        }
        List<PendingDelivery> found = ports.queries().deadLetters(actor(), subscriber, from, size + 1);
        List<PendingDelivery> page = found.subList(0, Math.min(size, found.size()));
        Long next = found.size() > size ? page.get(page.size() - 1).position() : null;
        return new DeadLettersJson(page.stream().map(PendingDeliveryJson::of).toList(), next);
    }

    @POST
    @Path("{subscriber}/dead-letters/{position}/replay")
    public PendingDeliveryJson replay(@PathParam("subscriber") String subscriber,
                                      @PathParam("position") String position) {
        Fields fields = new Fields();
        long at = position("position", position, fields, 1);
        return PendingDeliveryJson.of(ports.deadLetters().replay(
                valid(new RelayCommand.ReplayDeadLetter(actor(), subscriber, at), fields)));
    }

    @POST
    @Path("{subscriber}/dead-letters/{position}/skip")
    @Consumes(MediaType.APPLICATION_JSON)
    public SkippedJson skip(@PathParam("subscriber") String subscriber, @PathParam("position") String position,
                            SkipJson body) {
        SkipJson json = body(body);
        Fields fields = new Fields();
        long at = position("position", position, fields, 1);
        Optional<PendingDelivery> released = ports.deadLetters().skip(
                valid(new RelayCommand.SkipDeadLetter(actor(), subscriber, at, json.reason()), fields));
        return new SkippedJson(released.map(PendingDeliveryJson::of).orElse(null));
    }

    /** An event position given as text, at least {@code least}; anything else is recorded against {@code field}. */
    private static long position(String field, String text, Fields fields, long least) {
        try {
            long position = Long.parseLong(text.strip());
            if (position >= least) {
                return position;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        fields.check(false, field, "field.invalid-value");
        return least;
    }
}
