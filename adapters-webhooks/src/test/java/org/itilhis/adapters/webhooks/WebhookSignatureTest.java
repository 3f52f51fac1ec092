package org.itilhis.adapters.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.itilhis.core.notification.WebhookSecret;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {
    /** The example of the Standard Webhooks reference libraries' tests. */
    private static final WebhookSecret SPEC_SECRET = WebhookSecret.parse("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    private static final String SPEC_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long SPEC_TIMESTAMP = 1614265330;
    private static final byte[] SPEC_BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
    private static final String SPEC_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
    private static final Instant SPEC_NOW = Instant.ofEpochSecond(SPEC_TIMESTAMP);

    @Test
    void theSpecsExampleIsSignedAsTheReferenceLibrariesSignIt() {
        assertThat(WebhookSignature.sign(SPEC_SECRET, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY)).isEqualTo(SPEC_SIGNATURE);
    }

    @Test
    void aDeliveryVerifiesWithinFiveMinutesOfItsTimestampAndNotLater() {
        String stamp = Long.toString(SPEC_TIMESTAMP);

        WebhookSignature.verify(SPEC_SECRET, SPEC_ID, stamp, SPEC_SIGNATURE, SPEC_BODY, SPEC_NOW.plusSeconds(300));
        WebhookSignature.verify(SPEC_SECRET, SPEC_ID, stamp, SPEC_SIGNATURE, SPEC_BODY, SPEC_NOW.minusSeconds(300));
        assertThatThrownBy(() -> WebhookSignature.verify(SPEC_SECRET, SPEC_ID, stamp, SPEC_SIGNATURE, SPEC_BODY,
                SPEC_NOW.plusSeconds(301))).isInstanceOf(InvalidWebhookSignatureException.class)
                .hasMessageContaining("5 minutes");
    }

    @Test
    void anyOfSeveralSignaturesVerifiesAndOthersVersionsAreIgnored() {
        WebhookSecret other = WebhookSecret.generate(new Random(3));
        String header = WebhookSignature.header(List.of(other, SPEC_SECRET), SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY);

        assertThat(header.split(" ")).hasSize(2).endsWith(SPEC_SIGNATURE);
        assertThat(WebhookSignature.isGenuine(SPEC_SECRET, SPEC_ID, "1614265330", header, SPEC_BODY, SPEC_NOW)).isTrue();
        assertThat(WebhookSignature.isGenuine(SPEC_SECRET, SPEC_ID, "1614265330", "v2," + SPEC_SIGNATURE.substring(3),
                SPEC_BODY, SPEC_NOW)).isFalse();
    }

    @Test
    void anotherIdTimestampOrSecretOrAMissingHeaderIsRefused() {
        assertThat(WebhookSignature.isGenuine(SPEC_SECRET, "msg_other", "1614265330", SPEC_SIGNATURE, SPEC_BODY,
                SPEC_NOW)).isFalse();
        assertThat(WebhookSignature.isGenuine(SPEC_SECRET, SPEC_ID, "1614265331", SPEC_SIGNATURE, SPEC_BODY,
                SPEC_NOW)).isFalse();
        assertThat(WebhookSignature.isGenuine(WebhookSecret.generate(new Random(4)), SPEC_ID, "1614265330",
                SPEC_SIGNATURE, SPEC_BODY, SPEC_NOW)).isFalse();
        assertThat(WebhookSignature.isGenuine(SPEC_SECRET, SPEC_ID, "1614265330", "v1,not-base64!", SPEC_BODY,
                SPEC_NOW)).isFalse();
        assertThatThrownBy(() -> WebhookSignature.verify(SPEC_SECRET, SPEC_ID, null, SPEC_SIGNATURE, SPEC_BODY,
                SPEC_NOW)).hasMessageContaining("missing");
        assertThatThrownBy(() -> WebhookSignature.verify(SPEC_SECRET, SPEC_ID, "yesterday", SPEC_SIGNATURE, SPEC_BODY,
                SPEC_NOW)).hasMessageContaining("Unix seconds");
    }
}
