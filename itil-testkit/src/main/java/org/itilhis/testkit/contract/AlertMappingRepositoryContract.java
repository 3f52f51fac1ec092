package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.monitoring.AlertMappingRule;
import org.itilhis.core.monitoring.AlertMappings;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.monitoring.out.AlertMappingRepository;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AlertMappingRepository} must do: answer the default rules at version 0 before
 * any are saved, keep saved rules in their order at their version, refuse a save over another
 * version, and undo a rolled-back save. Each test expects empty storage.
 */
public interface AlertMappingRepositoryContract {
    StaffId QIAN = StaffId.of("config.qian");
    Instant AT = Instant.parse("2026-12-07T02:00:00.123456Z");

    AlertMappingRepository alertMappings();

    Transactions transactions();

    private static List<AlertMappingRule> rules() {
        return List.of(AlertMappingRule.labelValue("job", "his-db", new CiId(UUID.fromString(
                        "00000000-0000-0000-0000-0000000000a1"))),
                AlertMappingRule.ipAddress("instance", "ipAddress"), AlertMappingRule.assetTag("资产编号"));
    }

    @Test
    default void beforeAnySaveTheDefaultRulesAreAnsweredAtVersionZero() {
        AlertMappings current = alertMappings().current();

        assertThat(current.version()).isZero();
        assertThat(current.rules()).isEqualTo(AlertMappings.DEFAULT_RULES);
    }

    @Test
    default void savedRulesComeBackInTheirOrderAtTheirVersion() {
        AlertMappings mappings = alertMappings().current();
        mappings.replace(rules(), QIAN, AT);
        ContractSupport.committed(transactions(), () -> alertMappings().save(mappings, 0));
        AlertMappings again = alertMappings().current();
        again.replace(rules().subList(1, 3), QIAN, AT.plusSeconds(1));
        ContractSupport.committed(transactions(), () -> alertMappings().save(again, 1));

        AlertMappings found = alertMappings().current();
        assertThat(found.version()).isEqualTo(2);
        assertThat(found.rules()).containsExactlyElementsOf(rules().subList(1, 3));
    }

    @Test
    default void aSaveOverAnotherVersionIsAConflictAndARolledBackSaveVanishes() {
        AlertMappings mappings = alertMappings().current();
        mappings.replace(rules(), QIAN, AT);

        assertThatThrownBy(() -> ContractSupport.committed(transactions(), () -> alertMappings().save(mappings, 3)))
                .isInstanceOf(VersionConflictException.class);
        ContractSupport.rolledBack(transactions(), () -> alertMappings().save(mappings, 0));

        assertThat(alertMappings().current().version()).isZero();
    }
}
