package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.itilhis.core.notification.WebhookId;
import org.itilhis.core.notification.WebhookSecret;
import org.itilhis.core.notification.WebhookSubscription;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.notification.out.WebhookSubscriptionRepository;
import org.junit.jupiter.api.Test;

/**
 * What every {@link WebhookSubscriptionRepository} must do: keep each subscription whole (its
 * secrets, a rotated one's grace, why it is disabled) at its current version, accept a new one
 * only at an unused id and a change only over the version it was read at, count failed
 * deliveries atomically beside the version, and take part in transactions. Each test expects
 * empty storage.
 */
public interface WebhookSubscriptionRepositoryContract {
    StaffId OWNER = StaffId.of("director.wang");
    Instant AT = Instant.parse("2026-12-07T02:00:00.123456Z");

    WebhookSubscriptionRepository webhookSubscriptions();

    Transactions transactions();

    private WebhookSubscription subscription(String url, Instant at) {
        return WebhookSubscription.subscribe(webhookSubscriptions().nextId(), OWNER, url,
                List.of("ticket.*", "sla.threshold-crossed"), WebhookSecret.generate(new Random(7)), OWNER, at);
    }

    private void save(WebhookSubscription subscription, long expected) {
        ContractSupport.committed(transactions(), () -> webhookSubscriptions().save(subscription, expected));
    }

    @Test
    default void aNewSubscriptionIsFoundWholeWithItsSecretAndOthersAreNot() {
        WebhookSubscription his = subscription("https://his.example.org/hooks/itil?x=1", AT);

        save(his, 0);

        assertThat(webhookSubscriptions().find(his.id()).orElseThrow().snapshot()).isEqualTo(his.snapshot());
        assertThat(webhookSubscriptions().find(new WebhookId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    default void aRotatedSecretAndItsGraceAndADisablingAreKeptAtTheNextVersions() {
        WebhookSubscription his = subscription("https://his.example.org/hooks", AT);
        save(his, 0);
        his.rotateSecret(WebhookSecret.generate(new Random(8)), Duration.ofHours(24), OWNER, AT.plusSeconds(60));
        save(his, 1);
        his.disableAfterFailures(10, "HTTP 503", StaffId.of("system"), AT.plusSeconds(120));
        save(his, 2);

        WebhookSubscription found = webhookSubscriptions().find(his.id()).orElseThrow();
        assertThat(found.snapshot()).isEqualTo(his.snapshot());
        assertThat(found.version()).isEqualTo(3);
        assertThat(found.signingSecrets(AT.plusSeconds(180))).hasSize(2);
        assertThat(found.disabled().orElseThrow().lastFailure()).contains("HTTP 503");
    }

    @Test
    default void ofTwoWritersAtTheSameVersionTheSecondGetsAVersionConflictAndTheFirstWins() {
        WebhookSubscription his = subscription("https://his.example.org/hooks", AT);
        save(his, 0);
        WebhookSubscription first = webhookSubscriptions().find(his.id()).orElseThrow();
        WebhookSubscription second = webhookSubscriptions().find(his.id()).orElseThrow();
        first.disable(OWNER, AT.plusSeconds(1));
        second.rotateSecret(WebhookSecret.generate(new Random(9)), Duration.ZERO, OWNER, AT.plusSeconds(2));

        save(first, 1);

        assertThatThrownBy(() -> save(second, 1)).isInstanceOf(VersionConflictException.class);
        assertThat(webhookSubscriptions().find(his.id()).orElseThrow().isEnabled()).isFalse();
    }

    @Test
    default void aNewSubscriptionAtATakenIdIsRefused() {
        WebhookSubscription his = subscription("https://his.example.org/hooks", AT);
        save(his, 0);

        assertThatThrownBy(() -> save(his, 0)).isInstanceOf(VersionConflictException.class);
    }

    @Test
    default void failuresAreCountedBesideTheVersionAndASuccessSetsThemBackToZero() {
        WebhookSubscription his = subscription("https://his.example.org/hooks", AT);
        save(his, 0);

        assertThat(webhookSubscriptions().recordFailure(his.id())).isEqualTo(1);
        assertThat(webhookSubscriptions().recordFailure(his.id())).isEqualTo(2);
        WebhookSubscription found = webhookSubscriptions().find(his.id()).orElseThrow();
        assertThat(found.consecutiveFailures()).isEqualTo(2);
        assertThat(found.version()).isEqualTo(1);

        webhookSubscriptions().recordSuccess(his.id());

        assertThat(webhookSubscriptions().find(his.id()).orElseThrow().consecutiveFailures()).isZero();
        assertThat(webhookSubscriptions().recordFailure(new WebhookId(UUID.randomUUID()))).isZero();
    }

    @Test
    default void failuresCountedAtOnceFromManyThreadsAreEachCounted() {
        WebhookSubscription his = subscription("https://his.example.org/hooks", AT);
        save(his, 0);
        List<Runnable> failures = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            failures.add(() -> {
                for (int n = 0; n < 5; n++) {
                    webhookSubscriptions().recordFailure(his.id());
                }
            });
        }

        ContractSupport.committedAllAtOnce(transactions(), failures);

        assertThat(webhookSubscriptions().find(his.id()).orElseThrow().consecutiveFailures()).isEqualTo(40);
    }

    @Test
    default void aRemovedSubscriptionIsGoneAndRemovingAtAnotherVersionIsRefused() {
        WebhookSubscription his = subscription("https://his.example.org/hooks", AT);
        WebhookSubscription lab = subscription("http://10.1.2.3:8080/lis", AT.plusSeconds(1));
        save(his, 0);
        save(lab, 0);

        assertThatThrownBy(() -> ContractSupport.committed(transactions(),
                () -> webhookSubscriptions().remove(his.id(), 2))).isInstanceOf(VersionConflictException.class);
        ContractSupport.committed(transactions(), () -> webhookSubscriptions().remove(his.id(), 1));

        assertThat(webhookSubscriptions().find(his.id())).isEmpty();
        assertThat(webhookSubscriptions().all()).extracting(WebhookSubscription::id).containsExactly(lab.id());
    }

    @Test
    default void everySubscriptionIsListedOldestFirst() {
        WebhookSubscription later = subscription("https://b.example.org/", AT.plusSeconds(5));
        WebhookSubscription earlier = subscription("https://a.example.org/", AT);
        save(later, 0);
        save(earlier, 0);

        assertThat(webhookSubscriptions().all()).extracting(WebhookSubscription::id)
                .containsExactly(earlier.id(), later.id());
    }

    @Test
    default void aSaveRolledBackWithItsTransactionLeavesNothing() {
        WebhookSubscription his = subscription("https://his.example.org/hooks", AT);

        ContractSupport.rolledBack(transactions(), () -> webhookSubscriptions().save(his, 0));

        assertThat(webhookSubscriptions().find(his.id())).isEmpty();
    }
}
