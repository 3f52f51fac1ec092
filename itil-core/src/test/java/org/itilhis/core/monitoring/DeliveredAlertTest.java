package org.itilhis.core.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeliveredAlertTest {
    private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");
    private static final Duration TOLERANCE = Duration.ofMinutes(5);

    private static DeliveredAlert alert(Instant startsAt, Optional<Instant> endsAt) {
        return new DeliveredAlert(3, "f1", endsAt.isPresent() ? AlertStatus.RESOLVED : AlertStatus.FIRING, "HostDown",
                AlertSeverity.CRITICAL, startsAt, endsAt, "down", ImmutableMap.of(), "{\"fingerprint\":\"f1\"}");
    }

    @Test
    void anAlertWithinTheToleranceIsFineAndRecordedAsItsSourceSaidIt() {
        DeliveredAlert alert = alert(NOW.plus(TOLERANCE), Optional.empty());

        assertThat(alert.refusal("prometheus-dc", NOW, TOLERANCE)).isEmpty();
        assertThat(alert.received("prometheus-dc").startsAt()).isEqualTo(NOW.plus(TOLERANCE));
    }

    @Test
    void anAlertStartingOrEndingBeyondTheToleranceIsInTheFutureNamingTheField() {
        assertThat(alert(NOW.plus(TOLERANCE).plusSeconds(1), Optional.empty()).refusal("p", NOW, TOLERANCE))
                .hasValueSatisfying(r -> {
                    assertThat(r.reason()).isEqualTo(RejectionReason.IN_THE_FUTURE);
                    assertThat(r.field()).isEqualTo("/alerts/3/startsAt");
                    assertThat(r.excerpt()).isEqualTo("{\"fingerprint\":\"f1\"}");
                });
        assertThat(alert(NOW, Optional.of(NOW.plus(Duration.ofHours(1)))).refusal("p", NOW, TOLERANCE))
                .hasValueSatisfying(r -> assertThat(r.field()).isEqualTo("/alerts/3/endsAt"));
    }

    @Test
    void anAlertEndingBeforeItStartsIsOutOfOrder() {
        assertThat(alert(NOW, Optional.of(NOW.minusSeconds(1))).refusal("p", NOW, TOLERANCE))
                .hasValueSatisfying(r -> assertThat(r.reason()).isEqualTo(RejectionReason.ENDS_BEFORE_START));
    }
}
