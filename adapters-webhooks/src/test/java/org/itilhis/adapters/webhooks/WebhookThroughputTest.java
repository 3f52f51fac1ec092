package org.itilhis.adapters.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.itilhis.core.notification.WebhookSecret;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A throughput measurement: {@code webhooks.deliveries} (500 by default; 5000 for the figure)
 * signed deliveries sent one after another, as the relay sends a subscriber's events, to the local
 * receiver, which verifies each. Logs the deliveries per second:
 * {@code mvn -o -pl adapters-webhooks -am test -Dtest=WebhookThroughputTest -Dsurefire.failIfNoSpecifiedTests=false -Dwebhooks.deliveries=5000}.
 */
class WebhookThroughputTest {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookThroughputTest.class);

    @Test
    void deliveriesInSequenceAreEachVerifiedAndCounted() throws IOException {
        int deliveries = Integer.getInteger("webhooks.deliveries", 500);
        WebhookSecret secret = WebhookSecret.generate(new Random(1));
        StandardWebhookSender sender = new StandardWebhookSender(StandardWebhookSender.Settings.defaults());
        try (HisReceiver his = new HisReceiver(secret.value())) {
            for (int warm = 1; warm <= 200; warm++) {
                sender.send(Deliveries.to(his.url(), warm, Instant.now(), secret));
            }
            long started = System.nanoTime();
            int delivered = 0;
            for (int position = 1; position <= deliveries; position++) {
                if (sender.send(Deliveries.to(his.url(), position, Instant.now(), secret)).delivered()) {
                    delivered++;
                }
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            double perSecond = deliveries / (took.toNanos() / 1e9);
            LOG.info("{} signed webhook deliveries in sequence in {} ms: {} deliveries/s", deliveries,
                    took.toMillis(), String.format("%.0f", perSecond));

            assertThat(delivered).isEqualTo(deliveries);
            assertThat(his.genuine()).isEqualTo(deliveries + 200);
        }
    }
}
