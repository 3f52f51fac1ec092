package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.notification.DeliveryBackoff;
import org.itilhis.core.notification.PendingDelivery;
import org.itilhis.core.notification.PendingDelivery.State;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.notification.out.PendingDeliveries;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PendingDeliveries} must do: keep one pending delivery per subscriber and
 * position, give back exactly what was stored (the error text in Chinese too), find the due
 * retries, the held events of a record and the dead letters in position order, change a delivery
 * only from the state and attempts the caller read (compare-and-set), and count them per
 * subscriber. Each test expects an empty store.
 */
public interface PendingDeliveriesContract {
    Instant NOW = Instant.parse("2026-03-02T00:15:30.123Z");

    PendingDeliveries deliveries();

    Transactions transactions();

    private boolean add(PendingDelivery delivery) {
        return transactions().inTransaction(() -> deliveries().add(delivery));
    }

    private static PendingDelivery failed(String subscriber, long position, String key, double jitter) {
        return PendingDelivery.failed(subscriber, position, key, "连接超时 timed out", NOW, 8,
                DeliveryBackoff.STANDARD, jitter);
    }

    @Test
    default void aPendingDeliveryComesBackAsStoredAndOnlyOncePerSubscriberAndPosition() {
        PendingDelivery delivery = failed("wecom", 7, "ticket-1", 0.5);

        assertThat(add(delivery)).isTrue();
        assertThat(add(PendingDelivery.held("wecom", 7, "ticket-2", NOW))).isFalse();
        assertThat(add(failed("dingtalk", 7, "ticket-1", 0.5))).isTrue();

        assertThat(deliveries().find("wecom", 7)).contains(delivery);
        assertThat(deliveries().find("wecom", 8)).isEmpty();
    }

    @Test
    default void theDueRetriesAreThoseWhoseTimeHasComeEarliestPositionFirst() {
        add(failed("wecom", 9, "ticket-2", 0.0));
        add(failed("wecom", 7, "ticket-1", 0.0));
        add(failed("wecom", 8, "ticket-3", 0.9));
        add(PendingDelivery.held("wecom", 10, "ticket-1", NOW));
        add(failed("dingtalk", 3, "ticket-1", 0.0));

        assertThat(deliveries().due("wecom", NOW, 10)).extracting(PendingDelivery::position).containsExactly(7L, 9L);
        assertThat(deliveries().due("wecom", NOW, 1)).extracting(PendingDelivery::position).containsExactly(7L);
        assertThat(deliveries().due("wecom", NOW.plusSeconds(1), 10)).extracting(PendingDelivery::position)
                .containsExactly(7L, 8L, 9L);
    }

    @Test
    default void theNextHeldEventOfARecordIsItsEarliestHeldOne() {
        add(failed("wecom", 7, "ticket-1", 0.5));
        add(PendingDelivery.held("wecom", 12, "ticket-1", NOW));
        add(PendingDelivery.held("wecom", 9, "ticket-1", NOW));
        add(PendingDelivery.held("wecom", 8, "ticket-2", NOW));

        assertThat(deliveries().holds("wecom", "ticket-1")).isTrue();
        assertThat(deliveries().holds("wecom", "ticket-3")).isFalse();
        assertThat(deliveries().holds("dingtalk", "ticket-1")).isFalse();
        assertThat(deliveries().nextHeld("wecom", "ticket-1")).map(PendingDelivery::position).contains(9L);
        assertThat(deliveries().nextHeld("wecom", "ticket-3")).isEmpty();
    }

    @Test
    default void aChangeOrRemovalFromAStateNoLongerStoredChangesNothing() {
        PendingDelivery first = failed("wecom", 7, "ticket-1", 0.5);
        add(first);
        PendingDelivery second = first.failedAgain("refused", NOW.plusSeconds(1), 8, DeliveryBackoff.STANDARD, 0.5);

        assertThat(transactions().inTransaction(() -> deliveries().replace(first, second))).isTrue();
        assertThat(transactions().inTransaction(() -> deliveries().replace(first, second))).isFalse();
        assertThat(transactions().inTransaction(() -> deliveries().remove(first))).isFalse();
        assertThat(deliveries().find("wecom", 7)).contains(second);

        assertThat(transactions().inTransaction(() -> deliveries().remove(second))).isTrue();
        assertThat(deliveries().find("wecom", 7)).isEmpty();
    }

    @Test
    default void aChangeInARolledBackTransactionIsForgotten() {
        PendingDelivery first = failed("wecom", 7, "ticket-1", 0.5);
        add(first);

        ContractSupport.rolledBack(transactions(), () -> deliveries().replace(first, first.dueNow(NOW)));
        ContractSupport.rolledBack(transactions(), () -> deliveries().remove(first));
        ContractSupport.rolledBack(transactions(), () -> deliveries().add(failed("wecom", 8, "ticket-1", 0)));

        assertThat(deliveries().find("wecom", 7)).contains(first);
        assertThat(deliveries().find("wecom", 8)).isEmpty();
    }

    @Test
    default void deadLettersArePagedInPositionOrderAndCountedPerSubscriber() {
        for (long position = 1; position <= 5; position++) {
            PendingDelivery delivery = failed("wecom", position, "ticket-" + position, 0.5);
            add(delivery.failedAgain("refused", NOW.plus(Duration.ofMinutes(position)), 2, DeliveryBackoff.STANDARD,
                    0.5));
        }
        add(failed("wecom", 6, "ticket-1", 0.5));
        add(PendingDelivery.held("wecom", 7, "ticket-1", NOW.plusSeconds(60)));
        add(failed("dingtalk", 2, "ticket-1", 0.5));

        assertThat(deliveries().dead("wecom", 0, 2)).extracting(PendingDelivery::position).containsExactly(1L, 2L);
        assertThat(deliveries().dead("wecom", 2, 10)).extracting(PendingDelivery::position)
                .containsExactly(3L, 4L, 5L);
        assertThat(deliveries().dead("wecom", 1, 10)).allSatisfy(dead -> {
            assertThat(dead.state()).isEqualTo(State.DEAD);
            assertThat(dead.attempts()).isEqualTo(2);
            assertThat(dead.lastError()).contains("refused");
        });
        assertThat(deliveries().standings()).containsOnlyKeys("wecom", "dingtalk");
        assertThat(deliveries().standings().get("wecom"))
                .isEqualTo(new PendingDeliveries.Standing(7, 5, Optional.of(NOW)));
        assertThat(deliveries().standings().get("dingtalk"))
                .isEqualTo(new PendingDeliveries.Standing(1, 0, Optional.of(NOW)));
    }
}
