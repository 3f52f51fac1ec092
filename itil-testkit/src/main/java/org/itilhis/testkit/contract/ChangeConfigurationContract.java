package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.itilhis.core.change.CabId;
import org.itilhis.core.change.CabRole;
import org.itilhis.core.change.ChangeAdvisoryBoard;
import org.itilhis.core.change.ChangeTemplate;
import org.itilhis.core.change.schedule.ChangeWindow;
import org.itilhis.core.change.schedule.ChangeWindowId;
import org.itilhis.ports.change.out.ChangeAdvisoryBoards;
import org.itilhis.ports.change.out.ChangeTemplates;
import org.itilhis.ports.change.out.ChangeWindows;
import org.itilhis.ports.common.Transactions;
import org.junit.jupiter.api.Test;

/**
 * What every store of the change configuration must do ({@link ChangeAdvisoryBoards}, {@link
 * ChangeTemplates}, {@link ChangeWindows}): keep each value whole (members and their seats,
 * scope and weekly windows, recurring and dated timing with effective dates), find it by its id
 * or code, replace it when saved again, list all by id or code, remove a window, and take part
 * in transactions.
 *
 * <p>Implement it in a test class as shown for {@link TicketRepositoryContract}; each test
 * expects empty storage.
 */
public interface ChangeConfigurationContract {
    ChangeAdvisoryBoards boards();

    ChangeTemplates templates();

    ChangeWindows windows();

    /** The transactions the adapters take part in. */
    Transactions transactions();

    @Test
    default void aBoardComesBackWholeAndSavingItAgainReplacesIt() {
        ChangeAdvisoryBoard cab = ChangeSamples.cab();
        ContractSupport.committed(transactions(), () -> {
            boards().save(ChangeSamples.ecab());
            boards().save(cab);
        });
        ChangeAdvisoryBoard smaller = ChangeAdvisoryBoard.of(cab.id(), cab.name(), false,
                Map.of(ChangeSamples.MANAGER, Set.of(CabRole.CHANGE_MANAGER, CabRole.SECURITY)));

        assertThat(boards().find(cab.id())).contains(cab);
        ContractSupport.committed(transactions(), () -> boards().save(smaller));

        assertThat(boards().find(cab.id())).contains(smaller);
        assertThat(boards().all()).extracting(ChangeAdvisoryBoard::id).containsExactly(CabId.of("cab"),
                CabId.of("ecab"));
        assertThat(boards().find(CabId.of("no-such-board"))).isEmpty();
    }

    @Test
    default void aTemplateComesBackWholeAndSavingItAgainReplacesIt() {
        ChangeTemplate template = ChangeSamples.template();
        ContractSupport.committed(transactions(), () -> templates().save(template));
        ChangeTemplate narrower = new ChangeTemplate(template.code(), template.name(), ImmutableSet.of("printer"),
                ImmutableSet.of(), template.windows(), template.zone(), template.risk());

        assertThat(templates().find(template.code())).contains(template);
        ContractSupport.committed(transactions(), () -> templates().save(narrower));

        assertThat(templates().find(template.code())).contains(narrower);
        assertThat(templates().all()).containsExactly(narrower);
        assertThat(templates().find("no-such-template")).isEmpty();
    }

    @Test
    default void recurringDatedAndMaintenanceWindowsComeBackWholeAndAWindowIsRemovedOnce() {
        List<ChangeWindow> all = List.of(ChangeSamples.blackout(), ChangeSamples.maintenance(), ChangeSamples.freeze());
        ContractSupport.committed(transactions(), () -> all.forEach(windows()::save));

        all.forEach(window -> assertThat(windows().find(window.id())).contains(window));
        assertThat(windows().all()).extracting(ChangeWindow::id).containsExactly(
                ChangeWindowId.of("his-outpatient-peak"), ChangeWindowId.of("pacs-night"),
                ChangeWindowId.of("spring-festival-2027"));

        assertThat(transactions().inTransaction(() -> windows().remove(ChangeWindowId.of("pacs-night")))).isTrue();
        assertThat(transactions().inTransaction(() -> windows().remove(ChangeWindowId.of("pacs-night")))).isFalse();
        assertThat(windows().all()).hasSize(2);
    }

    @Test
    default void rolledBackWritesLeaveTheConfigurationAsItWas() {
        ChangeWindow blackout = ChangeSamples.blackout();
        ContractSupport.committed(transactions(), () -> windows().save(blackout));

        ContractSupport.rolledBack(transactions(), () -> {
            boards().save(ChangeSamples.cab());
            templates().save(ChangeSamples.template());
            windows().save(blackout.effective(null, java.time.LocalDate.of(2026, 12, 31)));
            windows().save(ChangeSamples.freeze());
            windows().remove(blackout.id());
        });

        assertThat(boards().all()).isEmpty();
        assertThat(templates().all()).isEmpty();
        assertThat(windows().all()).containsExactly(blackout);
    }
}
