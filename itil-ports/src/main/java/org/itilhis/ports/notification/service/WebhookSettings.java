package org.itilhis.ports.notification.service;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;

/**
 * The hospital's rules for its webhooks.
 *
 * @param maxConsecutiveFailures after this many failed deliveries in a row a subscription is
 *                               disabled and its owner told
 * @param secretGrace            how long a rotated secret's predecessor keeps signing
 */
public record WebhookSettings(int maxConsecutiveFailures, Duration secretGrace) {
    public WebhookSettings {
        checkArgument(maxConsecutiveFailures >= 1, "maxConsecutiveFailures %s", maxConsecutiveFailures);
        checkNotNull(secretGrace, "secretGrace");
        checkArgument(!secretGrace.isNegative(), "secretGrace %s is negative", secretGrace);
    }

    /** Disabled after 10 failures in a row; a rotated secret signs on for 24 hours. */
    public static WebhookSettings hospitalDefault() {
        return new WebhookSettings(10, Duration.ofHours(24));
    }
}
