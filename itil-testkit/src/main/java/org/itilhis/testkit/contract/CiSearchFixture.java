package org.itilhis.testkit.contract;

import static org.itilhis.testkit.contract.CmdbScenarios.details;
import static org.itilhis.testkit.contract.CmdbScenarios.register;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiLocation;
import org.itilhis.core.cmdb.CiStatus;
import org.itilhis.core.cmdb.ConfigurationItem;
import org.itilhis.testkit.DemoHospital;

/**
 * A small estate for the search contract, each item named by its asset tag: workstations and
 * a printer on ward 5 east, a workstation on the east campus in a building and floor of the
 * same names, a server and a switch in the data centre, the HIS without a location, and an
 * outpatient printer whose tag and name hold LIKE wildcards. Tags mix upper and lower case
 * and punctuation, so that only a binary order of tags (Java's) sorts them as expected.
 */
final class CiSearchFixture {
    static final CiLocation WARD_5E_STATION = CiLocation.of("Main", "Building 2", "5", "East nurse station");
    static final CiLocation DATA_CENTRE = CiLocation.of("Main", "Data centre", "B1", "Room 3");

    /** Every asset tag of the fixture in Java's String order. */
    static final List<String> TAGS_IN_ORDER = List.of("NET-CORE-01", "PRN-5E-01", "PRN_OPD-01", "SRV-HIS-01",
            "WS-5E-001", "WS-5E-002", "WS-EC-001", "his-prod-01");

    private CiSearchFixture() {
    }

    /** Registers the estate, saving each item with {@code store}, in an order unlike the tags'. */
    static void store(Supplier<CiId> ids, Consumer<ConfigurationItem> store) {
        store.accept(register(ids.get(), "his", details("his-prod-01", "Hospital information system 医院信息系统",
                CiLocation.UNKNOWN, DemoHospital.IT, Map.of("vendorProduct", "Winning HIS 6")), CiStatus.IN_USE));
        store.accept(register(ids.get(), "workstation", details("WS-EC-001", "East campus clinic PC",
                CiLocation.of("East campus", "Building 2", "5", "Room 12"), DemoHospital.OUTPATIENT,
                Map.of("hostname", "ws-ec-01", "ipAddress", "2001:DB8::21")), CiStatus.IN_USE));
        store.accept(register(ids.get(), "workstation", details("WS-5E-001", "Ward 5E nurse station PC 1",
                WARD_5E_STATION, DemoHospital.WARD_5_EAST,
                Map.of("hostname", "WS5E-NS01", "ipAddress", "10.5.1.21")), CiStatus.IN_USE));
        store.accept(register(ids.get(), "server", details("SRV-HIS-01", "HIS application server 1", DATA_CENTRE,
                DemoHospital.IT, Map.of("hostname", "his-app-01", "ipAddress", "10.1.0.11")), CiStatus.IN_USE));
        store.accept(register(ids.get(), "printer", details("PRN_OPD-01", "Outpatient label printer (100% duty)",
                CiLocation.of("Main", "Outpatient building", "1", null), DemoHospital.OUTPATIENT,
                Map.of("printerKind", "label", "ipAddress", "10.2.1.40")), CiStatus.IN_USE));
        store.accept(register(ids.get(), "workstation", details("WS-5E-002", "Ward 5E doctors' office PC",
                CiLocation.of("Main", "Building 2", "5", "Doctors office"), DemoHospital.WARD_5_EAST,
                Map.of("hostname", "ws5e-do01", "ipAddress", "10.5.1.22")), CiStatus.IN_STOCK));
        store.accept(register(ids.get(), "network-device", details("NET-CORE-01", "Core switch 1", DATA_CENTRE,
                DemoHospital.IT, Map.of("deviceRole", "switch", "managementIp", "10.1.0.1")), CiStatus.IN_USE));
        store.accept(register(ids.get(), "printer", details("PRN-5E-01", "Ward 5E wristband printer",
                WARD_5E_STATION, DemoHospital.WARD_5_EAST,
                Map.of("printerKind", "wristband", "ipAddress", "10.5.1.40")), CiStatus.UNDER_REPAIR));
    }
}
