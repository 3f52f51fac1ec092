package org.itilhis.adapters.rest.notification;

import static com.google.common.base.Preconditions.checkNotNull;
import static jakarta.ws.rs.core.HttpHeaders.IF_MATCH;
import static jakarta.ws.rs.core.HttpHeaders.IF_NONE_MATCH;

import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.itilhis.adapters.rest.common.ApiPaths;
import org.itilhis.adapters.rest.common.Conditions;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.common.IdempotentCreation;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.adapters.rest.notification.WebhookJson.RotateSecretBodyJson;
import org.itilhis.adapters.rest.notification.WebhookJson.SubscribedWebhookJson;
import org.itilhis.adapters.rest.notification.WebhookJson.WebhookSubscriptionBodyJson;
import org.itilhis.adapters.rest.notification.WebhookJson.WebhookSubscriptionJson;
import org.itilhis.adapters.rest.notification.WebhookJson.WebhookSubscriptionsJson;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.core.notification.WebhookId;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.notification.in.SubscribedWebhook;
import org.itilhis.ports.notification.in.WebhookCommand;
import org.itilhis.ports.notification.in.WebhookView;

/**
 * {@code /api/v1/webhook-subscriptions}: the subscriptions (never their secrets), one (with
 * {@code ETag}; {@code If-None-Match} answers 304), subscribing one ({@code 201} with its secret,
 * the only time it is shown; idempotent with {@code Idempotency-Key}), rotating its secret (the
 * new one shown once), enabling, disabling and deleting it, each with {@code If-Match}. An answer
 * carrying a secret is marked {@code Cache-Control: no-store}.
 */
@Singleton
@Path(WebhookResources.SUBSCRIPTIONS)
@Produces(MediaType.APPLICATION_JSON)
public final class WebhookSubscriptionResource extends ResourceSupport {
    private static final String NO_STORE = "no-store";

    private final WebhookResources.Ports ports;
    private final IdempotentCreation creation;

    public WebhookSubscriptionResource(@Context Configuration configuration) {
        this(Resources.dependencies(configuration), WebhookResources.of(configuration));
    }

    WebhookSubscriptionResource(Resources.Dependencies dependencies, WebhookResources.Ports ports) {
        super(dependencies.validation());
        this.ports = checkNotNull(ports, "ports");
        this.creation = dependencies.idempotentCreation();
    }

    @GET
    public WebhookSubscriptionsJson list() {
        return new WebhookSubscriptionsJson(ports.queries().webhooks(actor()).stream()
                .map(WebhookSubscriptionJson::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response subscribe(@HeaderParam(ApiPaths.IDEMPOTENCY_KEY) String key, WebhookSubscriptionBodyJson body) {
        Actor actor = actor();
        WebhookSubscriptionBodyJson json = body(body);
        Response created = creation.create(actor, key, new Fingerprint("subscribe-webhook", json), () -> {
            Fields fields = new Fields();
            StaffId owner = json.owner() == null ? null : fields.id("owner", json.owner(), StaffId::of);
            SubscribedWebhook subscribed = ports.subscriptions().subscribe(valid(new WebhookCommand.Subscribe(actor,
                    json.url(), json.eventTypes() == null ? null : List.copyOf(json.eventTypes()), json.secret(),
                    owner), fields));
            return new IdempotentCreation.Created(WebhookResources.SUBSCRIPTIONS.substring(1) + "/"
                    + subscribed.webhook().id(), SubscribedWebhookJson.of(subscribed));
        });
        return Response.fromResponse(created).header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id, @HeaderParam(IF_NONE_MATCH) String ifNoneMatch) {
        WebhookView view = ports.queries().webhook(actor(), webhookId(id));
        return unlessNotModified(ifNoneMatch, view.version(), () -> WebhookSubscriptionJson.of(view));
    }

    @POST
    @Path("{id}/rotate-secret")
    public Response rotateSecret(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch,
                                 RotateSecretBodyJson body) {
        Actor actor = actor();
        WebhookId webhook = webhookId(id);
        Long version = expected(actor, webhook, ifMatch);
        SubscribedWebhook rotated = ports.subscriptions().rotateSecret(valid(new WebhookCommand.RotateSecret(actor,
                webhook, version, body == null ? null : body.secret()), new Fields()));
        return Response.ok(SubscribedWebhookJson.of(rotated)).tag(etag(rotated.webhook().version()))
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    @POST
    @Path("{id}/enable")
    public Response enable(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch) {
        Actor actor = actor();
        WebhookId webhook = webhookId(id);
        Long version = expected(actor, webhook, ifMatch);
        return answer(ports.subscriptions().enable(valid(new WebhookCommand.Enable(actor, webhook, version),
                new Fields())));
    }

    @POST
    @Path("{id}/disable")
    public Response disable(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch) {
        Actor actor = actor();
        WebhookId webhook = webhookId(id);
        Long version = expected(actor, webhook, ifMatch);
        return answer(ports.subscriptions().disable(valid(new WebhookCommand.Disable(actor, webhook, version),
                new Fields())));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch) {
        Actor actor = actor();
        WebhookId webhook = webhookId(id);
        Long version = expected(actor, webhook, ifMatch);
        ports.subscriptions().delete(valid(new WebhookCommand.Delete(actor, webhook, version), new Fields()));
        return Response.noContent().build();
    }

    private Long expected(Actor actor, WebhookId webhook, String ifMatch) {
        return Conditions.expected(ifMatch, () -> ports.queries().webhook(actor, webhook));
    }

    private static Response answer(WebhookView view) {
        return Response.ok(WebhookSubscriptionJson.of(view)).tag(etag(view.version())).build();
    }

    private static WebhookId webhookId(String id) {
        Fields fields = new Fields();
        UUID value = fields.uuid("id", id);
        if (value == null) {
            throw ApiException.invalid(fields.errors());
        }
        return new WebhookId(value);
    }

    /** What makes two creating requests the same request, besides the key. */
    private record Fingerprint(String operation, Object body) {
    }
}
