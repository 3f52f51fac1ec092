package org.itilhis.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.itilhis.testkit.DemoHospital.CHANGE_MANAGER_LIN;
import static org.itilhis.testkit.DemoHospital.CONFIG_MANAGER_QIAN;

import java.time.ZoneId;
import java.util.List;
import org.itilhis.core.change.ChangeStatus;
import org.itilhis.core.change.schedule.ChangeWindow;
import org.itilhis.ports.change.in.ChangeSearch;
import org.itilhis.ports.change.in.ChangeView;
import org.itilhis.ports.change.service.ChangeSettings;
import org.itilhis.testkit.memory.InMemoryServiceDesk;
import org.junit.jupiter.api.Test;

class DemoChangesTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final InMemoryServiceDesk desk = DemoHospital.inMemory();
    private final DemoCmdb.Estate estate = DemoCmdb.loadInto(desk.cmdb, CONFIG_MANAGER_QIAN);

    @Test
    void theHospitalHasTwoBoardsAPrinterTemplateTheOutpatientPeakTheFreezeAndHisMaintenanceNights() {
        assertThat(DemoChanges.configureInto(desk.changes.configuration(), desk.changes.queries(), estate)).isTrue();

        assertThat(desk.changes.queries().boards(CHANGE_MANAGER_LIN)).extracting(board -> board.id())
                .containsExactlyInAnyOrder(ChangeSettings.CAB, ChangeSettings.ECAB);
        assertThat(desk.changes.queries().windows(CHANGE_MANAGER_LIN)).extracting(ChangeWindow::id)
                .containsExactlyInAnyOrder(DemoChanges.HIS_OUTPATIENT_PEAK, DemoChanges.SPRING_FESTIVAL_FREEZE,
                        DemoChanges.HIS_MAINTENANCE_NIGHTS);
    }

    @Test
    void thePacsFirmwareUpgradeIsScheduledForSaturdayNightAndTheHisPatchAwaitsTheCab() {
        DemoChanges.configureInto(desk.changes.configuration(), desk.changes.queries(), estate);

        List<ChangeView> changes = DemoChanges.loadInto(desk.changes.changes(), desk.changes.queries(), estate,
                desk.clock.instant(), SHANGHAI);

        assertThat(changes).extracting(view -> view.request().details().summary(), ChangeView::status)
                .containsExactly(tuple(DemoChanges.PACS_FIRMWARE, ChangeStatus.SCHEDULED),
                        tuple(DemoChanges.HIS_DATABASE_PATCH, ChangeStatus.AWAITING_APPROVAL));
        assertThat(changes.get(0).window().start().atZone(SHANGHAI).toLocalDate())
                .isEqualTo(DemoChanges.nextSaturday(desk.clock.instant(), SHANGHAI));
    }

    @Test
    void loadingAgainWritesNothing() {
        DemoChanges.configureInto(desk.changes.configuration(), desk.changes.queries(), estate);
        DemoChanges.loadInto(desk.changes.changes(), desk.changes.queries(), estate, desk.clock.instant(), SHANGHAI);

        assertThat(DemoChanges.configureInto(desk.changes.configuration(), desk.changes.queries(), estate)).isFalse();
        assertThat(DemoChanges.loadInto(desk.changes.changes(), desk.changes.queries(), estate, desk.clock.instant(),
                SHANGHAI)).isEmpty();
        assertThat(desk.changes.queries().search(CHANGE_MANAGER_LIN, ChangeSearch.all(10))).hasSize(2);
    }
}
