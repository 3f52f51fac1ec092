package org.itilhis.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.itilhis.core.monitoring.AlertMappingRule;
import org.itilhis.core.monitoring.AlertMappings;
import org.itilhis.core.monitoring.AlertSource;
import org.itilhis.core.monitoring.AlertSourceKind;
import org.itilhis.core.monitoring.SigningSecret;
import org.itilhis.core.monitoring.SourceToken;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.monitoring.out.AlertLog;
import org.itilhis.ports.monitoring.out.AlertMappingRepository;
import org.itilhis.ports.monitoring.out.AlertRejectionLog;
import org.itilhis.ports.monitoring.out.AlertSourceRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * As {@link WebhookContractIT}, for the monitoring stores' contracts (alert log, sources, mapping
 * rules, rejections); and the event log of the same database reading every source and mapping
 * event back equal, no credential in any of them.
 */
abstract class MonitoringContractIT extends DatabaseIT {
    @BeforeEach
    void emptyTables() {
        db.emptyTables();
    }

    @Test
    void everySourceAndMappingEventIsAppendedToTheEventLogAndReadBackEqualWithoutACredential() {
        StaffId director = StaffId.of("M0001");
        Instant at = Instant.parse("2027-03-01T02:15:30.123456789Z");
        SourceToken token = SourceToken.generate(new Random(1));
        SigningSecret secret = SigningSecret.generate(new Random(2));
        AlertSource lis = AlertSource.register("lis-generic", AlertSourceKind.GENERIC, token, Optional.of(secret),
                director, at);
        lis.rotateCredentials(SourceToken.generate(new Random(3)), Optional.empty(), director, at.plusSeconds(1));
        lis.disable(director, at.plusSeconds(2));
        lis.enable(director, at.plusSeconds(3));
        AlertMappings mappings = AlertMappings.hospitalDefault();
        mappings.replace(List.of(AlertMappingRule.assetTag("资产编号")), director, at.plusSeconds(4));
        List<DomainEvent> events = new java.util.ArrayList<>(lis.pullEvents());
        events.addAll(mappings.pullEvents());
        storage.transactions().inTransaction(() -> {
            storage.events().append(events);
            return null;
        });

        List<DomainEvent> history = storage.events().history(AlertSource.aggregateIdOf("lis-generic"));
        assertThat(history).containsExactlyElementsOf(events.subList(0, 4));
        assertThat(history).extracting(DomainEvent::type).containsExactly("monitoring.source-registered",
                "monitoring.source-credentials-rotated", "monitoring.source-disabled", "monitoring.source-enabled");
        assertThat(history.toString()).doesNotContain(token.value(), secret.value());
        assertThat(storage.events().history(AlertMappings.AGGREGATE_ID)).containsExactlyElementsOf(events.subList(4, 5));
    }

    /**
     * A storm: 10,000 alerts in 100 deliveries of 100 from four writers at once, each delivery one
     * transaction. Every alert is recorded once, at positions 1 to 10,000 without a gap, and a
     * follower paging by {@code after} reads them all in order. The rate goes to the log (a figure
     * on a shared machine, not a limit).
     */
    @Test
    void aStormOfTenThousandAlertsFromFourWritersIsRecordedWholeAtContiguousPositions() throws Exception {
        Instant at = Instant.parse("2026-03-02T01:00:00.123456Z");
        java.util.concurrent.ExecutorService writers = java.util.concurrent.Executors.newFixedThreadPool(4);
        java.util.List<java.util.concurrent.Future<?>> running = new java.util.ArrayList<>();
        long started = System.nanoTime();
        for (int d = 0; d < 100; d++) {
            int delivery = d;
            running.add(writers.submit(() -> {
                List<AlertLog.Mapped> alerts = new java.util.ArrayList<>();
                for (int i = 0; i < 100; i++) {
                    alerts.add(new AlertLog.Mapped(org.itilhis.testkit.contract.AlertLogContract.firing(
                            "prometheus-dc", "storm-" + delivery + "-" + i, at), Optional.empty()));
                }
                storage.transactions().inTransaction(() -> alertLog().recordAll(alerts, at));
            }));
        }
        for (java.util.concurrent.Future<?> write : running) {
            write.get(120, java.util.concurrent.TimeUnit.SECONDS);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        writers.shutdown();

        List<Long> positions = new java.util.ArrayList<>();
        long after = 0;
        List<org.itilhis.ports.monitoring.out.StoredAlert> page;
        do {
            page = alertLog().after(after, 1000);
            page.forEach(stored -> positions.add(stored.position()));
            after = page.isEmpty() ? after : page.get(page.size() - 1).position();
        } while (!page.isEmpty());
        assertThat(positions).hasSize(10_000).isSorted().doesNotHaveDuplicates();
        assertThat(positions.get(0)).isEqualTo(1);
        assertThat(positions.get(9_999)).isEqualTo(10_000);
        org.slf4j.LoggerFactory.getLogger(MonitoringContractIT.class).warn(
                "alert storm on {}: 10,000 alerts in 100 deliveries from 4 writers in {} ms ({} alerts/s)",
                database(), millis, millis == 0 ? "-" : 10_000_000 / millis);
    }

    public Transactions transactions() {
        return storage.transactions();
    }

    public AlertLog alertLog() {
        return storage.monitoring().alerts();
    }

    public AlertSourceRepository alertSources() {
        return storage.monitoring().sources();
    }

    public AlertMappingRepository alertMappings() {
        return storage.monitoring().mappings();
    }

    public AlertRejectionLog alertRejections() {
        return storage.monitoring().rejections();
    }
}
