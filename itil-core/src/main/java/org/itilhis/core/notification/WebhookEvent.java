package org.itilhis.core.notification;

import com.google.common.base.CaseFormat;
import com.google.common.collect.ImmutableSortedSet;
import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.StaffId;

/**
 * What happens to a webhook subscription. Never carries a secret: a rotation says only until
 * when the previous secret still signs.
 */
public sealed interface WebhookEvent extends DomainEvent {
    WebhookId webhookId();

    @Override
    default String aggregateId() {
        return WebhookSubscription.aggregateIdOf(webhookId());
    }

    @Override
    default String type() {
        return "webhook." + CaseFormat.UPPER_CAMEL.to(CaseFormat.LOWER_HYPHEN, getClass().getSimpleName());
    }

    /** A subscription made, enabled, owned by {@code owner}, to events of {@code eventTypes} sent to {@code url}. */
    record Subscribed(WebhookId webhookId, StaffId owner, String url, ImmutableSortedSet<String> eventTypes,
                      StaffId actor, Instant occurredAt) implements WebhookEvent {
    }

    /** The secret replaced; the previous one signs too until {@code previousValidUntil}. */
    record SecretRotated(WebhookId webhookId, Instant previousValidUntil, StaffId actor, Instant occurredAt)
            implements WebhookEvent {
    }

    /**
     * Deliveries stopped: by {@code actor}, or by the library ({@code cause} {@code FAILURES})
     * after {@code consecutiveFailures} failed deliveries in a row.
     */
    record Disabled(WebhookId webhookId, WebhookSubscription.DisabledCause cause, int consecutiveFailures,
                    Optional<String> lastFailure, StaffId actor, Instant occurredAt) implements WebhookEvent {
    }

    /** Deliveries resumed, the count of failures back at zero. */
    record Enabled(WebhookId webhookId, StaffId actor, Instant occurredAt) implements WebhookEvent {
    }

    /** The subscription deleted: nothing more is sent to it. */
    record Deleted(WebhookId webhookId, StaffId actor, Instant occurredAt) implements WebhookEvent {
    }
}
