package org.itilhis.adapters.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.itilhis.core.notification.WebhookSecret;
import org.itilhis.ports.notification.out.WebhookResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The sender against the HIS platform's real HTTP receiver, which checks each signature with its
 * own implementation and sometimes answers 500 or keeps silent past the timeout.
 */
class StandardWebhookSenderTest {
    private static final Instant NOW = Instant.now();
    private final WebhookSecret secret = WebhookSecret.generate(new Random(1));
    private final WebhookSecret rotated = WebhookSecret.generate(new Random(2));
    private final HisReceiver his;
    private final StandardWebhookSender sender = new StandardWebhookSender(
            new StandardWebhookSender.Settings(Duration.ofSeconds(2), Duration.ofMillis(500)));

    StandardWebhookSenderTest() throws IOException {
        his = new HisReceiver(secret.value());
    }

    @AfterEach
    void stop() {
        his.close();
    }

    @Test
    void aSignedDeliveryIsVerifiedByTheReceiverAndAcknowledged() throws IOException {
        WebhookResponse response = sender.send(Deliveries.to(his.url(), 42, NOW, secret));

        assertThat(response.delivered()).isTrue();
        assertThat(response.status()).hasValue(204);
        HisReceiver.Received received = his.received().get(0);
        assertThat(received.verified()).isTrue();
        assertThat(received.id()).isEqualTo("evt_42");
        assertThat(received.timestamp()).isEqualTo(Long.toString(NOW.getEpochSecond()));
        assertThat(received.signatures()).startsWith("v1,").doesNotContain(" ");
        assertThat(received.headers().get("Content-type")).containsExactly("application/json");
        JsonNode body = new ObjectMapper().readTree(received.body());
        assertThat(body.get("type").asText()).isEqualTo("ticket.assigned");
        assertThat(body.get("timestamp").asText()).isEqualTo("2026-12-07T02:00:00.500Z");
        assertThat(body.at("/data/id").asText()).isEqualTo("evt_42");
        assertThat(body.at("/data/position").asLong()).isEqualTo(42);
        assertThat(body.at("/data/ticket/number").asText()).isEqualTo("INC-2026-000123");
        assertThat(body.at("/data/ticket/priority").asText()).isEqualTo("P2");
        assertThat(body.at("/data/ticket/summary").asText()).isEqualTo("打印机卡纸 Printer jams in ward 5 east");
        WebhookSignature.verify(secret, received.id(), received.timestamp(), received.signatures(),
                received.body().getBytes(StandardCharsets.UTF_8), NOW);
    }

    @Test
    void aSignatureWithAnotherSecretIsRefusedByTheReceiverAndThatIsAFailure() {
        WebhookResponse response = sender.send(Deliveries.to(his.url(), 1, NOW, rotated));

        assertThat(response.delivered()).isFalse();
        assertThat(response.status()).hasValue(401);
        assertThat(his.received().get(0).verified()).isFalse();
    }

    @Test
    void aServerErrorIsAFailureWithItsStatus() {
        his.answerNext(500);

        WebhookResponse failed = sender.send(Deliveries.to(his.url(), 1, NOW, secret));
        WebhookResponse retried = sender.send(Deliveries.to(his.url(), 1, NOW.plusSeconds(30), secret));

        assertThat(failed.delivered()).isFalse();
        assertThat(failed.status()).hasValue(500);
        assertThat(failed.reason()).isEqualTo("HTTP 500");
        assertThat(retried.delivered()).isTrue();
        assertThat(his.received()).extracting(HisReceiver.Received::id).containsExactly("evt_1", "evt_1");
    }

    @Test
    void aReceiverSilentPastTheRequestTimeoutIsAFailureAfterTheTimeout() {
        his.sleepNext(2_000);

        WebhookResponse response = sender.send(Deliveries.to(his.url(), 1, NOW, secret));

        assertThat(response.delivered()).isFalse();
        assertThat(response.status()).isEmpty();
        assertThat(response.reason()).startsWith("timed out");
        assertThat(response.took()).isGreaterThanOrEqualTo(Duration.ofMillis(500)).isLessThan(Duration.ofMillis(1_900));
    }

    @Test
    void aRedirectIsNotFollowedAndIsAFailure() {
        his.answerNext(302);

        WebhookResponse response = sender.send(Deliveries.to(his.url(), 1, NOW, secret));

        assertThat(response.delivered()).isFalse();
        assertThat(response.status()).hasValue(302);
    }

    @Test
    void aRefusedConnectionIsAFailureWithItsReason() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        WebhookResponse response = sender.send(Deliveries.to(URI.create("http://127.0.0.1:" + closedPort + "/x"), 1,
                NOW, secret));

        assertThat(response.delivered()).isFalse();
        assertThat(response.status()).isEmpty();
        assertThat(response.reason()).startsWith("no answer");
    }

    @Test
    void duringARotationsGraceBothSignaturesVerifySoTheReceiverMayMoveAtItsOwnPace() {
        WebhookResponse withOld = sender.send(Deliveries.to(his.url(), 7, NOW, rotated, secret));
        his.holds(rotated.value());
        WebhookResponse withNew = sender.send(Deliveries.to(his.url(), 8, NOW, rotated, secret));

        assertThat(withOld.delivered()).isTrue();
        assertThat(withNew.delivered()).isTrue();
        assertThat(his.received()).allSatisfy(r -> {
            assertThat(r.verified()).isTrue();
            assertThat(r.signatures().split(" ")).hasSize(2);
        });
    }
}
