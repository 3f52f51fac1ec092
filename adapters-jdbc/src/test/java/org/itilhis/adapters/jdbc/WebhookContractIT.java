package org.itilhis.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.itilhis.core.notification.WebhookEvent;
import org.itilhis.core.notification.WebhookSecret;
import org.itilhis.core.notification.WebhookSubscription;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.notification.out.WebhookSubscriptionRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * As {@link StockContractIT}, for the webhook subscriptions' contract; and the event log of the
 * same database reading every webhook event back equal, no secret in any of them.
 */
abstract class WebhookContractIT extends DatabaseIT {
    @BeforeEach
    void emptyTables() {
        db.emptyTables();
    }

    @Test
    void everyWebhookEventIsAppendedToTheEventLogAndReadBackEqualWithoutASecret() {
        StaffId director = StaffId.of("M0001");
        Instant at = Instant.parse("2027-03-01T02:15:30.123456789Z");
        WebhookSecret secret = WebhookSecret.generate(new Random(1));
        WebhookSubscription his = WebhookSubscription.subscribe(webhookSubscriptions().nextId(), director,
                "https://his.example.org/事件?x=1", List.of("ticket.*", "sla.threshold-crossed"), secret, director, at);
        his.rotateSecret(WebhookSecret.generate(new Random(2)), Duration.ofHours(24), director, at.plusSeconds(1));
        his.disableAfterFailures(10, "HTTP 503", StaffId.of("system"), at.plusSeconds(2));
        his.enable(director, at.plusSeconds(3));
        his.disable(director, at.plusSeconds(4));
        his.delete(director, at.plusSeconds(5));
        List<WebhookEvent> events = his.pullEvents();
        storage.transactions().inTransaction(() -> {
            storage.events().append(events);
            return null;
        });

        List<DomainEvent> history = storage.events().history(WebhookSubscription.aggregateIdOf(his.id()));
        assertThat(history).containsExactlyElementsOf(events);
        assertThat(history).extracting(DomainEvent::type).containsExactly("webhook.subscribed",
                "webhook.secret-rotated", "webhook.disabled", "webhook.enabled", "webhook.disabled", "webhook.deleted");
        assertThat(history.toString()).doesNotContain(secret.value().substring(6));
    }

    public Transactions transactions() {
        return storage.transactions();
    }

    public WebhookSubscriptionRepository webhookSubscriptions() {
        return storage.webhooks().subscriptions();
    }
}
