package org.itilhis.core.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.OperationalState;
import org.junit.jupiter.api.Test;

/** The rules by which a delivery replaces an alert's standing, and an item's state from its firing alerts. */
class AlertStandingTest {
    private static final CiId SERVER = new CiId(UUID.fromString("00000000-0000-4000-8000-000000000002"));
    private static final Instant T0 = Instant.parse("2027-03-01T02:00:00Z");

    private static ReceivedAlert firing(String fingerprint, AlertSeverity severity, Instant startsAt) {
        return new ReceivedAlert("prometheus-core", fingerprint, AlertStatus.FIRING, "HostDown", severity, startsAt,
                Optional.empty(), "down", ImmutableMap.of());
    }

    private static ReceivedAlert resolved(String fingerprint, Instant startsAt, Instant endsAt) {
        return new ReceivedAlert("prometheus-core", fingerprint, AlertStatus.RESOLVED, "HostDown",
                AlertSeverity.CRITICAL, startsAt, Optional.of(endsAt), "up again", ImmutableMap.of());
    }

    @Test
    void aResolutionAfterTheFiringReplacesItAndTheOlderFiringArrivingLateDoesNot() {
        AlertStanding fired = AlertStanding.of(firing("a1", AlertSeverity.CRITICAL, T0), SERVER, 1);
        ReceivedAlert recovery = resolved("a1", T0, T0.plusSeconds(60));
        AlertStanding recovered = AlertStanding.of(recovery, SERVER, 2);

        assertThat(fired.isSupersededBy(recovery)).isTrue();
        assertThat(recovered.at()).isEqualTo(T0.plusSeconds(60));
        assertThat(recovered.isSupersededBy(firing("a1", AlertSeverity.CRITICAL, T0))).isFalse();
        assertThat(recovered.isSupersededBy(firing("a1", AlertSeverity.CRITICAL, T0.plusSeconds(120)))).isTrue();
    }

    @Test
    void atTheSameInstantTheResolutionWinsAndARepeatedDeliveryChangesNothing() {
        AlertStanding fired = AlertStanding.of(firing("a1", AlertSeverity.CRITICAL, T0), SERVER, 1);
        AlertStanding recovered = AlertStanding.of(resolved("a1", T0, T0), SERVER, 2);

        assertThat(fired.isSupersededBy(resolved("a1", T0, T0))).isTrue();
        assertThat(recovered.isSupersededBy(firing("a1", AlertSeverity.CRITICAL, T0))).isFalse();
        assertThat(fired.isSupersededBy(firing("a1", AlertSeverity.CRITICAL, T0))).isFalse();
        assertThatThrownBy(() -> fired.isSupersededBy(firing("a2", AlertSeverity.CRITICAL, T0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anItemIsAsBadAsItsWorstFiringAlertAndInformationChangesNothing() {
        AlertStanding info = AlertStanding.of(firing("i", AlertSeverity.INFO, T0), SERVER, 1);
        AlertStanding warning = AlertStanding.of(firing("w", AlertSeverity.WARNING, T0), SERVER, 2);
        AlertStanding critical = AlertStanding.of(firing("c", AlertSeverity.CRITICAL, T0), SERVER, 3);
        AlertStanding cleared = AlertStanding.of(resolved("x", T0, T0.plusSeconds(1)), SERVER, 4);

        assertThat(AlertStanding.stateOf(List.of())).isEqualTo(OperationalState.OPERATIONAL);
        assertThat(AlertStanding.stateOf(List.of(info))).isEqualTo(OperationalState.OPERATIONAL);
        assertThat(AlertStanding.stateOf(List.of(info, warning))).isEqualTo(OperationalState.DEGRADED);
        assertThat(AlertStanding.stateOf(List.of(warning, critical, info))).isEqualTo(OperationalState.DOWN);
        assertThat(AlertStanding.stateOf(List.of(cleared))).isEqualTo(OperationalState.OPERATIONAL);
    }
}
