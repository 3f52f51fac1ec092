package org.itilhis.ports.notification.in;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.core.notification.WebhookSecret;

/**
 * A subscription just made or whose secret was just rotated, with its secret: the only time the
 * library hands the secret out. {@link #toString()} leaves it out.
 */
public record SubscribedWebhook(WebhookView webhook, WebhookSecret secret) {
    public SubscribedWebhook {
        checkNotNull(webhook, "webhook");
        checkNotNull(secret, "secret");
    }

    @Override
    public String toString() {
        return "SubscribedWebhook[" + webhook + "]";
    }
}
