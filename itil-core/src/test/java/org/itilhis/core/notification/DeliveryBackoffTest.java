package org.itilhis.core.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeliveryBackoffTest {
    private final DeliveryBackoff standard = DeliveryBackoff.STANDARD;

    @Test
    void theCeilingDoublesFromTheBaseWithEachFailureUpToTheCap() {
        assertThat(standard.ceiling(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(standard.ceiling(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(standard.ceiling(8)).isEqualTo(Duration.ofSeconds(128));
        assertThat(standard.ceiling(10)).isEqualTo(Duration.ofSeconds(512));
        assertThat(standard.ceiling(11)).isEqualTo(Duration.ofMinutes(10));
        assertThat(standard.ceiling(1_000_000)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void theDelayIsTheJittersShareOfTheCeilingFromNothingToJustBelowIt() {
        assertThat(standard.delay(3, 0)).isZero();
        assertThat(standard.delay(3, 0.5)).isEqualTo(Duration.ofSeconds(2));
        assertThat(standard.delay(3, 0.99999)).isEqualTo(Duration.ofMillis(3999));
    }

    @Test
    void jitterOutsideZeroToOneAndFailuresBelowOneAreRefused() {
        assertThatThrownBy(() -> standard.delay(1, 1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> standard.delay(1, -0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> standard.ceiling(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCapBelowTheBaseOrANonPositiveBaseIsRefused() {
        assertThatThrownBy(() -> new DeliveryBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeliveryBackoff(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
