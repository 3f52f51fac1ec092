package org.itilhis.ports.monitoring.service;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.itilhis.core.monitoring.AlertSourceKind;
import org.itilhis.core.monitoring.DeliveredAlert;
import org.itilhis.ports.monitoring.in.AlertDelivery;
import org.itilhis.ports.monitoring.in.AlertSourceCommand;
import org.itilhis.ports.monitoring.in.IntakeOutcome;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.memory.InMemoryMonitoring;

/**
 * Any delivery received twice is recorded once: the second changes nothing, and the log holds
 * one alert per distinct (fingerprint, status, start), whatever repeats the delivery held.
 */
class AlertIntakeProperties {
    @Property(tries = 200)
    void anyDeliveryReceivedTwiceIsRecordedOnce(@ForAll("deliveries") List<DeliveredAlert> alerts) {
        AlertIntakeServiceTest.PreparedPayloads payloads = new AlertIntakeServiceTest.PreparedPayloads();
        payloads.deliveries.put("it", alerts);
        InMemoryMonitoring monitoring = new InMemoryMonitoring(DemoHospital.inMemory(), payloads,
                DemoHospital.settings(), MonitoringSettings.hospitalDefault());
        String token = monitoring.monitoring.sources().register(new AlertSourceCommand.Register(
                DemoHospital.DIRECTOR_GAO, "prometheus-dc", AlertSourceKind.ALERTMANAGER, null, false, null)).token()
                .value();
        AlertDelivery delivery = new AlertDelivery("prometheus-dc", Optional.of(token), Optional.empty(),
                "it".getBytes(UTF_8));

        IntakeOutcome first = monitoring.monitoring.intake().receive(delivery);
        int logged = monitoring.alerts.after(0, 10_000).size();
        IntakeOutcome second = monitoring.monitoring.intake().receive(delivery);

        long distinct = alerts.stream().map(a -> a.fingerprint() + a.status() + a.startsAt())
                .collect(Collectors.toSet()).size();
        assertThat(first.recorded()).isEqualTo(distinct);
        assertThat(first.duplicates()).isEqualTo(alerts.size() - distinct);
        assertThat(second.recorded()).isZero();
        assertThat(second.duplicates()).isEqualTo(alerts.size());
        assertThat(monitoring.alerts.after(0, 10_000)).hasSize(logged).hasSize((int) distinct);
    }

    @Provide
    Arbitrary<List<DeliveredAlert>> deliveries() {
        Arbitrary<DeliveredAlert> alert = Combinators.combine(Arbitraries.of("f1", "f2", "f3"),
                        Arbitraries.of("emr-db01", "lis-db01"), Arbitraries.integers().between(60, 65))
                .as((fingerprint, host, ago) -> AlertIntakeServiceTest.firing(0, fingerprint, host,
                        AlertIntakeServiceTest.NOW.minusSeconds(ago)));
        return alert.list().ofMaxSize(12).map(list -> {
            List<DeliveredAlert> indexed = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                DeliveredAlert a = list.get(i);
                indexed.add(new DeliveredAlert(i, a.fingerprint(), a.status(), a.name(), a.severity(), a.startsAt(),
                        a.endsAt(), a.summary(), a.labels(), a.excerpt()));
            }
            return indexed;
        });
    }
}
