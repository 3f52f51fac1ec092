package org.itilhis.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.itilhis.core.cmdb.AssetTag;
import org.itilhis.core.cmdb.CiClassCatalogue;
import org.itilhis.core.cmdb.CiDetails;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiStatus;
import org.itilhis.core.cmdb.ConfigurationItem;
import org.itilhis.core.cmdb.RedundancyRule;
import org.itilhis.core.cmdb.RelationshipRules;
import org.itilhis.core.cmdb.RelationshipType;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.shared.StaffId;

/**
 * A synthetic estate of a large hospital group, as configuration items with their
 * relationships, checked against the hospital's relationship rules. For {@code size} items:
 * two stacked core switches (connected to each other), distribution switches depending on
 * both cores (down only when both are), access switches, storage, servers on access switches
 * and storage, databases on servers, application systems running on three servers each (down
 * when two are) and using a database, business services using three applications, and the
 * rest workstations and printers on access switches, each workstation also depending on a
 * file server and two printers. About three relationships per item; deterministic for a seed.
 */
final class HospitalEstate {
    private static final StaffId LOADER = StaffId.of("K0001");
    private static final Instant AT = Instant.parse("2026-01-05T00:00:00Z");
    private static final CiClassCatalogue CLASSES = CiClassCatalogue.hospitalDefault();
    private static final RelationshipRules RULES = RelationshipRules.hospitalDefault(CLASSES);
    private static final String[] APPLICATIONS = {"his", "emr", "lis", "pacs", "application-system"};
    private static final String[] SERVICES = {"outpatient-registration", "inpatient-pharmacy", "imaging",
            "business-service"};

    private final Random random;
    private final List<ConfigurationItem> items = new ArrayList<>();
    private final List<ConfigurationItem> servers = new ArrayList<>();
    private final List<ConfigurationItem> services = new ArrayList<>();
    private ConfigurationItem coreSwitch;

    private HospitalEstate(long seed) {
        this.random = new Random(seed);
    }

    /** An estate of about {@code size} items (at least 1,000). */
    static HospitalEstate generate(int size, long seed) {
        HospitalEstate estate = new HospitalEstate(seed);
        estate.build(Math.max(size, 1_000));
        return estate;
    }

    /** Every item, with its registration and relationships as pending events. */
    List<ConfigurationItem> items() {
        return items;
    }

    List<ConfigurationItem> servers() {
        return servers;
    }

    List<ConfigurationItem> services() {
        return services;
    }

    ConfigurationItem coreSwitch() {
        return coreSwitch;
    }

    long relationships() {
        return items.stream().mapToLong(item -> item.relationships().size()).sum();
    }

    private void build(int size) {
        ConfigurationItem core1 = network("CORE-1");
        ConfigurationItem core2 = network("CORE-2");
        relate(core1, RelationshipType.CONNECTED_TO, core2);
        coreSwitch = core1;
        List<ConfigurationItem> distribution = new ArrayList<>();
        for (int i = 0; i < size / 2_000 + 1; i++) {
            ConfigurationItem d = network("DIST-" + i);
            relate(d, RelationshipType.DEPENDS_ON, core1);
            relate(d, RelationshipType.DEPENDS_ON, core2);
            d.declareRedundancy(RedundancyRule.downWhen(RelationshipType.DEPENDS_ON, 2), LOADER, AT);
            distribution.add(d);
        }
        List<ConfigurationItem> access = new ArrayList<>();
        for (int i = 0; i < size / 50; i++) {
            ConfigurationItem a = network("ACC-" + i);
            relate(a, RelationshipType.DEPENDS_ON, pick(distribution));
            access.add(a);
        }
        List<ConfigurationItem> storage = new ArrayList<>();
        for (int i = 0; i < size / 1_000 + 1; i++) {
            storage.add(item("storage", "STO-" + i, ServiceCriticality.IMPORTANT, Map.of("capacityTb", "200")));
        }
        for (int i = 0; i < size / 25; i++) {
            ConfigurationItem server = item("server", "SRV-" + i, ServiceCriticality.IMPORTANT,
                    Map.of("hostname", "srv-" + i, "ipAddress", ip(1, i)));
            relate(server, RelationshipType.DEPENDS_ON, pick(access));
            relate(server, RelationshipType.DEPENDS_ON, pick(storage));
            servers.add(server);
        }
        List<ConfigurationItem> databases = new ArrayList<>();
        for (int i = 0; i < size / 200; i++) {
            ConfigurationItem database = item("database", "DB-" + i, ServiceCriticality.IMPORTANT,
                    Map.of("engine", "postgresql"));
            relate(database, RelationshipType.RUNS_ON, servers.get(i));
            databases.add(database);
        }
        List<ConfigurationItem> applications = new ArrayList<>();
        for (int i = 0; i < size / 100; i++) {
            ConfigurationItem application = item(APPLICATIONS[i % APPLICATIONS.length], "APP-" + i,
                    ServiceCriticality.CLINICAL_CRITICAL, Map.of());
            for (int s = 0; s < 3; s++) {
                relate(application, RelationshipType.RUNS_ON, pick(servers));
            }
            application.declareRedundancy(RedundancyRule.downWhen(RelationshipType.RUNS_ON, 2), LOADER, AT);
            relate(application, RelationshipType.USES, pick(databases));
            applications.add(application);
        }
        for (int i = 0; i < size / 1_000; i++) {
            ConfigurationItem service = item(SERVICES[i % SERVICES.length], "SVC-" + i,
                    i % 3 == 0 ? ServiceCriticality.CLINICAL_CRITICAL : ServiceCriticality.IMPORTANT,
                    Map.of("serviceHours", "24x7"));
            for (int a = 0; a < 3; a++) {
                relate(service, RelationshipType.USES, pick(applications));
            }
            services.add(service);
        }
        List<ConfigurationItem> printers = new ArrayList<>();
        int endDevices = size - items.size();
        for (int i = 0; i < endDevices / 4; i++) {
            ConfigurationItem printer = item("printer", "PRN-" + i, ServiceCriticality.GENERAL,
                    Map.of("printerKind", "laser", "ipAddress", ip(2, i)));
            relate(printer, RelationshipType.DEPENDS_ON, pick(access));
            relate(printer, RelationshipType.DEPENDS_ON, pick(servers));
            printers.add(printer);
        }
        for (int i = 0; items.size() < size; i++) {
            ConfigurationItem workstation = item("workstation", "WS-" + i, ServiceCriticality.GENERAL,
                    Map.of("hostname", "ws-" + i, "ipAddress", ip(3, i)));
            relate(workstation, RelationshipType.DEPENDS_ON, pick(access));
            relate(workstation, RelationshipType.DEPENDS_ON, pick(servers));
            relate(workstation, RelationshipType.DEPENDS_ON, pick(printers));
            relate(workstation, RelationshipType.DEPENDS_ON, pick(printers));
        }
    }

    private ConfigurationItem network(String tag) {
        return item("network-device", tag, ServiceCriticality.IMPORTANT,
                Map.of("deviceRole", "switch", "managementIp", ip(0, items.size())));
    }

    private ConfigurationItem item(String classCode, String tag, ServiceCriticality criticality,
                                   Map<String, String> attributes) {
        ConfigurationItem item = ConfigurationItem.register(new CiId(new UUID(0xE57A7EL, items.size())),
                CLASSES.get(classCode), CiDetails.of(AssetTag.of(tag), classCode + " " + tag, criticality)
                        .withAttributes(attributes), CiStatus.IN_USE, LOADER, AT);
        items.add(item);
        return item;
    }

    private static void relate(ConfigurationItem from, RelationshipType type, ConfigurationItem to) {
        from.relate(type, to, RULES, LOADER, AT);
    }

    private ConfigurationItem pick(List<ConfigurationItem> among) {
        return among.get(random.nextInt(among.size()));
    }

    private static String ip(int block, int n) {
        return "10." + (block * 64 + n / 65_536 % 64) + "." + (n / 256 % 256) + "." + (n % 256);
    }
}
