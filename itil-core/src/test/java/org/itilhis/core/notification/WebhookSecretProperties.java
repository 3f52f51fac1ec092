package org.itilhis.core.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/** A secret of 24 to 64 bytes is taken whole, in either form; fewer or more bytes are refused. */
class WebhookSecretProperties {
    @Property
    void aSecretOfTwentyFourToSixtyFourBytesIsTakenWithItsKeyUnchanged(@ForAll @Size(min = 24, max = 64) byte[] key) {
        String encoded = Base64.getEncoder().encodeToString(key);

        WebhookSecret prefixed = WebhookSecret.parse("whsec_" + encoded);

        assertThat(prefixed.key()).isEqualTo(key);
        assertThat(WebhookSecret.parse(encoded)).isEqualTo(prefixed);
        assertThat(WebhookSecret.parse(prefixed.value())).isEqualTo(prefixed);
    }

    @Property
    void aSecretOfFewerOrMoreBytesIsRefusedNamingItsLength(@ForAll @Size(max = 200) byte[] key) {
        if (key.length >= WebhookSecret.MIN_BYTES && key.length <= WebhookSecret.MAX_BYTES) {
            return;
        }
        String secret = "whsec_" + Base64.getEncoder().encodeToString(key);

        assertThatThrownBy(() -> WebhookSecret.parse(secret)).isInstanceOfSatisfying(InvalidWebhookException.class,
                e -> {
                    assertThat(e.field()).isEqualTo("secret");
                    assertThat(e.code()).isEqualTo(key.length == 0 ? "webhook.secret-malformed"
                            : key.length < WebhookSecret.MIN_BYTES ? "webhook.secret-too-short"
                            : "webhook.secret-too-long");
                });
    }
}
