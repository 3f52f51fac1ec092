package org.itilhis.testkit;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Map;
import org.itilhis.core.stock.RecipientKind;
import org.itilhis.core.stock.StockKind;
import org.itilhis.ports.operations.in.StockCommand;
import org.itilhis.ports.operations.in.StockQueries;
import org.itilhis.ports.operations.in.StockUseCase;

/**
 * The demo hospital's store rooms and stock: the IT store room (B1) and the ward 5 east
 * cupboard; HP 88A toner, USB keyboards, 2 TB disks and 450 W power supplies owned by lead Sun
 * (desktop) and lead Wu (the servers' disks), each with a reorder threshold in B1; the first
 * delivery received, toner issued to radiology and to ward 5 east, a keyboard to nurse Wang and
 * two toners moved to the ward's cupboard. Stored by lead Sun and engineer Liu through the use
 * cases, once: nothing is stored when the store rooms exist already.
 */
public final class DemoStock {
    public static final String IT_STORE = "IT-STORE-B1";
    public static final String WARD_CUPBOARD = "WARD-5E";
    public static final String TONER = "TONER-HP-88A";
    public static final String KEYBOARD = "KB-USB-DELL";
    public static final String DISK = "HDD-2T-SATA";
    public static final String POWER_SUPPLY = "PSU-450W";

    private DemoStock() {
    }

    /** Stores the demo stock unless there are store rooms already; answers whether it did. */
    public static boolean loadInto(StockUseCase stock, StockQueries queries) {
        checkNotNull(stock, "stock");
        if (!queries.storeRooms(DemoHospital.LEAD_SUN).isEmpty()) {
            return false;
        }
        room(stock, IT_STORE, "信息科库房 B1 IT store room");
        room(stock, WARD_CUPBOARD, "5 病区东护士站备品柜 Ward 5 east cupboard");
        item(stock, TONER, "HP 88A 硒鼓 toner", StockKind.CONSUMABLE, "printer", DemoHospital.LEAD_SUN, 5);
        item(stock, KEYBOARD, "戴尔 USB 键盘 keyboard", StockKind.SPARE_PART, "workstation", DemoHospital.LEAD_SUN, 3);
        item(stock, DISK, "2 TB SATA 硬盘 disk", StockKind.SPARE_PART, "server", DemoHospital.LEAD_WU, 2);
        item(stock, POWER_SUPPLY, "450 W 电源 power supply", StockKind.SPARE_PART, "workstation",
                DemoHospital.LEAD_SUN, 1);
        for (var delivery : List.of(Map.entry(TONER, 20L), Map.entry(KEYBOARD, 10L), Map.entry(DISK, 6L),
                Map.entry(POWER_SUPPLY, 4L))) {
            stock.receive(new StockCommand.Receive(DemoHospital.ENGINEER_LIU, delivery.getKey(), IT_STORE,
                    delivery.getValue(), "联想 Lenovo", "DN-DEMO-0001", null));
        }
        stock.issue(new StockCommand.Issue(DemoHospital.ENGINEER_LIU, TONER, IT_STORE, 4, RecipientKind.DEPARTMENT,
                DemoHospital.RADIOLOGY.value(), null, "放射科月度领用"));
        stock.issue(new StockCommand.Issue(DemoHospital.ENGINEER_LIU, TONER, IT_STORE, 2, RecipientKind.DEPARTMENT,
                DemoHospital.WARD_5_EAST.value(), null, null));
        stock.issue(new StockCommand.Issue(DemoHospital.ENGINEER_LIU, KEYBOARD, IT_STORE, 1, RecipientKind.PERSON,
                DemoHospital.NURSE_WANG.staffId().value(), null, "键盘按键失灵"));
        stock.transfer(new StockCommand.Transfer(DemoHospital.ENGINEER_LIU, TONER, IT_STORE, WARD_CUPBOARD, 2,
                "病区备用"));
        return true;
    }

    private static void room(StockUseCase stock, String code, String name) {
        stock.defineStoreRoom(new StockCommand.DefineStoreRoom(DemoHospital.LEAD_SUN, code, null, name));
    }

    private static void item(StockUseCase stock, String code, String name, StockKind kind, String ciClass,
                             org.itilhis.core.shared.Actor owner, long reorderAt) {
        stock.defineItem(new StockCommand.DefineItem(DemoHospital.LEAD_SUN, code, name, "个", kind, ciClass,
                owner.staffId(), Map.of(IT_STORE, reorderAt)));
    }
}
