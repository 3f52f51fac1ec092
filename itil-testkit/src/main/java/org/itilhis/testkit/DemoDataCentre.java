package org.itilhis.testkit;

import static org.itilhis.core.cmdb.RelationshipType.DEPENDS_ON;
import static org.itilhis.core.cmdb.RelationshipType.RUNS_ON;
import static org.itilhis.core.cmdb.RelationshipType.USES;
import static org.itilhis.core.priority.ServiceCriticality.CLINICAL_CRITICAL;
import static org.itilhis.core.priority.ServiceCriticality.GENERAL;
import static org.itilhis.core.priority.ServiceCriticality.IMPORTANT;
import static org.itilhis.testkit.DemoCmdb.CAMPUS;
import static org.itilhis.testkit.DemoCmdb.CORE_SWITCH;
import static org.itilhis.testkit.DemoCmdb.DATA_CENTRE_SWITCHES;
import static org.itilhis.testkit.DemoCmdb.EMERGENCY;
import static org.itilhis.testkit.DemoCmdb.EMERGENCY_TRIAGE;
import static org.itilhis.testkit.DemoCmdb.EMR;
import static org.itilhis.testkit.DemoCmdb.HIS;
import static org.itilhis.testkit.DemoCmdb.HIS_CLUSTER;
import static org.itilhis.testkit.DemoCmdb.HIS_DATABASE_SERVERS;
import static org.itilhis.testkit.DemoCmdb.IMAGING;
import static org.itilhis.testkit.DemoCmdb.INPATIENT_ORDERS;
import static org.itilhis.testkit.DemoCmdb.INPATIENT_PHARMACY;
import static org.itilhis.testkit.DemoCmdb.INSURANCE_FIREWALL;
import static org.itilhis.testkit.DemoCmdb.INSURANCE_INTERFACE;
import static org.itilhis.testkit.DemoCmdb.INTEGRATION_ENGINE;
import static org.itilhis.testkit.DemoCmdb.INTERNET_ACCESS;
import static org.itilhis.testkit.DemoCmdb.INTERNET_FIREWALL;
import static org.itilhis.testkit.DemoCmdb.LABORATORY;
import static org.itilhis.testkit.DemoCmdb.LAB_RESULTS;
import static org.itilhis.testkit.DemoCmdb.LIS;
import static org.itilhis.testkit.DemoCmdb.MEDICAL_RECORDS;
import static org.itilhis.testkit.DemoCmdb.MEDICAL_RECORDS_DEPARTMENT;
import static org.itilhis.testkit.DemoCmdb.MEDICAL_TECHNOLOGY_BUILDING;
import static org.itilhis.testkit.DemoCmdb.OUTPATIENT_BILLING;
import static org.itilhis.testkit.DemoCmdb.OUTPATIENT_CLINICS;
import static org.itilhis.testkit.DemoCmdb.OUTPATIENT_CONSULTATION;
import static org.itilhis.testkit.DemoCmdb.OUTPATIENT_REGISTRATION;
import static org.itilhis.testkit.DemoCmdb.PACS;
import static org.itilhis.testkit.DemoCmdb.PACS_SERVERS;
import static org.itilhis.testkit.DemoCmdb.PACS_STORAGE;
import static org.itilhis.testkit.DemoCmdb.PHARMACY;
import static org.itilhis.testkit.DemoCmdb.SAN;

import java.time.LocalDate;
import java.util.List;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.testkit.DemoCmdbPlan.Draft;

/**
 * The demo CMDB's business services, application systems, databases, servers, storage and
 * network backbone, as a general hospital runs them: HIS on a three-server cluster,
 * databases on a two-node cluster and a SAN, servers dual-homed on two data-centre switches,
 * one core switch with distribution switches per building, and firewalls to the internet and
 * the medical-insurance private network.
 */
final class DemoDataCentre {
    static final String DATA_CENTRE_FLOOR = "B1";
    static final String DATA_CENTRE_ROOM = "Data centre 信息中心机房";
    private static final String WINNING = "卫宁健康 Winning Health";
    private static final String NEUSOFT = "东软 Neusoft";
    private static final String HUAWEI = "华为 Huawei";
    private static final String HP = "惠普 HP";

    private final DemoCmdbPlan plan;

    private DemoDataCentre(DemoCmdbPlan plan) {
        this.plan = plan;
    }

    static void addTo(DemoCmdbPlan plan) {
        DemoDataCentre centre = new DemoDataCentre(plan);
        centre.network();
        centre.serversAndStorage();
        centre.software();
        centre.services();
    }

    private void network() {
        networkDevice(CORE_SWITCH, "Core switch 核心交换机", "switch", "10.0.0.1", 1, "CloudEngine S12708E", 384);
        networkDevice(DATA_CENTRE_SWITCHES.get(0), "Data-centre switch A 数据中心交换机A", "switch", "10.0.0.11", 2,
                "CloudEngine 6881-48S6CQ", 54);
        networkDevice(DATA_CENTRE_SWITCHES.get(1), "Data-centre switch B 数据中心交换机B", "switch", "10.0.0.12", 3,
                "CloudEngine 6881-48S6CQ", 54);
        networkDevice(INTERNET_FIREWALL, "Internet firewall 互联网防火墙", "firewall", "10.0.0.21", 4, "USG6555F", 16);
        networkDevice(INSURANCE_FIREWALL, "Medical-insurance private line firewall 医保专线防火墙", "firewall",
                "10.0.0.22", 5, "USG6525F", 16);
        for (String uplinked : List.of(DATA_CENTRE_SWITCHES.get(0), DATA_CENTRE_SWITCHES.get(1), INTERNET_FIREWALL,
                INSURANCE_FIREWALL)) {
            plan.link(uplinked, DEPENDS_ON, CORE_SWITCH);
        }
    }

    private void networkDevice(String tag, String name, String role, String ip, int serial, String model, int ports) {
        plan.item("network-device", tag, name).serial(String.format("2102351%05d", serial))
                .at(CAMPUS, MEDICAL_TECHNOLOGY_BUILDING, DATA_CENTRE_FLOOR, DATA_CENTRE_ROOM)
                .owner(DemoHospital.IT).support(DemoHospital.NETWORK).criticality(CLINICAL_CRITICAL)
                .vendor(HUAWEI, LocalDate.of(2028, 12, 31))
                .attribute("deviceRole", role).attribute("managementIp", ip).attribute("manufacturer", "Huawei")
                .attribute("model", model).attribute("macAddress", DemoCmdbPlan.mac("00:e0:fc", serial))
                .attribute("portCount", ports).add();
    }

    private void serversAndStorage() {
        for (int i = 0; i < HIS_CLUSTER.size(); i++) {
            server(HIS_CLUSTER.get(i), "HIS application server " + (i + 1), "his-app0" + (i + 1), 11 + i, HUAWEI);
        }
        server(HIS_DATABASE_SERVERS.get(0), "HIS database node 1 (Oracle RAC)", "his-db01", 21, HUAWEI);
        server(HIS_DATABASE_SERVERS.get(1), "HIS database node 2 (Oracle RAC)", "his-db02", 22, HUAWEI);
        server("SRV-EMR-APP01", "EMR application server", "emr-app01", 31, HP);
        server("SRV-EMR-DB01", "EMR database server", "emr-db01", 32, HP);
        server("SRV-LIS-APP01", "LIS application server", "lis-app01", 41, HP);
        server("SRV-LIS-DB01", "LIS database server", "lis-db01", 42, HP);
        server(PACS_SERVERS.get(0), "PACS application server 1", "pacs-app01", 51, HUAWEI);
        server(PACS_SERVERS.get(1), "PACS application server 2", "pacs-app02", 52, HUAWEI);
        server("SRV-PACS-DB01", "PACS database server", "pacs-db01", 53, HUAWEI);
        server("SRV-ESB01", "Integration engine node 1", "esb01", 61, HUAWEI);
        server("SRV-ESB02", "Integration engine node 2", "esb02", 62, HUAWEI);
        server("SRV-MI-GW01", "Medical-insurance front-end server 医保前置机", "mi-gw01", 71, HP);
        plan.link("SRV-MI-GW01", DEPENDS_ON, INSURANCE_FIREWALL);
        storage(SAN, "Database SAN (OceanStor 5310)", "OceanStor 5310", 80, "10.10.9.10", 91);
        storage(PACS_STORAGE, "PACS online archive (OceanStor Pacific 9550)", "OceanStor Pacific 9550", 600,
                "10.10.9.20", 92);
    }

    private void server(String tag, String name, String hostname, int host, String vendor) {
        boolean huawei = vendor.equals(HUAWEI);
        plan.item("server", tag, name).serial(huawei ? String.format("2102312%05d", host) : String.format("CN7%07d", host))
                .at(CAMPUS, MEDICAL_TECHNOLOGY_BUILDING, DATA_CENTRE_FLOOR, DATA_CENTRE_ROOM)
                .owner(DemoHospital.IT).support(DemoHospital.HIS_SUPPORT).criticality(CLINICAL_CRITICAL)
                .vendor(vendor, LocalDate.of(2027 + host % 3, 6, 30))
                .attribute("hostname", hostname).attribute("ipAddress", "10.10.1." + host)
                .attribute("macAddress", DemoCmdbPlan.mac(huawei ? "00:e0:fc" : "3c:d9:2b", 0x1000 + host))
                .attribute("manufacturer", huawei ? "Huawei" : "HPE")
                .attribute("model", huawei ? "FusionServer 2288H V6" : "ProLiant DL380 Gen10")
                .attribute("cpuCores", 32).attribute("memoryGb", huawei ? 256 : 128)
                .attribute("operatingSystem", huawei ? "openEuler 22.03 LTS" : "CentOS 7.9").add();
        // Dual-homed: a server loses its network only when both data-centre switches are down.
        DATA_CENTRE_SWITCHES.forEach(sw -> plan.link(tag, DEPENDS_ON, sw));
        plan.redundancy(tag, DEPENDS_ON, 2);
    }

    private void storage(String tag, String name, String model, int capacityTb, String ip, int serial) {
        plan.item("storage", tag, name).serial(String.format("2102352%05d", serial))
                .at(CAMPUS, MEDICAL_TECHNOLOGY_BUILDING, DATA_CENTRE_FLOOR, DATA_CENTRE_ROOM)
                .owner(DemoHospital.IT).support(DemoHospital.HIS_SUPPORT).criticality(CLINICAL_CRITICAL)
                .vendor(HUAWEI, LocalDate.of(2029, 3, 31)).attribute("capacityTb", capacityTb)
                .attribute("managementIp", ip).attribute("manufacturer", "Huawei").attribute("model", model).add();
    }

    private void software() {
        application("his", HIS, "HIS 医院信息系统", WINNING, "WiNEX HIS", "5.6");
        HIS_CLUSTER.forEach(node -> plan.link(HIS, RUNS_ON, node));
        plan.redundancy(HIS, RUNS_ON, 2);
        database("DB-HIS", "HIS database", "oracle", 1521, "19c");
        HIS_DATABASE_SERVERS.forEach(node -> plan.link("DB-HIS", RUNS_ON, node));
        plan.redundancy("DB-HIS", RUNS_ON, 2);
        plan.link("DB-HIS", DEPENDS_ON, SAN);
        plan.link(HIS, DEPENDS_ON, "DB-HIS");

        middleware(INTEGRATION_ENGINE, "Integration engine 集成平台", "integration-engine", "WiNEX ESB 3.2");
        plan.link(INTEGRATION_ENGINE, RUNS_ON, "SRV-ESB01");
        plan.link(INTEGRATION_ENGINE, RUNS_ON, "SRV-ESB02");
        plan.redundancy(INTEGRATION_ENGINE, RUNS_ON, 2);

        applicationOnOwnServers("emr", EMR, "EMR 电子病历系统", NEUSOFT, "RealOne EMR", "oracle", 1521, "EMR");
        applicationOnOwnServers("lis", LIS, "LIS 检验信息系统", WINNING, "WiNEX LIS", "sql-server", 1433, "LIS");
        application("pacs", PACS, "PACS 影像归档和通信系统", NEUSOFT, "NeuViewer PACS", "7.0");
        PACS_SERVERS.forEach(node -> plan.link(PACS, RUNS_ON, node));
        plan.redundancy(PACS, RUNS_ON, 2);
        database("DB-PACS", "PACS database", "postgresql", 5432, "14");
        plan.link("DB-PACS", RUNS_ON, "SRV-PACS-DB01");
        plan.link("DB-PACS", DEPENDS_ON, SAN);
        plan.link(PACS, DEPENDS_ON, "DB-PACS");
        plan.link(PACS, DEPENDS_ON, PACS_STORAGE);
        for (String system : List.of(EMR, LIS, PACS)) {
            plan.link(system, USES, INTEGRATION_ENGINE);
        }
        plan.link(EMR, DEPENDS_ON, HIS);

        application("application-system", INSURANCE_INTERFACE, "Medical-insurance settlement interface 医保接口",
                WINNING, "WiNEX MI", "2.1");
        plan.link(INSURANCE_INTERFACE, RUNS_ON, "SRV-MI-GW01");
    }

    private void applicationOnOwnServers(String classCode, String tag, String name, String vendor, String product,
                                         String engine, int port, String prefix) {
        application(classCode, tag, name, vendor, product, "6.0");
        plan.link(tag, RUNS_ON, "SRV-" + prefix + "-APP01");
        database("DB-" + prefix, prefix + " database", engine, port, engine.equals("oracle") ? "19c" : "2019");
        plan.link("DB-" + prefix, RUNS_ON, "SRV-" + prefix + "-DB01");
        plan.link("DB-" + prefix, DEPENDS_ON, SAN);
        plan.link(tag, DEPENDS_ON, "DB-" + prefix);
    }

    private void application(String classCode, String tag, String name, String vendor, String product, String version) {
        software(classCode, tag, name, vendor, version).attribute("vendorProduct", product).add();
    }

    private void database(String tag, String name, String engine, int port, String version) {
        software("database", tag, name, engine.equals("oracle") ? "Oracle" : engine.equals("sql-server") ? "Microsoft"
                : "PostgreSQL Global Development Group", version).attribute("engine", engine).attribute("port", port).add();
    }

    private void middleware(String tag, String name, String kind, String version) {
        software("middleware", tag, name, WINNING, version).attribute("middlewareKind", kind).add();
    }

    private Draft software(String classCode, String tag, String name, String vendor, String version) {
        return plan.item(classCode, tag, name).at(CAMPUS, MEDICAL_TECHNOLOGY_BUILDING, DATA_CENTRE_FLOOR, DATA_CENTRE_ROOM)
                .owner(DemoHospital.IT).support(DemoHospital.HIS_SUPPORT).criticality(CLINICAL_CRITICAL)
                .vendor(vendor, LocalDate.of(2027, 12, 31)).attribute("version", version)
                .attribute("supportEnd", LocalDate.of(2030, 12, 31));
    }

    private void services() {
        service("outpatient-registration", OUTPATIENT_REGISTRATION, "Outpatient registration 门诊挂号",
                DemoHospital.OUTPATIENT, CLINICAL_CRITICAL, HIS, INSURANCE_INTERFACE);
        service("business-service", OUTPATIENT_CONSULTATION, "Outpatient doctor workstation 门诊医生站",
                OUTPATIENT_CLINICS, CLINICAL_CRITICAL, HIS, EMR);
        service("business-service", OUTPATIENT_BILLING, "Outpatient billing and insurance settlement 门诊收费",
                DemoHospital.OUTPATIENT, IMPORTANT, HIS, INSURANCE_INTERFACE);
        service("inpatient-pharmacy", INPATIENT_PHARMACY, "Inpatient pharmacy 住院药房", PHARMACY, CLINICAL_CRITICAL, HIS);
        service("business-service", INPATIENT_ORDERS, "Inpatient orders and nursing 住院医嘱与护理",
                DemoHospital.WARD_5_EAST, CLINICAL_CRITICAL, HIS, EMR);
        service("imaging", IMAGING, "Imaging 医学影像", DemoHospital.RADIOLOGY, CLINICAL_CRITICAL, PACS, HIS);
        service("business-service", LAB_RESULTS, "Laboratory results 检验报告", LABORATORY, CLINICAL_CRITICAL, LIS);
        service("business-service", EMERGENCY_TRIAGE, "Emergency triage 急诊预检分诊", EMERGENCY, CLINICAL_CRITICAL,
                HIS, EMR, LAB_RESULTS, IMAGING);
        service("business-service", MEDICAL_RECORDS, "Medical record archive 病案管理", MEDICAL_RECORDS_DEPARTMENT,
                IMPORTANT, EMR);
        service("business-service", INTERNET_ACCESS, "Internet access and e-mail 互联网与邮件", DemoHospital.IT, GENERAL,
                INTERNET_FIREWALL);
    }

    private void service(String classCode, String tag, String name, DepartmentId owner, ServiceCriticality criticality,
                         String... uses) {
        plan.item(classCode, tag, name).at(CAMPUS, null, null, null).owner(owner).support(DemoHospital.HIS_SUPPORT)
                .criticality(criticality)
                .attribute("serviceHours", criticality == CLINICAL_CRITICAL ? "24x7" : "business-hours").add();
        for (String used : uses) {
            plan.link(tag, USES, used);
        }
    }
}
