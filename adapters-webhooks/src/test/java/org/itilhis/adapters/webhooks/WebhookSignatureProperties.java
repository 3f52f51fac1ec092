package org.itilhis.adapters.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Base64;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.itilhis.core.notification.WebhookSecret;

/** Signing then verifying holds for any body and secret; changing any one byte of the body breaks it. */
class WebhookSignatureProperties {
    private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");

    @Provide
    Arbitrary<WebhookSecret> secrets() {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(WebhookSecret.MIN_BYTES)
                .ofMaxSize(WebhookSecret.MAX_BYTES)
                .map(key -> WebhookSecret.parse("whsec_" + Base64.getEncoder().encodeToString(key)));
    }

    @Property
    void whatIsSignedVerifies(@ForAll("secrets") WebhookSecret secret, @ForAll @Size(max = 4096) byte[] body,
                              @ForAll @IntRange(min = -300, max = 300) int skew) {
        String signature = WebhookSignature.sign(secret, "evt_42", NOW.getEpochSecond(), body);

        assertThat(WebhookSignature.isGenuine(secret, "evt_42", Long.toString(NOW.getEpochSecond()), signature, body,
                NOW.plusSeconds(skew))).isTrue();
    }

    @Property
    void anyChangedByteOfTheBodyFails(@ForAll("secrets") WebhookSecret secret,
                                      @ForAll @Size(min = 1, max = 4096) byte[] body, @ForAll int where,
                                      @ForAll @IntRange(min = 1, max = 255) int flip) {
        String signature = WebhookSignature.sign(secret, "evt_42", NOW.getEpochSecond(), body);
        byte[] changed = body.clone();
        int at = Math.floorMod(where, body.length);
        changed[at] = (byte) (changed[at] ^ flip);

        assertThat(WebhookSignature.isGenuine(secret, "evt_42", Long.toString(NOW.getEpochSecond()), signature,
                changed, NOW)).isFalse();
    }
}
