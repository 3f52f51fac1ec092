package org.itilhis.adapters.dingtalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** DingTalk's 加签, against a worked example and an independent computation with javax.crypto. */
class DingTalkSignatureTest {
    private static final String SECRET = "SEC1f6a1bc1e1c1d3c4e2ad0e7d61c6d3c0a8f3e1b2c4d5e6f708192a3b4c5d6e7f";
    private static final long TIMESTAMP = 1_764_998_400_000L;

    /**
     * Worked out apart from Java, with Python's {@code hmac}, {@code base64} and {@code urllib}
     * as DingTalk's documentation shows: {@code hmac.new(secret, f"{timestamp}\n{secret}",
     * sha256)}, Base64, then {@code quote_plus}.
     */
    @Test
    void signsAsTheWorkedExample() {
        assertThat(DingTalkSignature.sign(SECRET, TIMESTAMP)).isEqualTo("qb9+NcMIS8ZRgBfXMuQT388n83YQZ1C45AnO/DKB2DQ=");
    }

    @Test
    void theSignedUrlCarriesTheTimestampAndTheUrlEncodedSignAfterTheAccessToken() {
        URI signed = DingTalkSignature.signedUrl(URI.create("https://oapi.dingtalk.com/robot/send?access_token=abc"),
                SECRET, TIMESTAMP);

        assertThat(signed).hasToString("https://oapi.dingtalk.com/robot/send?access_token=abc&timestamp=1764998400000"
                + "&sign=qb9%2BNcMIS8ZRgBfXMuQT388n83YQZ1C45AnO%2FDKB2DQ%3D");
    }

    @Test
    void aWebhookWithoutAQueryGetsOne() {
        assertThat(DingTalkSignature.signedUrl(URI.create("http://127.0.0.1:8080/robot/send"), SECRET, TIMESTAMP)
                .getRawQuery()).startsWith("timestamp=1764998400000&sign=");
    }

    @Property(tries = 200)
    void agreesWithAnIndependentHmacSha256(@ForAll @AlphaChars @NumericChars @StringLength(min = 1, max = 80) String secret,
                                           @ForAll @LongRange(min = 0, max = 4_102_444_800_000L) long timestamp) {
        assertThat(DingTalkSignature.sign("SEC" + secret, timestamp))
                .isEqualTo(FakeDingTalkRobot.expectedSign("SEC" + secret, Long.toString(timestamp)));
    }

    @Test
    void aBlankSecretIsRejected() {
        assertThatThrownBy(() -> DingTalkSignature.sign(" ", TIMESTAMP)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("secret is blank");
    }
}
