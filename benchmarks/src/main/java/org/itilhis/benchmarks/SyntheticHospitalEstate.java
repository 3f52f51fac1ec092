package org.itilhis.benchmarks;

import static org.itilhis.core.cmdb.RelationshipType.DEPENDS_ON;
import static org.itilhis.core.cmdb.RelationshipType.RUNS_ON;
import static org.itilhis.core.cmdb.RelationshipType.USES;

import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ListMultimap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.itilhis.core.cmdb.AssetTag;
import org.itilhis.core.cmdb.CiClassCatalogue;
import org.itilhis.core.cmdb.CiDetails;
import org.itilhis.core.cmdb.CiGraph;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiNode;
import org.itilhis.core.cmdb.CiSnapshot;
import org.itilhis.core.cmdb.CiStatus;
import org.itilhis.core.cmdb.RedundancyRule;
import org.itilhis.core.cmdb.Relationship;
import org.itilhis.core.cmdb.RelationshipRules;
import org.itilhis.core.cmdb.RelationshipType;
import org.itilhis.core.cmdb.StoredCiGraph;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.core.shared.GroupId;

/**
 * The estate of a regional group of 20 hospitals joined by one core switch, generated from a
 * fixed seed: 100,000 configuration items and 300,000 relationships between the classes of
 * {@link CiClassCatalogue#hospitalDefault()}, as the hospital rules allow them. From the top:
 * business services use application systems (and another service); applications run on three
 * virtual servers (down when two are), depend on a database and use other applications;
 * databases run on two virtual servers (down when both are); virtual servers depend on a
 * physical host and two storage volumes; hosts and storage arrays are dual-homed on the
 * hospital's two data-centre switches, access switches on its two distribution switches (down
 * when both are), and these four depend on the core switch; workstations and printers, a third
 * of the items, each depend on their access switch. Every item but the core switch belongs to
 * one hospital and relates only within it; extra uses between applications make up the last
 * relationships.
 */
final class SyntheticHospitalEstate {
    static final int ITEMS = 100_000;
    static final int RELATIONSHIPS = 300_000;
    static final int SERVICES = 2_000;
    static final int APPLICATIONS = 12_000;
    static final int DATABASES = 8_000;
    static final int VIRTUAL_SERVERS = 35_000;
    static final int HOSTS = 6_000;
    static final int STORAGE = 400;
    static final int DATA_CENTRE_SWITCHES = 40;
    static final int DISTRIBUTION_SWITCHES = 40;
    static final int ACCESS_SWITCHES = 2_000;
    static final int DEPARTMENTS = 300;
    static final int HOSPITALS = 20;
    private static final List<String> APPLICATION_CLASSES = List.of("his", "emr", "lis", "pacs", "application-system",
            "middleware");

    final List<CiNode> items = new ArrayList<>(ITEMS);
    final Set<Relationship> relationships = new LinkedHashSet<>(2 * RELATIONSHIPS);
    final List<Rule> rules = new ArrayList<>();
    final CiId coreSwitch;
    final CiId[] services;
    final CiId[] virtualServers;
    final CiId[] accessSwitches;
    private final Random random = new Random(20260302L);

    record Rule(CiId item, RedundancyRule rule) {
    }

    SyntheticHospitalEstate() {
        coreSwitch = add("network-device", ServiceCriticality.CLINICAL_CRITICAL, false, -1);
        CiId[] distribution = add(DISTRIBUTION_SWITCHES, "network-device", ServiceCriticality.IMPORTANT);
        CiId[] dataCentre = add(DATA_CENTRE_SWITCHES, "network-device", ServiceCriticality.CLINICAL_CRITICAL);
        accessSwitches = add(ACCESS_SWITCHES, "network-device", ServiceCriticality.IMPORTANT);
        CiId[] storage = add(STORAGE, "storage", ServiceCriticality.CLINICAL_CRITICAL);
        CiId[] hosts = add(HOSTS, "server", ServiceCriticality.CLINICAL_CRITICAL);
        virtualServers = add(VIRTUAL_SERVERS, "server", ServiceCriticality.IMPORTANT);
        CiId[] databases = add(DATABASES, "database", ServiceCriticality.CLINICAL_CRITICAL);
        CiId[] applications = new CiId[APPLICATIONS];
        for (int i = 0; i < APPLICATIONS; i++) {
            applications[i] = add(APPLICATION_CLASSES.get(i % APPLICATION_CLASSES.size()),
                    ServiceCriticality.values()[i % 3], false, -1);
        }
        services = new CiId[SERVICES];
        for (int i = 0; i < SERVICES; i++) {
            services[i] = add("business-service", ServiceCriticality.values()[i % 3], true,
                    hospital(i, SERVICES) * (DEPARTMENTS / HOSPITALS) + i % (DEPARTMENTS / HOSPITALS));
        }
        int endpoints = ITEMS - items.size();
        for (int i = 0; i < endpoints; i++) {
            // Departments sit on neighbouring switches, so an access switch serves mostly one department.
            CiId endpoint = add(i % 4 == 3 ? "printer" : "workstation", ServiceCriticality.GENERAL, false,
                    (int) ((long) i * DEPARTMENTS / endpoints));
            relate(endpoint, DEPENDS_ON, accessSwitches[(int) ((long) i * ACCESS_SWITCHES / endpoints)]);
        }

        for (CiId sw : distribution) {
            relate(sw, DEPENDS_ON, coreSwitch);
        }
        for (CiId sw : dataCentre) {
            relate(sw, DEPENDS_ON, coreSwitch);
        }
        needsSeveral(accessSwitches, DEPENDS_ON, distribution, 2, 2);
        needsSeveral(storage, DEPENDS_ON, dataCentre, 2, 2);
        needsSeveral(hosts, DEPENDS_ON, dataCentre, 2, 2);
        for (int i = 0; i < VIRTUAL_SERVERS; i++) {
            int hospital = hospital(i, VIRTUAL_SERVERS);
            relate(virtualServers[i], DEPENDS_ON, pick(hosts, hospital));
            relate(virtualServers[i], DEPENDS_ON, pick(storage, hospital));
            relate(virtualServers[i], DEPENDS_ON, pick(storage, hospital));
        }
        needsSeveral(databases, RUNS_ON, virtualServers, 2, 2);
        needsSeveral(applications, RUNS_ON, virtualServers, 3, 2);
        for (int i = 0; i < APPLICATIONS; i++) {
            int hospital = hospital(i, APPLICATIONS);
            relate(applications[i], DEPENDS_ON, pick(databases, hospital));
            relate(applications[i], USES, pick(applications, hospital));
        }
        for (int i = 0; i < SERVICES; i++) {
            int hospital = hospital(i, SERVICES);
            for (int k = 0; k < 4; k++) {
                relate(services[i], USES, pick(applications, hospital));
            }
            relate(services[i], USES, pick(services, hospital));
        }
        while (relationships.size() < RELATIONSHIPS) {
            int hospital = random.nextInt(HOSPITALS);
            relate(pick(applications, hospital), USES, pick(applications, hospital));
        }
    }

    /** The graph, every relationship checked against the hospital rules. */
    CiGraph build(RelationshipRules rules) {
        CiGraph.Builder builder = CiGraph.builder(rules);
        items.forEach(builder::add);
        relationships.forEach(builder::relate);
        this.rules.forEach(r -> builder.redundancy(r.item(), r.rule()));
        return builder.build();
    }

    /**
     * The estate as the CMDB stores it: one snapshot per item, in use, holding the relationships
     * it starts and the redundancy rules it declares, as {@link StoredCiGraph} reads them.
     */
    List<CiSnapshot> snapshots() {
        ListMultimap<CiId, Relationship> starting = ArrayListMultimap.create();
        relationships.forEach(r -> starting.put(r.from(), r));
        ListMultimap<CiId, RedundancyRule> declared = ArrayListMultimap.create();
        rules.forEach(r -> declared.put(r.item(), r.rule()));
        List<CiSnapshot> snapshots = new ArrayList<>(items.size());
        for (CiNode item : items) {
            CiDetails details = CiDetails.of(AssetTag.of("CI-" + item.id().value()), item.classCode() + " " + snapshots.size(),
                    item.criticality());
            if (item.owningDepartment().isPresent()) {
                details = details.withOwner(item.owningDepartment().get(), GroupId.of("it"));
            }
            ImmutableMap.Builder<RelationshipType, RedundancyRule> redundancy = ImmutableMap.builder();
            declared.get(item.id()).forEach(rule -> redundancy.put(rule.through(), rule));
            snapshots.add(new CiSnapshot(item.id(), item.classCode(), details, CiStatus.IN_USE,
                    ImmutableSet.copyOf(starting.get(item.id())), redundancy.buildKeepingLast(), 1));
        }
        return snapshots;
    }

    /**
     * Each of {@code needing} needs {@code members} neighbouring items of {@code pool} in its own
     * hospital, and is down when {@code downWhen} of them are.
     */
    private void needsSeveral(CiId[] needing, RelationshipType type, CiId[] pool, int members, int downWhen) {
        int segment = pool.length / HOSPITALS;
        for (int i = 0; i < needing.length; i++) {
            int first = random.nextInt(segment);
            for (int m = 0; m < members; m++) {
                relate(needing[i], type, pool[hospital(i, needing.length) * segment + (first + m) % segment]);
            }
            rules.add(new Rule(needing[i], RedundancyRule.downWhen(type, downWhen)));
        }
    }

    /** The hospital of the {@code index}-th of {@code count} items of a kind. */
    private static int hospital(int index, int count) {
        return (int) ((long) index * HOSPITALS / count);
    }

    private void relate(CiId from, RelationshipType type, CiId to) {
        if (!from.equals(to)) {
            relationships.add(new Relationship(from, type, to));
        }
    }

    /** An item of {@code pool} in {@code hospital}'s share of it. */
    private CiId pick(CiId[] pool, int hospital) {
        int segment = pool.length / HOSPITALS;
        return pool[hospital * segment + random.nextInt(segment)];
    }

    private CiId[] add(int count, String classCode, ServiceCriticality criticality) {
        CiId[] ids = new CiId[count];
        for (int i = 0; i < count; i++) {
            ids[i] = add(classCode, criticality, false, -1);
        }
        return ids;
    }

    private CiId add(String classCode, ServiceCriticality criticality, boolean businessService, int department) {
        CiId id = new CiId(new UUID(0x1d, items.size()));
        items.add(new CiNode(id, classCode, criticality, businessService,
                department < 0 ? Optional.empty() : Optional.of(DepartmentId.of("department-" + department))));
        return id;
    }
}
