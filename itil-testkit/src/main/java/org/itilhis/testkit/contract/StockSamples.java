package org.itilhis.testkit.contract;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.stock.RecipientKind;
import org.itilhis.core.stock.StockItem;
import org.itilhis.core.stock.StockItemCode;
import org.itilhis.core.stock.StockKind;
import org.itilhis.core.stock.StockMovement;
import org.itilhis.core.stock.StockMovementId;
import org.itilhis.core.stock.StockRecipient;
import org.itilhis.core.stock.StoreRoom;
import org.itilhis.core.stock.StoreRoomCode;

/** The stock the contracts store: toner and disks in the IT store room and a ward's cupboard. */
final class StockSamples {
    static final StockItemCode TONER = StockItemCode.of("TONER-HP-88A");
    static final StockItemCode DISK = StockItemCode.of("HDD-2T-SATA");
    static final StoreRoomCode B1 = StoreRoomCode.of("IT-STORE-B1");
    static final StoreRoomCode WARD = StoreRoomCode.of("WARD-5E");
    static final StaffId LEAD = StaffId.of("E0100");
    static final StaffId ENGINEER = StaffId.of("E0101");
    static final DepartmentId RADIOLOGY = DepartmentId.of("radiology");
    static final DepartmentId WARD_5_EAST = DepartmentId.of("ward-5-east");
    /** With nanoseconds, which the JSON keeps. */
    static final Instant AT = Instant.parse("2027-03-01T02:15:30.123456789Z");

    private StockSamples() {
    }

    static StockItem toner() {
        return StockItem.define(TONER, "HP 88A 硒鼓𠀀", "个", StockKind.CONSUMABLE, Optional.of("printer"), LEAD,
                Map.of(B1, 2L, WARD, 0L));
    }

    static StockItem disk() {
        return StockItem.define(DISK, "2 TB SATA disk", "piece", StockKind.SPARE_PART, Optional.empty(), LEAD, Map.of());
    }

    static StoreRoom b1() {
        return StoreRoom.of(B1, "信息科库房 B1");
    }

    static StockMovementId id(int n) {
        return new StockMovementId(new UUID(18, n));
    }

    static StockMovement.Received received(int n, StockItemCode item, long quantity, Instant at) {
        return new StockMovement.Received(id(n), item, B1, quantity, quantity, Optional.of("联想 Lenovo"),
                Optional.of("DN-" + n), Optional.empty(), ENGINEER, at);
    }

    static StockMovement.Issued issued(int n, StockItemCode item, long quantity, Optional<DepartmentId> department,
                                       Instant at) {
        return new StockMovement.Issued(id(n), item, B1, quantity, 0, StockRecipient.of(RecipientKind.TICKET,
                "INC-2027-000042"), department, Optional.of("换硒鼓"), ENGINEER, at);
    }

    static StockMovement.Transferred transferred(int n, StockItemCode item, long quantity) {
        return new StockMovement.Transferred(id(n), item, B1, WARD, quantity, 1, quantity, Optional.empty(), ENGINEER,
                AT);
    }

    static StockMovement.Counted counted(int n, StockItemCode item, long counted, long previous) {
        return new StockMovement.Counted(id(n), item, B1, counted, previous, Optional.of("盘点"), LEAD, AT);
    }
}
