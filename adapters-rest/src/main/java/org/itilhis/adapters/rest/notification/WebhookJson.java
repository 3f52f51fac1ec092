package org.itilhis.adapters.rest.notification;

import java.time.Instant;
import java.util.List;
import org.itilhis.core.notification.WebhookSubscription;
import org.itilhis.ports.notification.in.SubscribedWebhook;
import org.itilhis.ports.notification.in.WebhookView;

/** The webhook subscriptions as the API shows them (never their secrets but once) and the bodies it takes. */
public final class WebhookJson {
    private WebhookJson() {
    }

    /** Why and since when deliveries stopped. */
    public record DisabledJson(WebhookSubscription.DisabledCause cause, String by, int consecutiveFailures,
                               String lastFailure, Instant at) {
        static DisabledJson of(WebhookSubscription.Disablement d) {
            return new DisabledJson(d.cause(), d.by().value(), d.consecutiveFailures(), d.lastFailure().orElse(null),
                    d.at());
        }
    }

    /** A subscription, without its secrets. */
    public record WebhookSubscriptionJson(String id, String owner, String url, List<String> eventTypes,
                                          boolean enabled, DisabledJson disabled, int consecutiveFailures,
                                          Instant previousSecretValidUntil, Instant subscribedAt, long version) {
        static WebhookSubscriptionJson of(WebhookView view) {
            return new WebhookSubscriptionJson(view.id().toString(), view.owner().value(), view.url(),
                    List.copyOf(view.eventTypes()), view.enabled(), view.disabled().map(DisabledJson::of).orElse(null),
                    view.consecutiveFailures(), view.previousSecretValidUntil().orElse(null), view.subscribedAt(),
                    view.version());
        }
    }

    /** A subscription just made or whose secret was just rotated, with its secret: shown this once. */
    public record SubscribedWebhookJson(String id, String owner, String url, List<String> eventTypes,
                                        boolean enabled, DisabledJson disabled, int consecutiveFailures,
                                        Instant previousSecretValidUntil, Instant subscribedAt, long version,
                                        String secret) {
        static SubscribedWebhookJson of(SubscribedWebhook subscribed) {
            WebhookSubscriptionJson v = WebhookSubscriptionJson.of(subscribed.webhook());
            return new SubscribedWebhookJson(v.id(), v.owner(), v.url(), v.eventTypes(), v.enabled(), v.disabled(),
                    v.consecutiveFailures(), v.previousSecretValidUntil(), v.subscribedAt(), v.version(),
                    subscribed.secret().value());
        }
    }

    public record WebhookSubscriptionsJson(List<WebhookSubscriptionJson> items) {
    }

    /**
     * {@code POST /webhook-subscriptions}: the target address, the event types (names or
     * wildcards {@code ticket.*}), the secret ({@code whsec_...}, generated when absent) and the
     * owner (the actor when absent).
     */
    public record WebhookSubscriptionBodyJson(String url, List<String> eventTypes, String secret, String owner) {
    }

    /** {@code POST /webhook-subscriptions/{id}/rotate-secret}: the new secret, generated when absent. */
    public record RotateSecretBodyJson(String secret) {
    }
}
