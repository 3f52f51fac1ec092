package org.itilhis.ports.operations.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.CONFIG_MANAGER_QIAN;
import static org.itilhis.testkit.DemoHospital.DIRECTOR_GAO;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.LEAD_SUN;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;
import static org.itilhis.testkit.DemoHospital.RADIOLOGY;
import static org.itilhis.testkit.DemoHospital.WARD_5_EAST;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.itilhis.core.access.NotPermittedException;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.core.stock.InsufficientStockException;
import org.itilhis.core.stock.RecipientKind;
import org.itilhis.core.stock.StockBalance;
import org.itilhis.core.stock.StockItemCode;
import org.itilhis.core.stock.StockItemExistsException;
import org.itilhis.core.stock.StockKind;
import org.itilhis.core.stock.StockMovement;
import org.itilhis.core.stock.StoreRoomCode;
import org.itilhis.ports.common.InvalidCommandException;
import org.itilhis.ports.common.Notification;
import org.itilhis.ports.operations.in.StockCommand;
import org.itilhis.ports.operations.in.StockQueries;
import org.itilhis.ports.operations.in.StockUseCase;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.memory.InMemoryServiceDesk;
import org.itilhis.testkit.memory.InMemoryStock;
import org.junit.jupiter.api.Test;

/**
 * The IT store room of the demo hospital: lead Sun owns the HP 88A toner (reorder at 2 in the
 * store room B1), engineers receive, issue and transfer it, the configuration manager counts it.
 * Every refusal leaves balances, ledger, event log and notifications as they were.
 */
class StockServiceTest {
    static final StockItemCode TONER = StockItemCode.of("TONER-HP-88A");
    static final StoreRoomCode B1 = StoreRoomCode.of("IT-STORE-B1");
    static final StoreRoomCode WARD = StoreRoomCode.of("WARD-5E");

    private final InMemoryServiceDesk desk = DemoHospital.inMemory();
    private final InMemoryStock stock = new InMemoryStock(desk, DemoHospital.settings(),
            StockSettings.hospitalDefault());
    private final StockUseCase use = stock.ledger.stock();
    private final StockQueries queries = stock.ledger.queries();

    StockServiceTest() {
        use.defineStoreRoom(new StockCommand.DefineStoreRoom(LEAD_SUN, B1.value(), null, "IT store room B1 信息科库房"));
        use.defineStoreRoom(new StockCommand.DefineStoreRoom(LEAD_SUN, WARD.value(), null, "Ward 5 east cupboard"));
        use.defineItem(new StockCommand.DefineItem(LEAD_SUN, TONER.value(), "HP 88A toner 硒鼓", "piece",
                StockKind.CONSUMABLE, "printer", LEAD_SUN.staffId(), Map.of(B1.value(), 2L)));
    }

    private StockMovement.Received receive(long quantity) {
        return use.receive(new StockCommand.Receive(ENGINEER_LIU, TONER.value(), B1.value(), quantity, "Lenovo",
                "DN-2026-0301", null));
    }

    private StockMovement.Issued issue(long quantity) {
        return use.issue(new StockCommand.Issue(ENGINEER_LIU, TONER.value(), B1.value(), quantity,
                RecipientKind.DEPARTMENT, RADIOLOGY.value(), null, null));
    }

    private long balance(StoreRoomCode room) {
        return stock.balances.find(TONER, room).map(StockBalance::quantity).orElse(0L);
    }

    private record Picture(Object balances, Object ledger, List<DomainEvent> events, List<Notification> sent) {
    }

    private Picture picture() {
        return new Picture(stock.balances.ofItem(TONER), queries.ledger(DIRECTOR_GAO, TONER, 0, 200),
                List.copyOf(desk.events.all()), List.copyOf(desk.notifier.sent()));
    }

    @Test
    void receivedIssuedAndTransferredStockKeepsTheBalanceAndTheLedger() {
        receive(10);
        issue(3);
        use.transfer(new StockCommand.Transfer(ENGINEER_LIU, TONER.value(), B1.value(), WARD.value(), 4, null));

        assertThat(balance(B1)).isEqualTo(3);
        assertThat(balance(WARD)).isEqualTo(4);
        assertThat(queries.ledger(DIRECTOR_GAO, TONER, 0, 10).entries()).extracting(e -> e.movement().type())
                .containsExactly("stock.received", "stock.issued", "stock.transferred");
        assertThat(desk.events.all()).extracting(DomainEvent::type).contains("stock.received", "stock.issued",
                "stock.transferred");
    }

    @Test
    void anIssueOfMoreThanIsHeldIsRefusedNamingItemRoomHeldAndAskedAndChangesNothing() {
        receive(2);
        Picture before = picture();

        assertThatThrownBy(() -> issue(3)).isInstanceOfSatisfying(InsufficientStockException.class, e -> {
            assertThat(e.messageIn(Locale.ENGLISH)).isEqualTo("Field quantity: store room IT-STORE-B1 holds 2 of item"
                    + " TONER-HP-88A, fewer than the 3 asked; nothing was changed");
            assertThat(e.messageIn(Locale.SIMPLIFIED_CHINESE)).isEqualTo("字段 quantity：库房 IT-STORE-B1 中品目"
                    + " TONER-HP-88A 的结存为 2，少于申请的 3；未做任何变动");
        });
        assertThatThrownBy(() -> use.transfer(new StockCommand.Transfer(ENGINEER_LIU, TONER.value(), B1.value(),
                WARD.value(), 5, null))).isInstanceOf(InsufficientStockException.class);
        assertThat(picture()).isEqualTo(before);
    }

    @Test
    void theOwnerHearsOnceWhenTheBalanceFallsToTheThresholdAndAgainOnlyAfterItRoseAbove() {
        receive(5);
        issue(3);
        issue(1);
        receive(1);
        assertThat(desk.notifier.sent()).filteredOn(n -> n.topic().equals("stock.reorder-level-reached"))
                .singleElement().satisfies(n -> {
                    assertThat(n.recipient()).isEqualTo(LEAD_SUN.staffId());
                    assertThat(n.reference()).isEqualTo("TONER-HP-88A@IT-STORE-B1");
                });
        assertThat(stock.balances.find(TONER, B1).orElseThrow().reorderAlerted()).isTrue();

        receive(5);
        issue(6);

        assertThat(desk.notifier.sent()).filteredOn(n -> n.topic().equals("stock.reorder-level-reached")).hasSize(2);
        assertThat(desk.events.all()).filteredOn(e -> e.type().equals("stock.reorder-level-reached")).hasSize(2);
    }

    @Test
    void aStockTakeReplacesTheBalanceAndRecordsTheDifference() {
        receive(10);

        StockMovement.Counted counted = use.takeStock(new StockCommand.TakeStock(CONFIG_MANAGER_QIAN, TONER.value(),
                B1.value(), 8, 10L, "two missing"));

        assertThat(counted.difference()).isEqualTo(-2);
        assertThat(balance(B1)).isEqualTo(8);
        assertThatThrownBy(() -> use.takeStock(new StockCommand.TakeStock(CONFIG_MANAGER_QIAN, TONER.value(),
                B1.value(), 7, 10L, null))).isInstanceOf(VersionConflictException.class);
        assertThat(balance(B1)).isEqualTo(8);
    }

    @Test
    void aRepairsPartsAreIssuedAllOrNone() {
        receive(3);
        Picture before = picture();

        assertThatThrownBy(() -> use.issueToRepair(new StockCommand.IssueToRepair(ENGINEER_LIU, "repair-1",
                List.of(new StockCommand.Part(TONER.value(), B1.value(), 2),
                        new StockCommand.Part(TONER.value(), B1.value(), 2)), null, null)))
                .isInstanceOf(InsufficientStockException.class);
        assertThat(picture()).isEqualTo(before);

        List<StockMovement.Issued> issued = use.issueToRepair(new StockCommand.IssueToRepair(ENGINEER_LIU,
                "repair-1", List.of(new StockCommand.Part(TONER.value(), B1.value(), 2)), null, null));
        assertThat(issued).singleElement().satisfies(i -> assertThat(i.recipient().kind())
                .isEqualTo(RecipientKind.REPAIR));
        assertThat(balance(B1)).isEqualTo(1);
    }

    @Test
    void consumptionIsCountedPerDepartmentPerMonthAndAPersonCountsForTheirDepartment() {
        receive(20);
        issue(3);
        use.issue(new StockCommand.Issue(AGENT_CHEN, TONER.value(), B1.value(), 2, RecipientKind.PERSON,
                NURSE_WANG.staffId().value(), null, null));
        desk.clock.advance(Duration.ofDays(40));
        issue(1);
        YearMonth first = YearMonth.from(desk.clock.instant().minus(Duration.ofDays(40))
                .atZone(StockSettings.hospitalDefault().zone()));

        assertThat(queries.consumption(DIRECTOR_GAO, first, first.plusMonths(1), Optional.empty()))
                .extracting(c -> c.month() + " " + c.department() + " " + c.quantity())
                .contains(first + " " + RADIOLOGY + " 3", first + " " + WARD_5_EAST + " 2");
        assertThat(queries.consumption(DIRECTOR_GAO, first, first.plusMonths(1), Optional.of(RADIOLOGY)))
                .extracting(c -> c.quantity()).hasSize(2);
    }

    @Test
    void aReporterMayNotSeeOrMoveStockAndAnEngineerMayNotDefineItems() {
        assertThatThrownBy(() -> queries.items(NURSE_WANG)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> use.defineItem(new StockCommand.DefineItem(ENGINEER_LIU, "KB-USB", "Keyboard", "piece",
                StockKind.SPARE_PART, null, LEAD_SUN.staffId(), Map.of())))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aTakenCodeAnUnknownOwnerAndAThresholdForNoRoomAreRefused() {
        assertThatThrownBy(() -> use.defineItem(new StockCommand.DefineItem(LEAD_SUN, TONER.value(), "again", "piece",
                StockKind.CONSUMABLE, null, LEAD_SUN.staffId(), Map.of())))
                .isInstanceOf(StockItemExistsException.class);
        assertThatThrownBy(() -> use.defineItem(new StockCommand.DefineItem(LEAD_SUN, "KB-USB", "Keyboard", "piece",
                StockKind.SPARE_PART, null, org.itilhis.core.shared.StaffId.of("X9999"), Map.of())))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("owner");
        assertThatThrownBy(() -> use.issue(new StockCommand.Issue(ENGINEER_LIU, TONER.value(), B1.value(), 0,
                RecipientKind.DEPARTMENT, "x", null, null))).isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("quantity");
    }
}
