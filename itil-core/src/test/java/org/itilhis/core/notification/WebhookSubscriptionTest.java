package org.itilhis.core.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.itilhis.core.shared.StaffId;
import org.junit.jupiter.api.Test;

class WebhookSubscriptionTest {
    private static final StaffId DIRECTOR = StaffId.of("M0001");
    private static final Instant AT = Instant.parse("2026-12-07T02:00:00Z");
    private final WebhookSecret first = WebhookSecret.generate(new Random(1));
    private final WebhookSecret second = WebhookSecret.generate(new Random(2));

    private WebhookSubscription his() {
        return WebhookSubscription.subscribe(new WebhookId(UUID.randomUUID()), DIRECTOR,
                "https://his.example.org/hooks", List.of("ticket.*", "sla.threshold-crossed"), first, DIRECTOR, AT);
    }

    @Test
    void aNewSubscriptionIsEnabledAtVersionOneAndItsEventCarriesNoSecret() {
        WebhookSubscription his = his();

        assertThat(his.isEnabled()).isTrue();
        assertThat(his.version()).isEqualTo(1);
        List<WebhookEvent> events = his.pullEvents();
        assertThat(events).singleElement().isInstanceOf(WebhookEvent.Subscribed.class);
        assertThat(events.get(0).type()).isEqualTo("webhook.subscribed");
        assertThat(events.get(0).toString()).doesNotContain(first.value().substring(6));
        assertThat(his.toString()).doesNotContain(first.value().substring(6));
    }

    @Test
    void aRotationKeepsThePreviousSecretSigningUntilTheGraceEnds() {
        WebhookSubscription his = his();

        his.rotateSecret(second, Duration.ofHours(24), DIRECTOR, AT.plusSeconds(60));

        assertThat(his.signingSecrets(AT.plusSeconds(61))).containsExactly(second, first);
        assertThat(his.signingSecrets(AT.plusSeconds(60).plus(Duration.ofHours(24)))).containsExactly(second);
        assertThat(his.previousSecretValidUntil()).contains(AT.plusSeconds(60).plus(Duration.ofHours(24)));
        assertThat(his.pullEvents()).last().isEqualTo(new WebhookEvent.SecretRotated(his.id(),
                AT.plusSeconds(60).plus(Duration.ofHours(24)), DIRECTOR, AT.plusSeconds(60)));
    }

    @Test
    void aRotationWithoutGraceDropsThePreviousSecretAtOnce() {
        WebhookSubscription his = his();

        his.rotateSecret(second, Duration.ZERO, DIRECTOR, AT);

        assertThat(his.signingSecrets(AT)).containsExactly(second);
        assertThat(his.snapshot().previousSecret()).isEmpty();
    }

    @Test
    void disablingAndEnablingAreEventsAndRefusedWhenAlreadySo() {
        WebhookSubscription his = his();
        assertThatThrownBy(() -> his.enable(DIRECTOR, AT)).isInstanceOfSatisfying(WebhookStateException.class,
                e -> assertThat(e.code()).isEqualTo("webhook.already-enabled"));

        his.disableAfterFailures(10, "HTTP 503", StaffId.of("system"), AT);

        assertThat(his.isEnabled()).isFalse();
        assertThat(his.disabled().orElseThrow().cause()).isEqualTo(WebhookSubscription.DisabledCause.FAILURES);
        assertThatThrownBy(() -> his.disable(DIRECTOR, AT)).isInstanceOf(WebhookStateException.class);
        his.enable(DIRECTOR, AT.plusSeconds(1));
        assertThat(his.isEnabled()).isTrue();
        assertThat(his.version()).isEqualTo(3);
        assertThat(his.pullEvents()).extracting(WebhookEvent::type)
                .containsExactly("webhook.subscribed", "webhook.disabled", "webhook.enabled");
    }

    @Test
    void onlyHttpAndHttpsAddressesWithAHostAreTaken() {
        assertThat(WebhookSubscription.url(" https://his.example.org:8443/hooks?a=1 ")).isEqualTo(
                "https://his.example.org:8443/hooks?a=1");
        assertThat(WebhookSubscription.url("HTTP://10.1.2.3/x")).isEqualTo("HTTP://10.1.2.3/x");
        assertThat(WebhookSubscription.url("http://[::1]:8080/")).isEqualTo("http://[::1]:8080/");
        for (String refused : List.of("ftp://files.example.org/x", "his.example.org/hooks", "https://", "mailto:a@b",
                "https://exa mple.org/", "javascript:alert(1)")) {
            assertThatThrownBy(() -> WebhookSubscription.url(refused)).as(refused)
                    .isInstanceOfSatisfying(InvalidWebhookException.class, e -> {
                        assertThat(e.field()).isEqualTo("url");
                        assertThat(e.messageIn(Locale.ENGLISH)).startsWith("Field url: ");
                        assertThat(e.messageIn(Locale.SIMPLIFIED_CHINESE)).startsWith("字段 url：");
                    });
        }
    }

    @Test
    void aWildcardTakesEveryTypeOfItsPrefixAndNoOther() {
        WebhookSubscription his = his();

        assertThat(his.wants("ticket.assigned")).isTrue();
        assertThat(his.wants("sla.threshold-crossed")).isTrue();
        assertThat(his.wants("sla.target-missed")).isFalse();
        assertThat(his.wants("ticketing.x")).isFalse();
    }

    @Test
    void aRestoredSubscriptionEqualsTheOneSaved() {
        WebhookSubscription his = his();
        his.rotateSecret(second, Duration.ofHours(1), DIRECTOR, AT);

        WebhookSubscription restored = WebhookSubscription.restore(his.snapshot());

        assertThat(restored.snapshot()).isEqualTo(his.snapshot());
        assertThat(restored.pullEvents()).isEmpty();
        assertThat(restored.version()).isEqualTo(2);
    }
}
