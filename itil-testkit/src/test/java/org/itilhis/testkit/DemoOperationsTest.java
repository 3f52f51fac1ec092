package org.itilhis.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.CONFIG_MANAGER_QIAN;
import static org.itilhis.testkit.DemoHospital.DIRECTOR_GAO;
import static org.itilhis.testkit.DemoHospital.LEAD_SUN;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.itilhis.core.backup.BackupOutcome;
import org.itilhis.core.cmdb.CiStatus;
import org.itilhis.core.inspection.ItemResult;
import org.itilhis.core.inspection.RoundStanding;
import org.itilhis.core.repair.RepairStatus;
import org.itilhis.core.stock.StockBalance;
import org.itilhis.core.stock.StockItemCode;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.core.ticket.TicketStatus;
import org.itilhis.ports.common.Notification;
import org.itilhis.ports.operations.in.RoundView;
import org.itilhis.ports.operations.service.InspectionPorts;
import org.itilhis.ports.operations.service.InspectionSettings;
import org.itilhis.ports.operations.service.Inspections;
import org.itilhis.ports.operations.service.MachineRoomPorts;
import org.itilhis.ports.operations.service.StockSettings;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.itilhis.testkit.memory.InMemoryInspectionRoundRepository;
import org.itilhis.testkit.memory.InMemoryInspectionScheduleRepository;
import org.itilhis.testkit.memory.InMemoryInspectionTemplateRepository;
import org.itilhis.testkit.memory.InMemoryRepairs;
import org.itilhis.testkit.memory.InMemoryServiceDesk;
import org.itilhis.testkit.memory.InMemoryStock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The demo month of the operations records on the in-memory demo hospital (its clock on Monday
 * 2 March 2026, 08:00 in Shanghai): the facts the README's story relies on. Loaded once for the
 * class (a month of the records takes seconds); no test changes anything.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoOperationsTest {
    private final InMemoryServiceDesk desk = DemoHospital.inMemory();
    private final InMemoryStock stock = new InMemoryStock(desk, DemoHospital.settings(),
            StockSettings.hospitalDefault());
    private final InMemoryRepairs repairs = new InMemoryRepairs(desk, DemoHospital.settings(), stock);
    private final InspectionPorts inspectionPorts = new InspectionPorts(desk.ports, desk.slaConfiguration,
            desk.configurationItems, desk.cmdb.faultIncidents(),
            new InMemoryInspectionTemplateRepository(desk.transactions),
            new InMemoryInspectionScheduleRepository(desk.transactions),
            new InMemoryInspectionRoundRepository(desk.transactions));
    private final Inspections inspections = Inspections.create(inspectionPorts, InspectionSettings.hospitalDefault(),
            DemoHospital.settings(), InMemoryServiceDesk.validator());
    private final DemoCmdb.Estate estate;
    private final DemoOperations.Loaded loaded;
    private final Instant now;

    DemoOperationsTest() {
        DemoHospital.configureServiceLevels(desk.levels.administration());
        estate = DemoCmdb.loadInto(desk.cmdb, CONFIG_MANAGER_QIAN);
        now = desk.clock.instant();
        loaded = load().orElseThrow();
    }

    private Optional<DemoOperations.Loaded> load() {
        return DemoOperations.loadInto(new DemoOperations.Ports(desk.problemPorts.cmdb(), inspectionPorts,
                        desk.backupPorts, repairs.ports, stock.ports,
                        new MachineRoomPorts(desk.ports, desk.configurationItems, desk.machineRoomEntries)),
                DemoHospital.settings(), InMemoryServiceDesk.validator(), now, estate);
    }

    private TicketView incident(String number) {
        return desk.desk.queries().byNumber(AGENT_CHEN, TicketNumber.parse(number)).orElseThrow();
    }

    private List<RoundView> rounds() {
        return inspections.queries().rounds(DIRECTOR_GAO, DemoHospital.NETWORK, now.minus(Duration.ofDays(31)),
                now.plus(Duration.ofDays(2)), EnumSet.allOf(RoundStanding.class));
    }

    @Test
    void theHotEveningsReadingRaisedAnIncidentOnTheMachineRoomAndTheNextMorningsAddedToIt() {
        List<ItemResult> hot = rounds().stream().flatMap(r -> r.state().results().stream())
                .filter(r -> r.item().equals("temperature") && r.failed()).toList();

        assertThat(hot).hasSize(2);
        assertThat(hot).extracting(r -> r.incident().orElseThrow()).containsOnly(loaded.temperatureIncident());
        assertThat(hot).extracting(r -> r.reading().orElseThrow().toPlainString()).containsExactlyInAnyOrder("29.5",
                "28.4");
        TicketView incident = incident(loaded.temperatureIncident());
        assertThat(incident.details().description()).contains("29.5");
        assertThat(incident.status()).isEqualTo(TicketStatus.RESOLVED);
    }

    @Test
    void everyDailyRoundOfTheMonthIsRecordedButTheOneStillOpenForTheEngineerOnDuty() {
        List<RoundView> daily = rounds().stream().filter(r -> r.state().template().equals(DemoOperations.DAILY_ROUND)
                && !r.state().due().isAfter(now)).toList();

        assertThat(daily).hasSizeGreaterThanOrEqualTo(59);
        assertThat(daily).filteredOn(r -> r.standing() == RoundStanding.MISSED).isEmpty();
        assertThat(daily).filteredOn(r -> r.standing() == RoundStanding.DUE || r.standing() == RoundStanding.OVERDUE)
                .hasSize(1);
    }

    @Test
    void theFailedAndTheMissedBackupEachRaisedTheirIncident() {
        assertThat(loaded.failedBackupIncident()).isNotNull();
        assertThat(loaded.missedBackupIncident()).isNotNull().isNotEqualTo(loaded.failedBackupIncident());
        assertThat(desk.backups.queries().runs(DIRECTOR_GAO, DemoOperations.HIS_DATABASE, Optional.empty(), 100))
                .filteredOn(run -> run.outcome() == BackupOutcome.FAILED).hasSize(1);
        assertThat(desk.backups.queries().missed(DIRECTOR_GAO, DemoOperations.PACS_ARCHIVE,
                now.minus(Duration.ofDays(31)), now)).hasSize(1);
        assertThat(incident(loaded.failedBackupIncident()).details().description()).contains("ORA-19502");
        assertThat(incident(loaded.missedBackupIncident()).status()).isEqualTo(TicketStatus.RESOLVED);
    }

    @Test
    void theRepairedItemsAreBackInUseAndTheirRepairsClosedThePrinterUnderWarranty() {
        assertThat(status(DemoOperations.WARD_PRINTER)).isEqualTo(CiStatus.IN_USE);
        assertThat(status(DemoOperations.READING_STATION)).isEqualTo(CiStatus.IN_USE);
        assertThat(repairs.repairs.queries().repair(DIRECTOR_GAO, loaded.printerRepair()).status())
                .isEqualTo(RepairStatus.CLOSED);
        assertThat(repairs.repairs.queries().repair(DIRECTOR_GAO, loaded.printerRepair()).repair().opening()
                .underWarranty()).as("the printer went to HP under warranty").isTrue();
        assertThat(repairs.repairs.queries().repair(DIRECTOR_GAO, loaded.diskRepair()).status())
                .isEqualTo(RepairStatus.CLOSED);
    }

    private CiStatus status(String tag) {
        return desk.cmdb.queries().findByAssetTag(CONFIG_MANAGER_QIAN, tag).item().status();
    }

    @Test
    void noBalanceIsNegativeAndTheTonerAtTheItStoreAlertedItsOwnerOnce() {
        for (String item : List.of(DemoOperations.TONER, DemoOperations.KEYBOARD, DemoOperations.HARD_DISK,
                DemoOperations.POWER_SUPPLY)) {
            assertThat(stock.ledger.queries().balancesOf(LEAD_SUN, StockItemCode.of(item)))
                    .extracting(StockBalance::quantity).allMatch(quantity -> quantity >= 0);
        }
        assertThat(desk.notifier.sent()).filteredOn(n -> n.topic().equals("stock.reorder-level-reached"))
                .extracting(Notification::recipient, Notification::reference)
                .containsExactly(tuple(LEAD_SUN.staffId(), DemoOperations.TONER + "@" + DemoOperations.IT_STORE));
    }

    @Test
    void loadingAgainWritesNothing() {
        int events = desk.events.all().size();

        assertThat(load()).isEmpty();
        assertThat(desk.events.all()).hasSize(events);
    }
}
