package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.testkit.contract.InspectionSamples.INFRASTRUCTURE;
import static org.itilhis.testkit.contract.InspectionSamples.LEAD;
import static org.itilhis.testkit.contract.InspectionSamples.NETWORK;
import static org.itilhis.testkit.contract.InspectionSamples.UPS;
import static org.itilhis.testkit.contract.InspectionSamples.template;

import java.util.List;
import org.itilhis.core.inspection.ChecklistTemplate;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.operations.out.InspectionTemplateRepository;
import org.junit.jupiter.api.Test;

/**
 * What every {@link InspectionTemplateRepository} must do: store each version of a checklist
 * template whole (items in order with units, ranges, options, failing options and their items),
 * keep the versions beside each other, store a version only after the newest, list a group's
 * templates at their newest version, and take part in transactions. Each test expects empty
 * storage; every write runs inside {@code transactions().inTransaction(...)}.
 */
public interface InspectionTemplateRepositoryContract {
    InspectionTemplateRepository templates();

    Transactions transactions();

    private void store(ChecklistTemplate template) {
        ContractSupport.committed(transactions(), () -> templates().save(template));
    }

    private static ChecklistTemplate revised(ChecklistTemplate template) {
        return template.revise("Machine room daily round, with the UPS test", UPS,
                InspectionSamples.machineRoomItems().subList(0, 3), LEAD, template.revisedAt().plusSeconds(3600));
    }

    @Test
    default void aStoredTemplateComesBackEqualWithEveryKindOfItem() {
        ChecklistTemplate template = template("MR-DAILY", INFRASTRUCTURE);

        store(template);

        assertThat(templates().find("MR-DAILY", 1)).contains(template);
        assertThat(templates().latest("MR-DAILY")).contains(template);
        assertThat(templates().find("MR-DAILY", 2)).isEmpty();
        assertThat(templates().latest("UPS-WEEKLY")).isEmpty();
        assertThat(templates().versions("UPS-WEEKLY")).isEmpty();
    }

    @Test
    default void aRevisionIsStoredBesideTheVersionsBeforeItAndBecomesTheNewest() {
        ChecklistTemplate first = template("MR-DAILY", INFRASTRUCTURE);
        store(first);
        ChecklistTemplate second = revised(first);

        store(second);

        assertThat(templates().versions("MR-DAILY")).containsExactly(first, second);
        assertThat(templates().find("MR-DAILY", 1)).contains(first);
        assertThat(templates().latest("MR-DAILY")).contains(second);
    }

    @Test
    default void aVersionStoredAlreadyOrNotFollowingTheNewestIsAVersionConflict() {
        ChecklistTemplate first = template("MR-DAILY", INFRASTRUCTURE);
        store(first);
        ChecklistTemplate second = revised(first);
        store(second);

        assertThatThrownBy(() -> store(revised(first))).isInstanceOfSatisfying(VersionConflictException.class, e -> {
            assertThat(e.code()).isEqualTo("inspection-template.version-conflict");
            assertThat(e.actual()).isEqualTo(2);
        });
        assertThatThrownBy(() -> store(revised(revised(second)))).isInstanceOf(VersionConflictException.class);
        assertThatThrownBy(() -> store(template("UPS-WEEKLY", INFRASTRUCTURE).revise("skips version 1",
                UPS, InspectionSamples.machineRoomItems(), LEAD, InspectionSamples.AT)))
                .isInstanceOf(VersionConflictException.class);
        assertThat(templates().versions("MR-DAILY")).containsExactly(first, second);
        assertThat(templates().versions("UPS-WEEKLY")).isEmpty();
    }

    @Test
    default void aGroupsTemplatesAreTheNewestVersionOfEachByCode() {
        ChecklistTemplate ups = template("UPS-WEEKLY", INFRASTRUCTURE);
        ChecklistTemplate room = template("MR-DAILY", INFRASTRUCTURE);
        ChecklistTemplate core = template("CORE-SWITCH", NETWORK);
        store(ups);
        store(room);
        store(core);
        ChecklistTemplate roomRevised = revised(room);
        store(roomRevised);

        assertThat(templates().ofGroup(INFRASTRUCTURE)).containsExactly(roomRevised, ups);
        assertThat(templates().ofGroup(NETWORK)).containsExactly(core);
        assertThat(templates().ofGroup(org.itilhis.core.shared.GroupId.of("desktop"))).isEmpty();
    }

    @Test
    default void aRolledBackRevisionLeavesTheTemplateAtItsVersion() {
        ChecklistTemplate first = template("MR-DAILY", INFRASTRUCTURE);
        store(first);

        ContractSupport.rolledBack(transactions(), () -> templates().save(revised(first)));
        ContractSupport.rolledBack(transactions(), () -> templates().save(template("UPS-WEEKLY", INFRASTRUCTURE)));

        assertThat(templates().versions("MR-DAILY")).isEqualTo(List.of(first));
        assertThat(templates().latest("UPS-WEEKLY")).isEmpty();
        assertThat(templates().ofGroup(INFRASTRUCTURE)).containsExactly(first);
    }
}
