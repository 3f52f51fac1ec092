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
