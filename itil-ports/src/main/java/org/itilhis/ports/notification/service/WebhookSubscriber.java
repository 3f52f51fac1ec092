package org.itilhis.ports.notification.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.notification.WebhookId;
import org.itilhis.core.notification.WebhookSubscription;
import org.itilhis.ports.notification.out.RelayedEvent;
import org.itilhis.ports.notification.out.Subscriber;
import org.itilhis.ports.notification.out.WebhookRequest;
import org.itilhis.ports.notification.out.WebhookResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The relay's subscriber for one webhook subscription, {@code webhook:<id>}: wants the events of
 * the subscription's types, and delivers each by its {@link
 * org.itilhis.ports.notification.out.WebhookSender}, signed with the secrets current at the time
 * of the attempt. A failed delivery counts one more consecutive failure and throws, so that the
 * relay retries it; the failure that reaches the settings' limit disables the subscription (its
 * event, in a short transaction of its own after the HTTP call) and its owner is told. A success
 * sets the count back to zero. A subscription deleted or disabled since the relay listed it takes
 * nothing more: its event is done.
 */
final class WebhookSubscriber implements Subscriber {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookSubscriber.class);

    private final WebhookId id;
    private final WebhookSubscription listed;
    private final WebhookPorts ports;
    private final WebhookSettings settings;
    private final WebhookPayloads payloads;
    private final WebhookService service;

    WebhookSubscriber(WebhookSubscription listed, WebhookPorts ports, WebhookSettings settings,
                      WebhookPayloads payloads, WebhookService service) {
        this.listed = checkNotNull(listed, "listed");
        this.id = listed.id();
        this.ports = checkNotNull(ports, "ports");
        this.settings = checkNotNull(settings, "settings");
        this.payloads = checkNotNull(payloads, "payloads");
        this.service = checkNotNull(service, "service");
    }

    /** {@code webhook:<id>}. */
    static String nameOf(WebhookId id) {
        return "webhook:" + id;
    }

    @Override
    public String name() {
        return nameOf(id);
    }

    @Override
    public boolean wants(RelayedEvent event) {
        return listed.wants(event.event().type());
    }

    /** @throws WebhookDeliveryException if the receiver did not acknowledge the delivery */
    @Override
    public void deliver(RelayedEvent event) {
        Optional<WebhookSubscription> current = ports.subscriptions().find(id);
        if (current.isEmpty() || !current.get().isEnabled() || !current.get().wants(event.event().type())) {
            return;
        }
        WebhookSubscription subscription = current.get();
        Instant now = ports.desk().clock().instant();
        WebhookRequest request = WebhookRequest.of(URI.create(subscription.url()), event.id(), now,
                payloads.of(event), subscription.signingSecrets(now));
        WebhookResponse response = send(request);
        if (response.delivered()) {
            if (subscription.consecutiveFailures() > 0) {
                ports.subscriptions().recordSuccess(id);
            }
            return;
        }
        int failures = ports.subscriptions().recordFailure(id);
        LOG.debug("webhook {} failed to deliver {} ({} in a row): {}", id, event.id(), failures, response.reason());
        if (failures >= settings.maxConsecutiveFailures()) {
            service.disableAfterFailures(id, failures, response.reason());
        }
        throw new WebhookDeliveryException(id, event.id(), failures, response);
    }

    private WebhookResponse send(WebhookRequest request) {
        Instant started = ports.desk().clock().instant();
        try {
            return ports.sender().send(request);
        } catch (RuntimeException failed) {
            return WebhookResponse.unanswered(String.valueOf(failed.getMessage()),
                    java.time.Duration.between(started, ports.desk().clock().instant()));
        }
    }
}
