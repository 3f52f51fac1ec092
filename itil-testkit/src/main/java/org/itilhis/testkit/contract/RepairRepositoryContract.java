package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.repair.Money;
import org.itilhis.core.repair.Repair;
import org.itilhis.core.repair.RepairLink;
import org.itilhis.core.repair.RepairOpening;
import org.itilhis.core.repair.RepairStatus;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.operations.in.RepairSearch;
import org.itilhis.ports.operations.out.RepairRepository;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RepairRepository} must do: store a repair whole (its fault in Chinese, vendor,
 * link, cost in cents, parts, downtime with microseconds), lock optimistically, list an item's
 * repairs and the open ones in order of opening page by page, find the downtime overlapping a
 * period (cancelled repairs not counted) and the repairs opened in a period, and take part in
 * transactions. Each test expects empty storage; every write runs inside a transaction.
 */
public interface RepairRepositoryContract {
    StaffId LIU = StaffId.of("E1001");
    CiId PACS = new CiId(new UUID(0xC1L, 1));
    CiId PRINTER = new CiId(new UUID(0xC1L, 2));
    Instant AT = Instant.parse("2027-03-02T02:00:00.123456Z");

    RepairRepository repairs();

    Transactions transactions();

    @Test
    default void aRepairWithCostPartsAndDowntimeComesBackEqual() {
        Repair repair = opened(PACS, 0);
        repair.sendToRepair("送联影厂家", LIU, tick(1));
        repair.recordCost(Money.yuan("1250.5"), LIU, tick(2));
        repair.useParts("HDD-1TB", "IT-STORE", 2, LIU, tick(3));
        repair.returnFromRepair(tick(4), "换硬盘后正常𠀀", LIU, tick(5));

        store(repair);

        assertThat(load(repair).snapshot()).isEqualTo(repair.snapshot());
        assertThat(repairs().find(repairs().nextId())).isEmpty();
    }

    @Test
    default void ofTwoWritersAtTheSameVersionTheSecondGetsAVersionConflictAndTheFirstWins() {
        Repair repair = opened(PACS, 0);
        store(repair);
        Repair sending = load(repair);
        Repair cancelling = load(repair);
        sending.sendToRepair(null, LIU, tick(1));
        cancelling.cancel("未发现故障", LIU, tick(1));

        store(sending);

        assertThatThrownBy(() -> store(cancelling)).isInstanceOfSatisfying(VersionConflictException.class,
                e -> assertThat(e.code()).isEqualTo("repair.version-conflict"));
        assertThat(load(repair).status()).isEqualTo(RepairStatus.IN_REPAIR);
    }

    @Test
    default void aRolledBackSaveLeavesTheStoredRepairAsItWas() {
        Repair repair = opened(PACS, 0);
        store(repair);
        Repair sent = load(repair);
        sent.sendToRepair(null, LIU, tick(1));

        ContractSupport.rolledBack(transactions(), () -> repairs().save(sent));

        assertThat(load(repair).snapshot()).isEqualTo(repair.snapshot());
    }

    @Test
    default void anItemsRepairsAndTheOpenOnesAreListedInOrderOfOpeningPageByPage() {
        Repair first = opened(PACS, 0);
        Repair other = opened(PRINTER, 1);
        Repair second = opened(PACS, 2);
        Repair third = opened(PACS, 3);
        third.cancel("重复登记", LIU, tick(4));
        store(first);
        store(other);
        store(second);
        store(third);

        RepairSearch ofPacs = RepairSearch.all(2).of(PACS);
        assertThat(repairs().search(ofPacs)).map(Repair::id).containsExactly(first.id(), second.id());
        assertThat(repairs().search(ofPacs.after(new RepairSearch.Position(second.openedAt(), second.id()))))
                .map(Repair::id).containsExactly(third.id());
        assertThat(repairs().search(RepairSearch.all(10).open())).map(Repair::id)
                .containsExactly(first.id(), other.id(), second.id());
    }

    @Test
    default void theDowntimeOfAPeriodCountsRunningAndEndedRepairsButNotCancelledOnes() {
        Repair ended = opened(PACS, 0);
        ended.sendToRepair(null, LIU, tick(1));
        ended.returnFromRepair(tick(10), null, LIU, tick(10));
        Repair running = opened(PRINTER, 20);
        running.sendToRepair(null, LIU, tick(21));
        Repair cancelled = opened(PACS, 30);
        cancelled.cancel("未发现故障", LIU, tick(31));
        store(ended);
        store(running);
        store(cancelled);

        assertThat(repairs().downOverlapping(tick(-5), tick(5))).map(Repair::id).containsExactly(ended.id());
        assertThat(repairs().downOverlapping(tick(10), tick(600))).map(Repair::id).containsExactly(running.id());
        assertThat(repairs().downOverlapping(tick(5), tick(600))).map(Repair::id)
                .containsExactly(ended.id(), running.id());
        assertThat(repairs().openedBetween(tick(0), tick(30))).map(Repair::id)
                .containsExactly(ended.id(), running.id());
    }

    private Repair opened(CiId ci, int minutes) {
        return Repair.open(repairs().nextId(), new RepairOpening(ci, "显示器花屏，无法阅片", Optional.of("联影医疗"), true,
                Optional.of(RepairLink.incident("INC-2027-000042")), tick(minutes - 5)), LIU, tick(minutes));
    }

    private static Instant tick(int minutes) {
        return AT.plus(Duration.ofMinutes(minutes));
    }

    private void store(Repair repair) {
        transactions().inTransaction(() -> {
            repairs().save(repair);
            return null;
        });
    }

    private Repair load(Repair repair) {
        return repairs().find(repair.id()).orElseThrow();
    }
}
