package org.itilhis.core.repair;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.StaffId;

/** A PACS workstation's repair by engineer Liu, on a clock that moves a minute per tick. */
final class RepairFixture {
    static final StaffId ENGINEER_LIU = StaffId.of("E1001");
    static final CiId PACS_WORKSTATION = new CiId(new UUID(0xC1L, 7));
    static final Instant FAULT = Instant.parse("2027-03-02T01:30:00Z");
    private Instant now = Instant.parse("2027-03-02T02:00:00Z");
    private long ids;

    Instant tick() {
        now = now.plusSeconds(60);
        return now;
    }

    Instant now() {
        return now;
    }

    Repair opened() {
        Repair repair = Repair.open(new RepairId(new UUID(0x4E9AL, ++ids)), opening(FAULT), ENGINEER_LIU, tick());
        repair.pullEvents();
        return repair;
    }

    static RepairOpening opening(Instant downtimeStart) {
        return new RepairOpening(PACS_WORKSTATION, "显示器花屏，无法阅片", Optional.of("联影医疗"), true,
                Optional.of(RepairLink.incident("INC-2027-000042")), downtimeStart);
    }
}
