package org.itilhis.testkit;

import static org.itilhis.core.cmdb.RelationshipType.DEPENDS_ON;
import static org.itilhis.core.priority.ServiceCriticality.GENERAL;
import static org.itilhis.core.priority.ServiceCriticality.IMPORTANT;
import static org.itilhis.testkit.DemoCmdb.CAMPUS;
import static org.itilhis.testkit.DemoCmdb.CORE_SWITCH;
import static org.itilhis.testkit.DemoCmdb.EMERGENCY_BUILDING;
import static org.itilhis.testkit.DemoCmdb.INPATIENT_BUILDING;
import static org.itilhis.testkit.DemoCmdb.MEDICAL_TECHNOLOGY_BUILDING;
import static org.itilhis.testkit.DemoCmdb.OUTPATIENT_BUILDING;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.itilhis.core.cmdb.CiStatus;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.shared.DepartmentId;

/**
 * The demo CMDB's departments: for each, its access switches below the distribution switch of
 * its building, and the workstations and printers its staff use (receipt printers at the
 * registration windows, wristband printers on the wards and in the emergency department,
 * label printers in the laboratory and the pharmacy). Ward 5 east also has wireless access
 * points and mobile nursing carts.
 */
final class DemoDepartments {
    private static final String LENOVO = "联想 Lenovo";
    private static final String HP = "惠普 HP";
    private static final String HUAWEI = "华为 Huawei";
    private static final String ZEBRA = "斑马 Zebra";
    private static final String EPSON = "爱普生 Epson";
    private static final String WIRING_CLOSET = "Wiring closet 弱电间";

    /** A printer model: kind, maker and how many the department has. */
    record Printers(String kind, int count) {
    }

    /**
     * One department's estate: where it is, the code in its tags and host names, its subnet
     * ({@code 10.20.<subnet>.0/24}), how many workstations on how many access switches.
     */
    record Department(DepartmentId id, String code, String building, String floor, String room, int subnet,
                      int workstations, int switches, ServiceCriticality criticality, List<Printers> printers) {
    }

    static final List<Department> DEPARTMENTS = List.of(
            new Department(DemoHospital.OUTPATIENT, "OPREG", OUTPATIENT_BUILDING, "1F", "Registration window 挂号窗口 %d",
                    11, 24, 2, IMPORTANT, List.of(new Printers("thermal", 12), new Printers("laser", 2))),
            new Department(DemoCmdb.OUTPATIENT_CLINICS, "OPDOC", OUTPATIENT_BUILDING, "2F", "Consulting room 诊室 %d", 12,
                    40, 2, GENERAL, List.of(new Printers("laser", 20))),
            new Department(DemoCmdb.EMERGENCY, "ED", EMERGENCY_BUILDING, "1F", "Triage and treatment 急诊 %d", 13, 16, 1,
                    IMPORTANT, List.of(new Printers("wristband", 2), new Printers("laser", 3))),
            new Department(DemoCmdb.PHARMACY, "PHARM", INPATIENT_BUILDING, "1F", "Dispensing counter 发药窗口 %d", 14, 10, 1,
                    IMPORTANT, List.of(new Printers("label", 4), new Printers("laser", 2))),
            new Department(DemoHospital.WARD_5_EAST, "W5E", INPATIENT_BUILDING, "5F", "Nurse station and offices 护士站 %d",
                    15, 14, 1, IMPORTANT, List.of(new Printers("wristband", 2), new Printers("laser", 2),
                    new Printers("label", 1))),
            new Department(DemoHospital.RADIOLOGY, "RAD", MEDICAL_TECHNOLOGY_BUILDING, "1F", "Reading room 阅片室 %d", 16,
                    18, 1, GENERAL, List.of(new Printers("laser", 3))),
            new Department(DemoCmdb.LABORATORY, "LAB", MEDICAL_TECHNOLOGY_BUILDING, "2F", "Clinical laboratory 检验科 %d",
                    17, 14, 1, GENERAL, List.of(new Printers("label", 6), new Printers("laser", 2))),
            new Department(DemoCmdb.MEDICAL_RECORDS_DEPARTMENT, "MR", MEDICAL_TECHNOLOGY_BUILDING, "3F",
                    "Medical records room 病案室 %d", 19, 6, 1, GENERAL, List.of(new Printers("laser", 2))),
            new Department(DemoHospital.IT, "IT", MEDICAL_TECHNOLOGY_BUILDING, "B1", "IT office 信息科 %d", 18, 8, 1,
                    GENERAL, List.of(new Printers("laser", 1))));

    private static final List<String> BUILDINGS = List.of(OUTPATIENT_BUILDING, EMERGENCY_BUILDING, INPATIENT_BUILDING,
            MEDICAL_TECHNOLOGY_BUILDING);

    private final DemoCmdbPlan plan;
    private int serial;

    private DemoDepartments(DemoCmdbPlan plan) {
        this.plan = plan;
    }

    static void addTo(DemoCmdbPlan plan) {
        DemoDepartments departments = new DemoDepartments(plan);
        for (int b = 0; b < BUILDINGS.size(); b++) {
            departments.distributionSwitch(b);
        }
        DEPARTMENTS.forEach(departments::department);
        departments.spareWorkstations();
    }

    /** The tag of the distribution switch of a building. */
    static String distributionSwitch(String building) {
        return "NET-DIST-" + building.substring(0, building.indexOf(' ')).toUpperCase(Locale.ROOT);
    }

    private void distributionSwitch(int building) {
        String name = BUILDINGS.get(building);
        String tag = distributionSwitch(name);
        switchItem(tag, "Distribution switch, " + name, "10.0.1." + (building + 1), CAMPUS, name, "1F",
                "S6730-H24X6C", 30);
        plan.link(tag, DEPENDS_ON, CORE_SWITCH);
    }

    private void department(Department d) {
        String[] switches = new String[d.switches()];
        for (int s = 0; s < d.switches(); s++) {
            switches[s] = "NET-ACC-" + d.code() + "-0" + (s + 1);
            switchItem(switches[s], "Access switch " + (s + 1) + ", " + d.code(), "10.0.2." + (d.subnet() * 4 + s),
                    CAMPUS, d.building(), floor(d, s), "S5735-L48T4X-A1", 52);
            plan.link(switches[s], DEPENDS_ON, distributionSwitch(d.building()));
        }
        for (int n = 1; n <= d.workstations(); n++) {
            int s = (n - 1) * d.switches() / d.workstations();
            String tag = workstation(d, n, floor(d, s), String.format(d.room(), room(d, s, n)), CiStatus.IN_USE);
            plan.link(tag, DEPENDS_ON, switches[s]);
        }
        int n = 0;
        for (Printers printers : d.printers()) {
            for (int p = 1; p <= printers.count(); p++) {
                n++;
                int s = (n - 1) % d.switches();
                String tag = printer(d, n, printers.kind(), floor(d, s), String.format(d.room(), room(d, s, p)));
                plan.link(tag, DEPENDS_ON, switches[s]);
            }
        }
        if (d.id().equals(DemoHospital.WARD_5_EAST)) {
            nursingCarts(d);
        }
    }

    /** The outpatient clinics' second switch serves the floor above; everyone else is on one floor. */
    private static String floor(Department d, int switchIndex) {
        return switchIndex == 0 || !d.code().equals("OPDOC") ? d.floor() : "3F";
    }

    private static int room(Department d, int switchIndex, int n) {
        return d.code().equals("OPDOC") ? (switchIndex + 2) * 100 + (n + 1) / 2 : n;
    }

    private void switchItem(String tag, String name, String ip, String campus, String building, String floor,
                            String model, int ports) {
        int number = ++serial;
        plan.item("network-device", tag, name).serial(String.format("2102353%05d", number))
                .at(campus, building, floor, WIRING_CLOSET).owner(DemoHospital.IT).support(DemoHospital.NETWORK)
                .criticality(IMPORTANT).vendor(HUAWEI, LocalDate.of(2027, 12, 31))
                .attribute("deviceRole", "switch").attribute("managementIp", ip).attribute("manufacturer", "Huawei")
                .attribute("model", model).attribute("macAddress", DemoCmdbPlan.mac("00:e0:fc", 0x2000 + number))
                .attribute("portCount", ports).add();
    }

    private String workstation(Department d, int n, String floor, String room, CiStatus status) {
        int number = ++serial;
        boolean readingStation = d.code().equals("RAD");
        String host = d.code().toLowerCase(Locale.ROOT) + String.format("-ws%02d", n);
        return plan.item("workstation", String.format("WS-%s-%02d", d.code(), n),
                        (readingStation ? "PACS reading station " : "Workstation ") + d.code() + " " + n)
                .serial(readingStation ? String.format("CN%08d", number) : String.format("PC1%05X", number))
                .at(CAMPUS, d.building(), floor, room).owner(d.id()).support(DemoHospital.DESKTOP)
                .criticality(d.criticality()).status(status)
                .vendor(readingStation ? HP : LENOVO, LocalDate.of(2025 + number % 3, 9, 30))
                .attribute("hostname", host).attribute("ipAddress", "10.20." + d.subnet() + "." + (10 + n))
                .attribute("macAddress", DemoCmdbPlan.mac(readingStation ? "3c:d9:2b" : "98:fa:9b", number))
                .attribute("manufacturer", readingStation ? "HP" : "Lenovo")
                .attribute("model", readingStation ? "Z2 Tower G9" : "ThinkCentre M730t")
                .attribute("operatingSystem", number % 4 == 0 ? "UOS 20 统信" : "Windows 10 LTSC").add();
    }

    private String printer(Department d, int n, String kind, String floor, String room) {
        int number = ++serial;
        String[] model = switch (kind) {
            case "wristband" -> new String[] {ZEBRA, "Zebra", "ZD510-HC", "00:07:4d"};
            case "label" -> new String[] {ZEBRA, "Zebra", "ZD888", "00:07:4d"};
            case "thermal" -> new String[] {EPSON, "Epson", "TM-T82III", "00:26:ab"};
            default -> new String[] {HP, "HP", "LaserJet Pro M404dn", "3c:d9:2b"};
        };
        return plan.item("printer", String.format("PRN-%s-%02d", d.code(), n), kind + " printer " + d.code() + " " + n)
                .serial(String.format("%S%07d", model[1].substring(0, 2), number))
                .at(CAMPUS, d.building(), floor, room).owner(d.id()).support(DemoHospital.DESKTOP)
                .criticality(d.criticality()).vendor(model[0], LocalDate.of(2025 + number % 2, 12, 31))
                .attribute("printerKind", kind).attribute("ipAddress", "10.20." + d.subnet() + "." + (200 + n))
                .attribute("macAddress", DemoCmdbPlan.mac(model[3], number)).attribute("manufacturer", model[1])
                .attribute("model", model[2]).add();
    }

    /** Four wireless access points on ward 5 east and the six mobile nursing carts that roam on them. */
    private void nursingCarts(Department ward) {
        for (int ap = 1; ap <= 4; ap++) {
            int number = ++serial;
            String tag = "NET-AP-W5E-0" + ap;
            plan.item("network-device", tag, "Wireless access point W5E " + ap)
                    .serial(String.format("2102354%05d", number)).at(CAMPUS, ward.building(), ward.floor(),
                            "Corridor 走廊 " + ap).owner(DemoHospital.IT).support(DemoHospital.NETWORK).criticality(IMPORTANT)
                    .vendor(HUAWEI, LocalDate.of(2027, 12, 31)).attribute("deviceRole", "wireless-access-point")
                    .attribute("managementIp", "10.0.3." + ap).attribute("manufacturer", "Huawei")
                    .attribute("model", "AirEngine 5761-11").add();
            plan.link(tag, DEPENDS_ON, DemoCmdb.WARD_5_EAST_SWITCH);
        }
        for (int cart = 1; cart <= 6; cart++) {
            String tag = workstation(ward, 50 + cart, ward.floor(), "Mobile nursing cart 移动护理车 " + cart,
                    CiStatus.IN_USE);
            plan.link(tag, DEPENDS_ON, "NET-AP-W5E-0" + (1 + (cart - 1) % 4));
        }
    }

    /** Spare workstations in the IT store: in stock, related to nothing yet. */
    private void spareWorkstations() {
        Department it = DEPARTMENTS.get(DEPARTMENTS.size() - 1);
        for (int n = 91; n <= 94; n++) {
            workstation(it, n, "B1", "IT store 备件库", CiStatus.IN_STOCK);
        }
    }
}
