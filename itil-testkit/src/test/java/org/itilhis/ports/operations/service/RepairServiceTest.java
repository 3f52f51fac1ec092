package org.itilhis.ports.operations.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.testkit.DemoHospital.CONFIG_MANAGER_QIAN;
import static org.itilhis.testkit.DemoHospital.DIRECTOR_GAO;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.LEAD_SUN;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.itilhis.core.access.NotPermittedException;
import org.itilhis.core.cmdb.CiEvent;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiStatus;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.repair.DowntimeEndsBeforeStartException;
import org.itilhis.core.repair.Money;
import org.itilhis.core.repair.RepairEvent;
import org.itilhis.core.repair.RepairId;
import org.itilhis.core.repair.RepairStatus;
import org.itilhis.core.repair.RepairTimeInFutureException;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.core.stock.InsufficientStockException;
import org.itilhis.core.stock.StockBalance;
import org.itilhis.core.stock.StockItemCode;
import org.itilhis.core.stock.StockKind;
import org.itilhis.core.stock.StoreRoomCode;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.workflow.IllegalTransitionException;
import org.itilhis.ports.configuration.in.CiData;
import org.itilhis.ports.configuration.in.CiNotFoundException;
import org.itilhis.ports.configuration.in.CmdbCommand;
import org.itilhis.ports.operations.in.DowntimeInterval;
import org.itilhis.ports.operations.in.OpenRepair;
import org.itilhis.ports.operations.in.RepairCommand;
import org.itilhis.ports.operations.in.RepairCosts;
import org.itilhis.ports.operations.in.RepairNotFoundException;
import org.itilhis.ports.operations.in.RepairSearch;
import org.itilhis.ports.operations.in.RepairView;
import org.itilhis.ports.operations.in.StockCommand;
import org.itilhis.ports.operations.in.StockUseCase;
import org.itilhis.ports.problem.in.ProblemNotFoundException;
import org.itilhis.ports.servicedesk.in.TicketNotFoundException;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.TicketBuilder;
import org.itilhis.testkit.memory.InMemoryRepairs;
import org.itilhis.testkit.memory.InMemoryServiceDesk;
import org.itilhis.testkit.memory.InMemoryStock;
import org.junit.jupiter.api.Test;

/**
 * Engineer Liu sends the radiology PACS workstation to 联影 for repair: the CMDB shows it under
 * repair, then in use when it is back, each step's note naming the repair; its downtime is what
 * the availability figures read. Refusals change nothing.
 */
class RepairServiceTest {
    private final InMemoryServiceDesk desk = DemoHospital.inMemory();
    private final InMemoryStock stock = new InMemoryStock(desk, DemoHospital.settings(),
            StockSettings.hospitalDefault());
    private final InMemoryRepairs repairs = new InMemoryRepairs(desk, DemoHospital.settings(), stock);
    private final Ticket incident = storedIncident();
    private final CiId pacs = item(Map.of("manufacturer", "联影医疗"), null, LocalDate.parse("2027-12-31"));

    @Test
    void sendingARepairPutsTheItemUnderRepairAndReturningPutsItBackInUseWithNotesNamingTheRepair() {
        RepairView opened = open(pacs, incident.number().toString());
        desk.clock.advance(Duration.ofMinutes(30));

        RepairView sent = handle(new RepairCommand.SendToRepair(ENGINEER_LIU, opened.id(), opened.version(), "送厂家"));
        assertThat(statusOf(pacs)).isEqualTo(CiStatus.UNDER_REPAIR);
        desk.clock.advance(Duration.ofHours(20));
        RepairView back = handle(new RepairCommand.ReturnFromRepair(ENGINEER_LIU, opened.id(), sent.version(), null,
                "换屏后正常"));

        assertThat(statusOf(pacs)).isEqualTo(CiStatus.IN_USE);
        assertThat(back.status()).isEqualTo(RepairStatus.RETURNED);
        assertThat(back.repair().downtimeEnd()).contains(desk.clock.instant());
        assertThat(desk.events.history(pacs.toString())).filteredOn(CiEvent.LifecycleStepTaken.class::isInstance)
                .map(DomainEvent::actor).containsOnly(ENGINEER_LIU.staffId());
        assertThat(lifecycleNotes(pacs)).allSatisfy(note -> assertThat(note).contains(opened.id().toString()));
        assertThat(repairs.repairs.queries().history(ENGINEER_LIU, opened.id())).hasExactlyElementsOfTypes(
                RepairEvent.Opened.class, RepairEvent.SentToRepair.class, RepairEvent.Returned.class);
    }

    RepairServiceTest() {
        StockUseCase ledger = stock.ledger.stock();
        ledger.defineStoreRoom(new StockCommand.DefineStoreRoom(LEAD_SUN, "IT-B1", null, "信息科库房"));
        ledger.defineItem(new StockCommand.DefineItem(LEAD_SUN, "LCD-24", "24寸显示屏", "piece", StockKind.SPARE_PART,
                "workstation", LEAD_SUN.staffId(), Map.of()));
        ledger.receive(new StockCommand.Receive(ENGINEER_LIU, "LCD-24", "IT-B1", 2, "联影医疗", "DN-2026-0302", null));
    }

    @Test
    void partsUsedAreIssuedFromStockToTheRepairAndPartsBeyondStockAreRefusedWithNothingChanged() {
        RepairView opened = open(pacs, null);

        RepairView used = handle(new RepairCommand.UseParts(ENGINEER_LIU, opened.id(), opened.version(), "LCD-24",
                "IT-B1", 1));
        int logged = desk.events.all().size();

        assertThat(used.repair().parts()).extracting(p -> p.item() + " x" + p.quantity()).containsExactly("LCD-24 x1");
        assertThat(held()).isEqualTo(1);
        assertThatThrownBy(() -> handle(new RepairCommand.UseParts(ENGINEER_LIU, opened.id(), used.version(),
                "LCD-24", "IT-B1", 2))).isInstanceOf(InsufficientStockException.class);
        assertThat(held()).isEqualTo(1);
        assertThat(repairs.store.find(opened.id()).orElseThrow().snapshot()).isEqualTo(used.repair());
        assertThat(desk.events.all()).hasSize(logged);
    }

    private long held() {
        return stock.balances.find(StockItemCode.of("LCD-24"), StoreRoomCode.of("IT-B1"))
                .map(StockBalance::quantity).orElse(0L);
    }

    @Test
    void theVendorAndWarrantyComeFromTheItemsRecordWhenItHasThem() {
        RepairView opened = repairs.repairs.repairs().open(new OpenRepair(ENGINEER_LIU, pacs, "花屏", "某维修站",
                false, null, null));
        CiId printer = item(Map.of(), null, null);
        RepairView asRecorded = repairs.repairs.repairs().open(new OpenRepair(ENGINEER_LIU, printer, "卡纸",
                "惠普维修站", true, null, null));

        assertThat(opened.repair().opening().vendor()).contains("联影医疗");
        assertThat(opened.repair().opening().underWarranty()).isTrue();
        assertThat(asRecorded.repair().opening().vendor()).contains("惠普维修站");
        assertThat(asRecorded.repair().opening().underWarranty()).isTrue();
    }

    @Test
    void anItemOutOfWarrantyOnTheDayItWentDownIsNotUnderWarranty() {
        CiId old = item(Map.of(), "飞利浦", LocalDate.parse("2026-02-28"));

        RepairView opened = repairs.repairs.repairs().open(new OpenRepair(ENGINEER_LIU, old, "无法开机", null,
                true, null, null));

        assertThat(opened.repair().opening().vendor()).contains("飞利浦");
        assertThat(opened.repair().opening().underWarranty()).isFalse();
    }

    @Test
    void aRepairLinkedToAnUnknownIncidentProblemOrItemIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> open(pacs, "INC-2026-999999")).isInstanceOf(TicketNotFoundException.class);
        assertThatThrownBy(() -> open(pacs, "PRB-2026-000404")).isInstanceOf(ProblemNotFoundException.class);
        assertThatThrownBy(() -> open(pacs, "INC-1999-000000")).isInstanceOf(TicketNotFoundException.class);
        assertThatThrownBy(() -> open(new CiId(java.util.UUID.randomUUID()), null))
                .isInstanceOf(CiNotFoundException.class);
        assertThat(repairs.store.search(RepairSearch.all(10))).isEmpty();
    }

    @Test
    void aDowntimeStartingInTheFutureIsRefused() {
        assertThatThrownBy(() -> repairs.repairs.repairs().open(new OpenRepair(ENGINEER_LIU, pacs, "花屏", null, null,
                null, desk.clock.instant().plusSeconds(60)))).isInstanceOf(RepairTimeInFutureException.class);
    }

    @Test
    void aReturnEndingTheDowntimeBeforeItStartedChangesNeitherTheRepairNorTheItem() {
        RepairView sent = handle(new RepairCommand.SendToRepair(ENGINEER_LIU, open(pacs, null).id(), null, null));
        int logged = desk.events.all().size();

        assertThatThrownBy(() -> handle(new RepairCommand.ReturnFromRepair(ENGINEER_LIU, sent.id(), null,
                Instant.parse("2020-01-01T00:00:00Z"), null))).isInstanceOf(DowntimeEndsBeforeStartException.class);
        assertThat(statusOf(pacs)).isEqualTo(CiStatus.UNDER_REPAIR);
        assertThat(repairs.store.find(sent.id()).orElseThrow().snapshot()).isEqualTo(sent.repair());
        assertThat(desk.events.all()).hasSize(logged);
    }

    @Test
    void aStepTheCmdbRefusesUndoesTheRepairsStepToo() {
        RepairView opened = open(pacs, null);
        desk.cmdb.items().handle(new CmdbCommand.TakeLifecycleStep(CONFIG_MANAGER_QIAN, pacs, null,
                org.itilhis.core.cmdb.CiAction.RETIRE, null, "beyond economic repair"));

        assertThatThrownBy(() -> handle(new RepairCommand.SendToRepair(ENGINEER_LIU, opened.id(), null, null)))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(repairs.store.find(opened.id()).orElseThrow().status()).isEqualTo(RepairStatus.OPENED);
    }

    @Test
    void anIllegalStepAndAStaleVersionAreRefused() {
        RepairView opened = open(pacs, null);

        assertThatThrownBy(() -> handle(new RepairCommand.Close(ENGINEER_LIU, opened.id(), null)))
                .isInstanceOfSatisfying(IllegalTransitionException.class,
                        e -> assertThat(e.allowedActions()).contains("SEND_TO_REPAIR", "CANCEL"));
        handle(new RepairCommand.RecordCost(ENGINEER_LIU, opened.id(), opened.version(), new BigDecimal("300"), null));
        assertThatThrownBy(() -> handle(new RepairCommand.Cancel(ENGINEER_LIU, opened.id(), opened.version(), "误报")))
                .isInstanceOf(VersionConflictException.class);
    }

    @Test
    void onlyThoseWhoRecordRepairsMayAndThoseWhoMayNotSeeThemAreToldThereIsNone() {
        RepairView opened = open(pacs, null);

        assertThatThrownBy(() -> repairs.repairs.repairs().open(new OpenRepair(DIRECTOR_GAO, pacs, "花屏", null, null,
                null, null))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> handle(new RepairCommand.SendToRepair(NURSE_WANG, opened.id(), null, null)))
                .isInstanceOf(RepairNotFoundException.class);
        assertThat(repairs.repairs.queries().repair(DIRECTOR_GAO, opened.id()).id()).isEqualTo(opened.id());
        assertThat(repairs.repairs.queries().search(NURSE_WANG, RepairSearch.all(10))).isEmpty();
    }

    @Test
    void theDowntimeOfAnItemAndTheCostsPerVendorAreReadForAPeriod() {
        Instant start = desk.clock.instant();
        RepairView first = open(pacs, null);
        handle(new RepairCommand.SendToRepair(ENGINEER_LIU, first.id(), null, null));
        handle(new RepairCommand.RecordCost(ENGINEER_LIU, first.id(), null, new BigDecimal("1200.50"), "CNY"));
        desk.clock.advance(Duration.ofHours(4));
        handle(new RepairCommand.ReturnFromRepair(ENGINEER_LIU, first.id(), null, null, null));
        handle(new RepairCommand.Close(ENGINEER_LIU, first.id(), null));
        desk.clock.advance(Duration.ofHours(1));
        RepairView second = open(pacs, null);
        handle(new RepairCommand.SendToRepair(ENGINEER_LIU, second.id(), null, null));
        handle(new RepairCommand.RecordCost(ENGINEER_LIU, second.id(), null, new BigDecimal("99.5"), null));

        List<DowntimeInterval> down = repairs.repairs.downtime().downtime(Set.of(pacs), start, start.plusSeconds(86400));
        List<RepairCosts> costs = repairs.repairs.queries().costsPerVendor(DIRECTOR_GAO, start,
                start.plusSeconds(86400));

        assertThat(down).map(DowntimeInterval::repair).containsExactly(first.id(), second.id());
        assertThat(down.get(0).downtime().length(desk.clock.instant())).isEqualTo(Duration.ofHours(4));
        assertThat(down.get(1).downtime().end()).isEmpty();
        assertThat(costs).containsExactly(new RepairCosts(java.util.Optional.of("联影医疗"), Money.yuan("1300"), 2));
        assertThat(repairs.repairs.queries().search(ENGINEER_LIU, RepairSearch.all(10).open())).map(RepairView::id)
                .containsExactly(second.id());
    }

    private RepairView open(CiId ci, String link) {
        return repairs.repairs.repairs().open(new OpenRepair(ENGINEER_LIU, ci, "显示器花屏，无法阅片", null, null, link,
                null));
    }

    private RepairView handle(RepairCommand command) {
        return repairs.repairs.repairs().handle(command);
    }

    private CiStatus statusOf(CiId ci) {
        return desk.configurationItems.find(ci).orElseThrow().status();
    }

    private List<String> lifecycleNotes(CiId ci) {
        return desk.events.history(ci.toString()).stream().filter(CiEvent.LifecycleStepTaken.class::isInstance)
                .map(CiEvent.LifecycleStepTaken.class::cast).map(e -> e.note().orElse("")).toList();
    }

    private Ticket storedIncident() {
        Ticket ticket = TicketBuilder.aTicket().build();
        desk.transactions.inTransaction(() -> {
            desk.tickets.save(ticket);
            return null;
        });
        return ticket;
    }

    private int items;

    private CiId item(Map<String, String> attributes, String vendor, LocalDate warrantyEnd) {
        items++;
        return desk.cmdb.items().handle(new CmdbCommand.RegisterCi(CONFIG_MANAGER_QIAN, "workstation",
                new CiData("RAD-" + items, "放射科阅片工作站 " + items, null, "Main campus", "Building 2", "1F",
                        "Radiology", "it", "desktop-first-line", ServiceCriticality.CLINICAL_CRITICAL, vendor,
                        warrantyEnd, withHostname(attributes)), CiStatus.IN_USE)).item().id();
    }

    private Map<String, String> withHostname(Map<String, String> attributes) {
        Map<String, String> all = new java.util.HashMap<>(attributes);
        all.put("hostname", "rad-ws-" + (items));
        return all;
    }
}
