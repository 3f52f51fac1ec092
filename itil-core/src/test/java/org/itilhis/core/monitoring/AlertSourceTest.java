package org.itilhis.core.monitoring;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.itilhis.core.shared.StaffId;
import org.junit.jupiter.api.Test;

class AlertSourceTest {
    private static final StaffId DIRECTOR = StaffId.of("M0001");
    private static final Instant AT = Instant.parse("2026-12-07T02:00:00Z");
    private static final byte[] BODY = "{\"alerts\":[]}".getBytes(UTF_8);

    @Test
    void aSourceKeepsOnlyTheHashOfItsTokenAndAuthenticatesByItInConstantTime() {
        SourceToken token = SourceToken.generate(new Random(1));
        AlertSource zabbix = AlertSource.register("zabbix", AlertSourceKind.ZABBIX, token, Optional.empty(), DIRECTOR,
                AT);

        assertThat(token.value()).startsWith("itk_").hasSize(47);
        assertThat(zabbix.snapshot().tokenHash()).hasSize(64).doesNotContain(token.value());
        assertThat(zabbix.snapshot().toString() + zabbix + token).doesNotContain(token.value());
        assertThat(zabbix.authenticates(token.value(), null, BODY)).isTrue();
        assertThat(zabbix.authenticates(token.value() + "x", null, BODY)).isFalse();
        assertThat(zabbix.authenticates(null, null, BODY)).isFalse();
        assertThat(zabbix.pullEvents()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("monitoring.source-registered");
            assertThat(e.toString()).doesNotContain(token.value());
        });
    }

    @Test
    void aSignedGenericSourceNeedsTheSignatureOfTheBodyAsWell() {
        SourceToken token = SourceToken.generate(new Random(2));
        SigningSecret secret = SigningSecret.generate(new Random(3));
        AlertSource lab = AlertSource.register("lab-monitor", AlertSourceKind.GENERIC, token, Optional.of(secret),
                DIRECTOR, AT);

        assertThat(lab.authenticates(token.value(), secret.sign(BODY), BODY)).isTrue();
        assertThat(lab.authenticates(token.value(), secret.sign(BODY).toUpperCase(Locale.ROOT), BODY)).isTrue();
        assertThat(lab.authenticates(token.value(), null, BODY)).isFalse();
        assertThat(lab.authenticates(token.value(), secret.sign("{}".getBytes(UTF_8)), BODY)).isFalse();
        assertThat(lab.authenticates("itk_other-token-000000000000", secret.sign(BODY), BODY)).isFalse();
        assertThat(secret.sign(BODY)).matches("sha256=[0-9a-f]{64}");
    }

    @Test
    void aDisabledSourceAuthenticatesNothingUntilEnabledAndARotationRetiresTheOldToken() {
        SourceToken first = SourceToken.generate(new Random(4));
        SourceToken second = SourceToken.generate(new Random(5));
        AlertSource prometheus = AlertSource.register("prometheus-dc", AlertSourceKind.ALERTMANAGER, first,
                Optional.empty(), DIRECTOR, AT);

        prometheus.disable(DIRECTOR, AT.plusSeconds(1));
        assertThat(prometheus.authenticates(first.value(), null, BODY)).isFalse();
        assertThatThrownBy(() -> prometheus.disable(DIRECTOR, AT)).isInstanceOfSatisfying(
                InvalidAlertSourceException.class, e -> assertThat(e.code()).isEqualTo("alert-source.already-disabled"));
        prometheus.enable(DIRECTOR, AT.plusSeconds(2));
        prometheus.rotateCredentials(second, Optional.empty(), DIRECTOR, AT.plusSeconds(3));

        assertThat(prometheus.authenticates(first.value(), null, BODY)).isFalse();
        assertThat(prometheus.authenticates(second.value(), null, BODY)).isTrue();
        assertThat(prometheus.version()).isEqualTo(4);
        assertThat(AlertSource.restore(prometheus.snapshot()).snapshot()).isEqualTo(prometheus.snapshot());
    }

    @Test
    void aCodeIsLowerCaseLettersDigitsAndHyphensAndOnlyAGenericSourceSigns() {
        assertThat(AlertSource.code(" zabbix-main2 ")).isEqualTo("zabbix-main2");
        for (String refused : new String[] {"Zabbix", "2zabbix", "zab bix", "", "a".repeat(51), "zabbix_main"}) {
            assertThatThrownBy(() -> AlertSource.code(refused)).as(refused)
                    .isInstanceOfSatisfying(InvalidAlertSourceException.class, e -> {
                        assertThat(e.field()).isEqualTo("code");
                        assertThat(e.messageIn(Locale.SIMPLIFIED_CHINESE)).startsWith("字段 code：");
                    });
        }
        assertThatThrownBy(() -> AlertSource.register("zabbix", AlertSourceKind.ZABBIX,
                SourceToken.generate(new Random(6)), Optional.of(SigningSecret.generate(new Random(7))), DIRECTOR, AT))
                .isInstanceOfSatisfying(InvalidAlertSourceException.class,
                        e -> assertThat(e.field()).isEqualTo("signingSecret"));
        assertThatThrownBy(() -> SourceToken.parse("short")).isInstanceOf(InvalidAlertSourceException.class);
        assertThatThrownBy(() -> SourceToken.parse("a token with blanks in it....")).isInstanceOf(
                InvalidAlertSourceException.class);
    }
}
