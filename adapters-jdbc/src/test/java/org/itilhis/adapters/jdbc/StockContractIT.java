package org.itilhis.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.stock.InsufficientStockException;
import org.itilhis.core.stock.RecipientKind;
import org.itilhis.core.stock.StockBalance;
import org.itilhis.core.stock.StockEvent;
import org.itilhis.core.stock.StockItem;
import org.itilhis.core.stock.StockItemCode;
import org.itilhis.core.stock.StockKind;
import org.itilhis.core.stock.StockMovement;
import org.itilhis.core.stock.StockMovementId;
import org.itilhis.core.stock.StockRecipient;
import org.itilhis.core.stock.StoreRoom;
import org.itilhis.core.stock.StoreRoomCode;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.operations.in.StockCommand;
import org.itilhis.ports.operations.out.StockBalances;
import org.itilhis.ports.operations.out.StockItemRepository;
import org.itilhis.ports.operations.out.StockMovements;
import org.itilhis.ports.operations.out.StoreRooms;
import org.itilhis.ports.operations.service.StockLedger;
import org.itilhis.ports.operations.service.StockPorts;
import org.itilhis.ports.operations.service.StockSettings;
import org.itilhis.ports.servicedesk.service.ServiceDeskPorts;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.memory.MutableClock;
import org.itilhis.testkit.memory.RecordingNotifier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * As {@link RosterContractIT}, for the stock's contracts; the event log of the same database
 * reading every stock event back; and the database's own guard of the balance: takers who all
 * saw the last unit before any took it, and engineers issuing it at once through the use case,
 * leave exactly one issue.
 */
abstract class StockContractIT extends DatabaseIT {
    private static final StockItemCode DISK = StockItemCode.of("HDD-2T-SATA");
    private static final StoreRoomCode B1 = StoreRoomCode.of("IT-STORE-B1");
    private static final int TAKERS = 8;

    @BeforeEach
    void emptyTables() {
        db.emptyTables();
    }

    @Test
    void everyStockEventIsAppendedToTheEventLogAndReadBackEqual() {
        StaffId lead = StaffId.of("E0100");
        Instant at = Instant.parse("2027-03-01T02:15:30.123456789Z");
        StockItem disk = StockItem.define(DISK, "2 TB 硬盘", "块", StockKind.SPARE_PART, Optional.of("server"), lead,
                Map.of(B1, 1L, StoreRoomCode.of("WARD-5E"), 0L));
        StockMovementId id = new StockMovementId(UUID.randomUUID());
        List<DomainEvent> itemEvents = List.of(new StockEvent.ItemDefined(disk, lead, at),
                new StockEvent.ItemRevised(disk.revised("2 TB disk", "piece", StockKind.SPARE_PART, Optional.empty(),
                        lead, Map.of()), lead, at),
                new StockMovement.Received(id, DISK, B1, 3, 3, Optional.of("联想"), Optional.empty(), Optional.empty(),
                        lead, at),
                new StockMovement.Issued(new StockMovementId(UUID.randomUUID()), DISK, B1, 1, 2,
                        StockRecipient.of(RecipientKind.REPAIR, "8d5e1c7a-repair"), Optional.of(DepartmentId.of("it")),
                        Optional.of("RAID 换盘"), lead, at),
                new StockMovement.Transferred(new StockMovementId(UUID.randomUUID()), DISK, B1,
                        StoreRoomCode.of("WARD-5E"), 1, 1, 1, Optional.empty(), lead, at),
                new StockMovement.Counted(new StockMovementId(UUID.randomUUID()), DISK, B1, 0, 1, Optional.of("盘亏"),
                        lead, at),
                new StockEvent.ReorderLevelReached(DISK, B1, 0, 1, lead, lead, at));
        StockEvent.StoreRoomDefined room = new StockEvent.StoreRoomDefined(StoreRoom.of(B1, "信息科库房"), lead, at);
        storage.transactions().inTransaction(() -> {
            storage.events().append(itemEvents);
            storage.events().append(List.of(room));
            return null;
        });

        assertThat(storage.events().history(StockMovement.aggregateIdOf(DISK))).containsExactlyElementsOf(itemEvents);
        assertThat(storage.events().history(room.aggregateId())).containsExactly(room);
    }

    @Test
    void whenEveryTakerSawTheLastUnitBeforeAnyTookItTheDatabaseLetsExactlyOneTakeIt() throws Exception {
        transactions().inTransaction(() -> balances().add(DISK, B1, 1));
        CyclicBarrier allSawIt = new CyclicBarrier(TAKERS);
        ExecutorService pool = Executors.newFixedThreadPool(TAKERS);
        try {
            List<Future<Boolean>> taking = new ArrayList<>();
            for (int i = 0; i < TAKERS; i++) {
                taking.add(pool.submit(() -> transactions().inTransaction(() -> {
                    assertThat(balances().find(DISK, B1).orElseThrow().quantity()).isEqualTo(1);
                    await(allSawIt);
                    try {
                        balances().add(DISK, B1, -1);
                        return true;
                    } catch (InsufficientStockException refused) {
                        assertThat(refused.held()).isZero();
                        return false;
                    }
                })));
            }
            List<Boolean> took = new ArrayList<>();
            for (Future<Boolean> future : taking) {
                took.add(future.get(60, TimeUnit.SECONDS));
            }

            assertThat(took).containsOnlyOnce(true).hasSize(TAKERS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(balances().find(DISK, B1).orElseThrow().quantity()).isZero();
    }

    @Test
    void engineersIssuingTheLastDiskAtOnceLeaveExactlyOneIssueInTheLedger() throws Exception {
        MutableClock clock = MutableClock.at("2027-03-01T02:00:00Z");
        ServiceDeskPorts desk = new ServiceDeskPorts(storage.tickets(), storage.contacts(), storage.numbers(),
                storage.events(), new RecordingNotifier(), DemoHospital.directory(), storage.transactions(), clock,
                storage.personalDataReads());
        StockLedger stock = StockLedger.create(new StockPorts(desk, stockItems(), storeRooms(), balances(),
                        movements()), StockSettings.hospitalDefault(), DemoHospital.settings(),
                Validation.buildDefaultValidatorFactory().getValidator());
        stock.stock().defineStoreRoom(new StockCommand.DefineStoreRoom(DemoHospital.LEAD_SUN, B1.value(), null, "B1"));
        stock.stock().defineItem(new StockCommand.DefineItem(DemoHospital.LEAD_SUN, DISK.value(), "2 TB disk", "piece",
                StockKind.SPARE_PART, null, DemoHospital.LEAD_SUN.staffId(), Map.of()));
        stock.stock().receive(new StockCommand.Receive(DemoHospital.ENGINEER_LIU, DISK.value(), B1.value(), 1, null,
                null, null));
        ExecutorService pool = Executors.newFixedThreadPool(TAKERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> issuing = new ArrayList<>();
            for (int i = 0; i < TAKERS; i++) {
                String ticket = "INC-2027-00000" + i;
                issuing.add(pool.submit(() -> {
                    start.await();
                    try {
                        stock.stock().issue(new StockCommand.Issue(DemoHospital.ENGINEER_LIU, DISK.value(), B1.value(),
                                1, RecipientKind.TICKET, ticket, "radiology", null));
                        return true;
                    } catch (InsufficientStockException refused) {
                        return false;
                    }
                }));
            }
            start.countDown();
            List<Boolean> issued = new ArrayList<>();
            for (Future<Boolean> future : issuing) {
                issued.add(future.get(60, TimeUnit.SECONDS));
            }

            assertThat(issued).containsOnlyOnce(true);
        } finally {
            pool.shutdownNow();
        }
        assertThat(balances().find(DISK, B1).map(StockBalance::quantity)).contains(0L);
        assertThat(movements().ofItem(DISK, 0, 100)).extracting(e -> e.movement().type())
                .containsExactly("stock.received", "stock.issued");
        assertThat(storage.events().history(StockMovement.aggregateIdOf(DISK))).extracting(DomainEvent::type)
                .filteredOn(type -> type.equals("stock.issued")).hasSize(1);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception failure) {
            throw new IllegalStateException("the takers did not all read the balance", failure);
        }
    }

    public Transactions transactions() {
        return storage.transactions();
    }

    public StockItemRepository stockItems() {
        return storage.stock().items();
    }

    public StoreRooms storeRooms() {
        return storage.stock().rooms();
    }

    public StockBalances balances() {
        return storage.stock().balances();
    }

    public StockMovements movements() {
        return storage.stock().movements();
    }
}
