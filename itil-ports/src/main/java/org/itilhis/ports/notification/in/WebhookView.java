package org.itilhis.ports.notification.in;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedSet;
import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.notification.WebhookId;
import org.itilhis.core.notification.WebhookSubscription;
import org.itilhis.core.notification.WebhookSubscription.Disablement;
import org.itilhis.core.shared.StaffId;

/**
 * A webhook subscription as it is shown: never its secrets, only until when a previous one
 * still signs after a rotation.
 *
 * @param disabled            why and since when deliveries stopped, when they did
 * @param consecutiveFailures the failed deliveries since the last success
 */
public record WebhookView(WebhookId id, StaffId owner, String url, ImmutableSortedSet<String> eventTypes,
                          boolean enabled, Optional<Disablement> disabled, int consecutiveFailures,
                          Optional<Instant> previousSecretValidUntil, Instant subscribedAt, long version) {
    public WebhookView {
        checkNotNull(id, "id");
        checkNotNull(owner, "owner");
        checkNotNull(url, "url");
        checkNotNull(eventTypes, "eventTypes");
        checkNotNull(disabled, "disabled");
        checkNotNull(previousSecretValidUntil, "previousSecretValidUntil");
        checkNotNull(subscribedAt, "subscribedAt");
    }

    public static WebhookView of(WebhookSubscription s) {
        return new WebhookView(s.id(), s.owner(), s.url(), s.eventTypes(), s.isEnabled(), s.disabled(),
                s.consecutiveFailures(), s.previousSecretValidUntil(), s.subscribedAt(), s.version());
    }
}
