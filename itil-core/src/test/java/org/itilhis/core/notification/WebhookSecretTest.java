package org.itilhis.core.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WebhookSecretTest {
    private static String secretOf(int bytes) {
        return "whsec_" + Base64.getEncoder().encodeToString(new byte[bytes]);
    }

    @Test
    void aGeneratedSecretIsWhsecAndTheBase64OfThirtyTwoRandomBytes() {
        WebhookSecret one = WebhookSecret.generate(new Random(1));
        WebhookSecret two = WebhookSecret.generate(new Random(2));

        assertThat(one.value()).startsWith("whsec_");
        assertThat(one.key()).hasSize(32);
        assertThat(one).isNotEqualTo(two);
    }

    @Test
    void aGivenSecretOfTwentyFourToSixtyFourBytesIsTakenWithOrWithoutItsPrefix() {
        assertThat(WebhookSecret.parse(secretOf(24)).key()).hasSize(24);
        assertThat(WebhookSecret.parse(" " + secretOf(64) + " ").key()).hasSize(64);
        String bare = Base64.getEncoder().encodeToString(new byte[30]);
        assertThat(WebhookSecret.parse(bare).value()).isEqualTo("whsec_" + bare);
    }

    @Test
    void aSecretTooShortIsRefusedNamingTheFieldAndTheBytesInBothLanguages() {
        assertThatThrownBy(() -> WebhookSecret.parse(secretOf(16)))
                .isInstanceOfSatisfying(InvalidWebhookException.class, e -> {
                    assertThat(e.code()).isEqualTo("webhook.secret-too-short");
                    assertThat(e.field()).isEqualTo("secret");
                    assertThat(e.messageIn(Locale.ENGLISH)).isEqualTo("Field secret: the secret holds 16 bytes, fewer"
                            + " than the 24 a Standard Webhooks secret needs; nothing was changed");
                    assertThat(e.messageIn(Locale.SIMPLIFIED_CHINESE)).startsWith("字段 secret：密钥只有 16 字节");
                });
    }

    @Test
    void aSecretTooLongOrNotBase64IsRefused() {
        assertThatThrownBy(() -> WebhookSecret.parse(secretOf(65))).isInstanceOfSatisfying(
                InvalidWebhookException.class, e -> assertThat(e.code()).isEqualTo("webhook.secret-too-long"));
        for (String malformed : new String[] {"whsec_not base64!", "whsec_", "", "whsec_@@@@"}) {
            assertThatThrownBy(() -> WebhookSecret.parse(malformed)).as(malformed).isInstanceOfSatisfying(
                    InvalidWebhookException.class, e -> assertThat(e.code()).isEqualTo("webhook.secret-malformed"));
        }
    }

    @Test
    void theSecretIsNeverInItsText() {
        WebhookSecret secret = WebhookSecret.generate(new Random(3));

        assertThat(secret.toString()).doesNotContain(secret.value().substring(6));
    }
}
