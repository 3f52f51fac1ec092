package org.itilhis.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MicrometerRelayMetricsTest {
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final MicrometerRelayMetrics metrics = new MicrometerRelayMetrics(registry);

    @Test
    void eachSubscribersFiguresAreKeptUnderItsOwnTag() {
        metrics.delivered("webhook:his", Duration.ofMillis(40));
        metrics.delivered("webhook:his", Duration.ofMillis(60));
        metrics.failed("webhook:his");
        metrics.deadLettered("notify:email");
        metrics.standing("webhook:his", 12, 1);

        assertThat(registry.get("itilhis.relay.delivered").tag("subscriber", "webhook:his").counter().count())
                .isEqualTo(2);
        assertThat(registry.get("itilhis.relay.lag").tag("subscriber", "webhook:his").timer().max(
                java.util.concurrent.TimeUnit.MILLISECONDS)).isEqualTo(60);
        assertThat(registry.get("itilhis.relay.failed").tag("subscriber", "webhook:his").counter().count()).isEqualTo(1);
        assertThat(registry.get("itilhis.relay.dead.lettered").tag("subscriber", "notify:email").counter().count())
                .isEqualTo(1);
        assertThat(registry.get("itilhis.relay.behind").tag("subscriber", "webhook:his").gauge().value()).isEqualTo(12);
        assertThat(registry.get("itilhis.relay.dead.letters").tag("subscriber", "webhook:his").gauge().value())
                .isEqualTo(1);
    }
}
