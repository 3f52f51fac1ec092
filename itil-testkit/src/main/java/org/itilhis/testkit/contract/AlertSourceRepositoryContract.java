package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import org.itilhis.core.monitoring.AlertSource;
import org.itilhis.core.monitoring.AlertSourceKind;
import org.itilhis.core.monitoring.SigningSecret;
import org.itilhis.core.monitoring.SourceToken;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.monitoring.out.AlertSourceRepository;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AlertSourceRepository} must do: keep each source whole (its token's hash, a
 * generic source's signing secret, whether it is enabled) at its current version, accept a new one
 * only at an unused code and a change only over the version it was read at, list them by code, and
 * undo a rolled-back save. Each test expects empty storage.
 */
public interface AlertSourceRepositoryContract {
    StaffId DIRECTOR = StaffId.of("director.wang");
    Instant AT = Instant.parse("2026-12-07T02:00:00.123456Z");

    AlertSourceRepository alertSources();

    Transactions transactions();

    private static AlertSource source(String code, AlertSourceKind kind, boolean signed) {
        return AlertSource.register(code, kind, SourceToken.generate(new Random(code.hashCode())),
                signed ? Optional.of(SigningSecret.generate(new Random(3))) : Optional.empty(), DIRECTOR, AT);
    }

    private void save(AlertSource source, long expected) {
        ContractSupport.committed(transactions(), () -> alertSources().save(source, expected));
    }

    @Test
    default void aNewSourceIsFoundWholeWithItsCredentialsAndTheOthersByCode() {
        AlertSource generic = source("lis-generic", AlertSourceKind.GENERIC, true);
        AlertSource prometheus = source("prometheus-core", AlertSourceKind.ALERTMANAGER, false);

        save(prometheus, 0);
        save(generic, 0);

        assertThat(alertSources().find("lis-generic").orElseThrow().snapshot()).isEqualTo(generic.snapshot());
        assertThat(alertSources().all()).extracting(AlertSource::code).containsExactly("lis-generic",
                "prometheus-core");
        assertThat(alertSources().find("zabbix")).isEmpty();
    }

    @Test
    default void aRotationAndADisablingAreKeptAtTheNextVersions() {
        AlertSource zabbix = source("zabbix", AlertSourceKind.ZABBIX, false);
        save(zabbix, 0);
        SourceToken token = SourceToken.generate(new Random(11));
        zabbix.rotateCredentials(token, Optional.empty(), DIRECTOR, AT.plusSeconds(1));
        save(zabbix, 1);
        zabbix.disable(DIRECTOR, AT.plusSeconds(2));
        save(zabbix, 2);

        AlertSource found = alertSources().find("zabbix").orElseThrow();
        assertThat(found.snapshot()).isEqualTo(zabbix.snapshot());
        assertThat(found.version()).isEqualTo(3);
        assertThat(found.isEnabled()).isFalse();
    }

    @Test
    default void aTakenCodeAndAStaleVersionAreVersionConflictsAndTheFirstWriterWins() {
        AlertSource first = source("zabbix", AlertSourceKind.ZABBIX, false);
        save(first, 0);

        assertThatThrownBy(() -> save(source("zabbix", AlertSourceKind.GENERIC, false), 0))
                .isInstanceOf(VersionConflictException.class);
        AlertSource one = alertSources().find("zabbix").orElseThrow();
        AlertSource two = alertSources().find("zabbix").orElseThrow();
        one.disable(DIRECTOR, AT.plusSeconds(1));
        two.rotateCredentials(SourceToken.generate(new Random(5)), Optional.empty(), DIRECTOR, AT.plusSeconds(2));
        save(one, 1);
        assertThatThrownBy(() -> save(two, 1)).isInstanceOf(VersionConflictException.class);

        assertThat(alertSources().find("zabbix").orElseThrow().snapshot()).isEqualTo(one.snapshot());
    }

    @Test
    default void aSaveInARolledBackTransactionVanishes() {
        ContractSupport.rolledBack(transactions(),
                () -> alertSources().save(source("zabbix", AlertSourceKind.ZABBIX, false), 0));

        assertThat(alertSources().find("zabbix")).isEmpty();
        assertThat(alertSources().all()).isEmpty();
    }
}
