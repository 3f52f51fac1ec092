package org.itilhis.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.repair.Money;
import org.itilhis.core.repair.Repair;
import org.itilhis.core.repair.RepairId;
import org.itilhis.core.repair.RepairLink;
import org.itilhis.core.repair.RepairOpening;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.operations.out.RepairRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * As {@link RosterContractIT}, for the repairs' contract; and the event log of the same database
 * reading every repair event back.
 */
abstract class RepairContractIT extends DatabaseIT {
    private static final StaffId LIU = StaffId.of("E1001");
    private static final Instant AT = Instant.parse("2027-03-02T02:00:00.123456Z");

    @BeforeEach
    void emptyTables() {
        db.emptyTables();
    }

    /** Every kind of repair event, appended as a command's pipeline appends them, comes back equal in its history. */
    @Test
    void everyRepairEventIsAppendedToTheEventLogAndReadBackEqual() {
        CiId pacs = new CiId(UUID.randomUUID());
        Repair done = Repair.open(new RepairId(UUID.randomUUID()), new RepairOpening(pacs, "显示器花屏𠀀",
                Optional.of("联影医疗"), true, Optional.of(RepairLink.problem("PRB-2027-000007")), AT), LIU, AT);
        done.recordCost(Money.yuan("1250.5"), LIU, AT.plusSeconds(1));
        done.useParts("LCD-24", "IT-B1", 1, LIU, AT.plusSeconds(2));
        done.sendToRepair("送厂家", LIU, AT.plusSeconds(3));
        done.returnFromRepair(AT.plusSeconds(4), null, LIU, AT.plusSeconds(5));
        done.close(LIU, AT.plusSeconds(6));
        Repair cancelled = Repair.open(new RepairId(UUID.randomUUID()), new RepairOpening(pacs, "误报",
                Optional.empty(), false, Optional.empty(), AT), LIU, AT);
        cancelled.cancel("未发现故障", LIU, AT.plusSeconds(1));
        List<DomainEvent> doneEvents = new ArrayList<>(done.pullEvents());
        List<DomainEvent> cancelledEvents = new ArrayList<>(cancelled.pullEvents());
        storage.transactions().inTransaction(() -> {
            storage.events().append(doneEvents);
            storage.events().append(cancelledEvents);
            return null;
        });

        assertThat(storage.events().history(done.id().toString())).containsExactlyElementsOf(doneEvents);
        assertThat(storage.events().history(cancelled.id().toString())).containsExactlyElementsOf(cancelledEvents);
    }

    public Transactions transactions() {
        return storage.transactions();
    }

    public RepairRepository repairs() {
        return storage.repair().repairs();
    }
}
