package org.itilhis.ports.monitoring.service;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itilhis.core.monitoring.AlertSeverity;
import org.itilhis.core.monitoring.AlertSourceKind;
import org.itilhis.core.monitoring.AlertStatus;
import org.itilhis.core.monitoring.DeliveredAlert;
import org.itilhis.core.monitoring.MalformedAlertsException;
import org.itilhis.core.monitoring.RejectionReason;
import org.itilhis.ports.monitoring.in.AlertDelivery;
import org.itilhis.ports.monitoring.in.AlertSourceCommand;
import org.itilhis.ports.monitoring.in.AlertSourceNotFoundException;
import org.itilhis.ports.monitoring.in.IntakeOutcome;
import org.itilhis.ports.monitoring.in.SourceNotAuthenticatedException;
import org.itilhis.ports.monitoring.out.AlertPayloads;
import org.itilhis.testkit.DemoCmdb;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.memory.InMemoryMonitoring;
import org.itilhis.testkit.memory.InMemoryServiceDesk;
import org.junit.jupiter.api.Test;

/**
 * The intake on the in-memory stores, its deliveries read by a stand-in for the REST adapter's
 * formats (the body names a prepared list of alerts): authentication, rejections kept, the
 * mapping index following the CMDB's revision without a restart.
 */
class AlertIntakeServiceTest {
    static final Instant NOW = Instant.parse("2026-03-02T00:00:00Z");

    /** Reads a body as the name of a prepared delivery; {@code bad} is malformed. */
    static final class PreparedPayloads implements AlertPayloads {
        final Map<String, List<DeliveredAlert>> deliveries = new HashMap<>();

        @Override
        public List<DeliveredAlert> read(AlertSourceKind kind, byte[] body) {
            List<DeliveredAlert> found = deliveries.get(new String(body, UTF_8));
            if (found == null) {
                throw new MalformedAlertsException("body", "not a prepared delivery");
            }
            return found;
        }
    }

    static DeliveredAlert firing(int index, String fingerprint, String host, Instant startsAt) {
        return new DeliveredAlert(index, fingerprint, AlertStatus.FIRING, "HostDown", AlertSeverity.CRITICAL, startsAt,
                Optional.empty(), host + " down", ImmutableMap.of("host", host), "{}");
    }

    private final InMemoryServiceDesk desk = DemoHospital.inMemory();
    private final PreparedPayloads payloads = new PreparedPayloads();
    private final InMemoryMonitoring monitoring = new InMemoryMonitoring(desk, payloads, DemoHospital.settings(),
            MonitoringSettings.hospitalDefault());

    private String register(String code) {
        return monitoring.monitoring.sources().register(new AlertSourceCommand.Register(DemoHospital.DIRECTOR_GAO,
                code, AlertSourceKind.ALERTMANAGER, null, false, null)).token().value();
    }

    private IntakeOutcome deliver(String code, String token, String body) {
        return monitoring.monitoring.intake().receive(new AlertDelivery(code, Optional.ofNullable(token),
                Optional.empty(), body.getBytes(UTF_8)));
    }

    @Test
    void theIndexFollowsTheCmdbSoAnItemRegisteredAfterwardsIsFoundWithoutARestart() {
        String token = register("prometheus-dc");
        payloads.deliveries.put("one", List.of(firing(0, "f1", "emr-db01", NOW.minusSeconds(60))));
        payloads.deliveries.put("two", List.of(firing(0, "f2", "EMR-DB01", NOW.minusSeconds(30))));

        IntakeOutcome before = deliver("prometheus-dc", token, "one");
        DemoCmdb.Estate estate = DemoCmdb.loadInto(desk.cmdb, DemoHospital.CONFIG_MANAGER_QIAN);
        IntakeOutcome after = deliver("prometheus-dc", token, "two");

        assertThat(before.unmapped()).isEqualTo(1);
        assertThat(after.unmapped()).isZero();
        assertThat(monitoring.alerts.after(0, 10)).extracting(a -> a.ci().map(Object::toString).orElse("none"))
                .containsExactly("none", estate.id("SRV-EMR-DB01").toString());
    }

    @Test
    void anUnknownSourceABadTokenAndAMalformedBodyAreRefusedAndAllButTheFirstKept() {
        String token = register("prometheus-dc");

        assertThatThrownBy(() -> deliver("nowhere", token, "one")).isInstanceOf(AlertSourceNotFoundException.class);
        assertThatThrownBy(() -> deliver("prometheus-dc", "itk_wrong-token-0000000000000", "one"))
                .isInstanceOf(SourceNotAuthenticatedException.class);
        assertThatThrownBy(() -> deliver("prometheus-dc", token, "bad")).isInstanceOf(MalformedAlertsException.class);

        assertThat(monitoring.rejections.before(Optional.empty(), 10)).extracting(r -> r.rejection().reason())
                .containsExactly(RejectionReason.MALFORMED, RejectionReason.NOT_AUTHENTICATED);
        assertThat(monitoring.rejections.before(Optional.empty(), 10).get(0).rejection().excerpt()).isEqualTo("bad");
        assertThat(monitoring.alerts.after(0, 10)).isEmpty();
        assertThat(desk.events.history("alert-source:prometheus-dc")).hasSize(1);
    }
}
