package org.itilhis.core.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.itilhis.core.notification.PendingDelivery.State;
import org.junit.jupiter.api.Test;

class PendingDeliveryTest {
    private static final Instant NOW = Instant.parse("2026-03-02T00:00:00Z");
    private static final DeliveryBackoff BACKOFF = DeliveryBackoff.STANDARD;

    private final PendingDelivery first = PendingDelivery.failed("wecom", 7, "ticket-1", "timed out", NOW, 3, BACKOFF,
            0.5);

    @Test
    void aFirstFailureIsRetriedAfterHalfTheBaseForAJitterOfOneHalf() {
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.state()).isEqualTo(State.RETRYING);
        assertThat(first.nextAttemptAt()).isEqualTo(NOW.plusMillis(500));
        assertThat(first.isDue(NOW.plusMillis(499))).isFalse();
        assertThat(first.isDue(NOW.plusMillis(500))).isTrue();
    }

    @Test
    void itBecomesADeadLetterOnTheLastAllowedFailureAndNeverDueUntilReplayed() {
        PendingDelivery second = first.failedAgain("timed out", NOW.plusSeconds(1), 3, BACKOFF, 0.5);
        PendingDelivery third = second.failedAgain("refused", NOW.plusSeconds(3), 3, BACKOFF, 0.5);

        assertThat(second.state()).isEqualTo(State.RETRYING);
        assertThat(second.nextAttemptAt()).isEqualTo(NOW.plusSeconds(2));
        assertThat(third.state()).isEqualTo(State.DEAD);
        assertThat(third.attempts()).isEqualTo(3);
        assertThat(third.lastError()).contains("refused");
        assertThat(third.isDue(NOW.plus(Duration.ofDays(1)))).isFalse();
        assertThat(third.since()).isEqualTo(NOW);
        assertThat(third.dueNow(NOW.plusSeconds(60)).isDue(NOW.plusSeconds(60))).isTrue();
        assertThat(third.dueNow(NOW.plusSeconds(60)).attempts()).isZero();
        assertThatThrownBy(() -> third.failedAgain("again", NOW, 3, BACKOFF, 0.5))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withASingleAttemptTheFirstFailureIsADeadLetter() {
        PendingDelivery dead = PendingDelivery.failed("wecom", 7, "ticket-1", "refused", NOW, 1, BACKOFF, 0.5);

        assertThat(dead.state()).isEqualTo(State.DEAD);
        assertThat(dead.attempts()).isEqualTo(1);
    }

    @Test
    void aHeldDeliveryIsNeverDueUntilReleased() {
        PendingDelivery held = PendingDelivery.held("wecom", 9, "ticket-1", NOW);

        assertThat(held.isDue(NOW.plusSeconds(3600))).isFalse();
        assertThat(held.dueNow(NOW).isDue(NOW)).isTrue();
    }

    @Test
    void aLongErrorIsCutToItsMaximumLength() {
        PendingDelivery failed = PendingDelivery.failed("wecom", 7, "ticket-1", "x".repeat(2000), NOW, 3,
                BACKOFF, 0);

        assertThat(failed.lastError().orElseThrow()).hasSize(PendingDelivery.ERROR_LENGTH).endsWith("…");
    }
}
