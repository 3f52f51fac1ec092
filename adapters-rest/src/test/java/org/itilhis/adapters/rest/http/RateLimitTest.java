package org.itilhis.adapters.rest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimitTest {

    @Test
    void aRateIsRequestsPerSecond() {
        assertThat(RateLimit.of(600, Duration.ofMinutes(1), 100).requestsPerSecond()).isEqualTo(10.0);
        assertThat(RateLimit.of(600, Duration.ofMinutes(1), 100).limited()).isTrue();
        assertThat(RateLimit.unlimited().limited()).isFalse();
    }

    @Test
    void aLimitNeedsAPositiveRateAndABurstOfOneAtLeast() {
        assertThatThrownBy(() -> RateLimit.of(0, Duration.ofSeconds(1), 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RateLimit.of(1, Duration.ZERO, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RateLimit.of(1, Duration.ofSeconds(1), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
