package org.itilhis.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiStatus;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.repair.RepairStatus;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.stock.InsufficientStockException;
import org.itilhis.core.stock.StockBalance;
import org.itilhis.core.stock.StockItemCode;
import org.itilhis.core.stock.StockKind;
import org.itilhis.core.stock.StoreRoomCode;
import org.itilhis.ports.configuration.in.CiData;
import org.itilhis.ports.configuration.in.CmdbCommand;
import org.itilhis.ports.configuration.service.Cmdb;
import org.itilhis.ports.configuration.service.CmdbPorts;
import org.itilhis.ports.configuration.service.CmdbSettings;
import org.itilhis.ports.operations.in.OpenRepair;
import org.itilhis.ports.operations.in.RepairCommand;
import org.itilhis.ports.operations.in.RepairView;
import org.itilhis.ports.operations.in.StockCommand;
import org.itilhis.ports.operations.service.RepairPorts;
import org.itilhis.ports.operations.service.Repairs;
import org.itilhis.ports.operations.service.StockLedger;
import org.itilhis.ports.operations.service.StockPorts;
import org.itilhis.ports.operations.service.StockSettings;
import org.itilhis.ports.servicedesk.service.ServiceDesk;
import org.itilhis.ports.servicedesk.service.ServiceDeskPorts;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.memory.MutableClock;
import org.itilhis.testkit.memory.RecordingNotifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Repairs on one database, wired with the CMDB and the spare parts ledger on the same storage:
 * sending and returning move the item in the CMDB in the repair's transaction, parts come out of
 * the stock with it, and a use of parts beyond stock leaves the repair, the balance and the log
 * as they were.
 */
abstract class RepairBehaviour extends DatabaseIT {
    private final ValidatorFactory validators = Validation.buildDefaultValidatorFactory();
    private final MutableClock clock = MutableClock.at("2026-03-02T00:00:00Z");
    private Cmdb cmdb;
    private Repairs repairs;
    private StockLedger stock;

    @BeforeEach
    void wire() {
        db.emptyTables();
        ServiceDeskPorts ports = new ServiceDeskPorts(storage.tickets(), storage.contacts(), storage.numbers(),
                storage.events(), new RecordingNotifier(), DemoHospital.directory(), storage.transactions(), clock,
                storage.personalDataReads());
        ServiceDesk desk = ServiceDesk.create(ports, DemoHospital.settings(), validators.getValidator());
        CmdbPorts cmdbPorts = new CmdbPorts(ports, storage.configurationItems(), storage.affectedCiLinks(),
                storage.cmdb().faultIncidentLinks());
        cmdb = Cmdb.create(cmdbPorts, CmdbSettings.hospitalDefault(), DemoHospital.settings(),
                validators.getValidator(), desk);
        stock = StockLedger.create(new StockPorts(ports, storage.stock().items(), storage.stock().rooms(),
                storage.stock().balances(), storage.stock().movements()), StockSettings.hospitalDefault(),
                DemoHospital.settings(), validators.getValidator());
        repairs = Repairs.create(new RepairPorts(cmdbPorts, storage.problem().problems(), storage.repair().repairs()),
                DemoHospital.settings(), validators.getValidator(), cmdb, stock);
        stock.stock().defineStoreRoom(new StockCommand.DefineStoreRoom(DemoHospital.LEAD_SUN, "IT-B1", null, "信息科库房"));
        stock.stock().defineItem(new StockCommand.DefineItem(DemoHospital.LEAD_SUN, "LCD-24", "24寸显示屏", "piece",
                StockKind.SPARE_PART, "workstation", DemoHospital.LEAD_SUN.staffId(), Map.of()));
        stock.stock().receive(new StockCommand.Receive(DemoHospital.ENGINEER_LIU, "LCD-24", "IT-B1", 1, "联影医疗",
                "DN-2026-0302", null));
    }

    @AfterAll
    void closeValidators() {
        validators.close();
    }

    @Test
    void aRepairSentGivenAPartAndReturnedMovesItsItemAndTheStockInItsOwnTransactions() {
        CiId pacs = item();
        RepairView opened = repairs.repairs().open(new OpenRepair(DemoHospital.ENGINEER_LIU, pacs, "显示器花屏", null,
                null, null, null));

        repairs.repairs().handle(new RepairCommand.SendToRepair(DemoHospital.ENGINEER_LIU, opened.id(), 1L, "送厂家"));
        assertThat(status(pacs)).isEqualTo(CiStatus.UNDER_REPAIR);
        repairs.repairs().handle(new RepairCommand.UseParts(DemoHospital.ENGINEER_LIU, opened.id(), 2L, "LCD-24",
                "IT-B1", 1));
        clock.advance(Duration.ofHours(3));
        RepairView back = repairs.repairs().handle(new RepairCommand.ReturnFromRepair(DemoHospital.ENGINEER_LIU,
                opened.id(), 3L, null, null));

        assertThat(status(pacs)).isEqualTo(CiStatus.IN_USE);
        assertThat(back.status()).isEqualTo(RepairStatus.RETURNED);
        assertThat(held()).isZero();
        assertThat(repairs.downtime().downtime(Set.of(pacs), clock.instant().minus(Duration.ofDays(1)),
                clock.instant())).singleElement().satisfies(interval -> assertThat(interval.downtime()
                .length(clock.instant())).isEqualTo(Duration.ofHours(3)));
        assertThat(repairs.queries().history(DemoHospital.ENGINEER_LIU, opened.id()).stream().map(DomainEvent::type))
                .containsExactly("repair.opened", "repair.sent-to-repair", "repair.parts-used", "repair.returned");
    }

    @Test
    void partsBeyondStockLeaveTheRepairTheBalanceAndTheLogAsTheyWere() {
        CiId pacs = item();
        RepairView opened = repairs.repairs().open(new OpenRepair(DemoHospital.ENGINEER_LIU, pacs, "显示器花屏", null,
                null, null, null));
        int logged = storage.events().history(opened.id().toString()).size();

        assertThatThrownBy(() -> repairs.repairs().handle(new RepairCommand.UseParts(DemoHospital.ENGINEER_LIU,
                opened.id(), null, "LCD-24", "IT-B1", 2))).isInstanceOf(InsufficientStockException.class);

        assertThat(storage.repair().repairs().find(opened.id()).orElseThrow().snapshot()).isEqualTo(opened.repair());
        assertThat(held()).isEqualTo(1);
        assertThat(storage.events().history(opened.id().toString())).hasSize(logged);
    }

    private long held() {
        return storage.stock().balances().find(StockItemCode.of("LCD-24"), StoreRoomCode.of("IT-B1"))
                .map(StockBalance::quantity).orElse(0L);
    }

    private CiStatus status(CiId ci) {
        return storage.configurationItems().find(ci).orElseThrow().status();
    }

    private CiId item() {
        return cmdb.items().handle(new CmdbCommand.RegisterCi(DemoHospital.CONFIG_MANAGER_QIAN, "workstation",
                new CiData("RAD-WS-01", "放射科阅片工作站", null, "Main campus", "Building 2", "1F", "Radiology", "it",
                        "desktop-first-line", ServiceCriticality.CLINICAL_CRITICAL, "联影医疗", LocalDate.parse("2027-12-31"),
                        Map.of("hostname", "rad-ws-01")), CiStatus.IN_USE)).item().id();
    }
}
