package org.itilhis.core.cmdb;

import static org.itilhis.core.cmdb.RelationshipType.CONNECTED_TO;
import static org.itilhis.core.cmdb.RelationshipType.DEPENDS_ON;
import static org.itilhis.core.cmdb.RelationshipType.PART_OF;
import static org.itilhis.core.cmdb.RelationshipType.RUNS_ON;
import static org.itilhis.core.cmdb.RelationshipType.USES;

import java.util.List;
import java.util.UUID;
import org.itilhis.core.priority.ServiceCriticality;

/**
 * A small hospital: outpatient registration uses the HIS, which runs on a cluster of two
 * application servers (down only when both are) and uses a database on a database server; the
 * servers depend on the core switch, linked to a ward switch on which the ward's workstation
 * depends.
 */
final class HospitalGraph {
    static final CiId REGISTRATION = id(1);
    static final CiId HIS = id(2);
    static final CiId CLUSTER = id(3);
    static final CiId APP_1 = id(4);
    static final CiId APP_2 = id(5);
    static final CiId DATABASE = id(6);
    static final CiId DB_SERVER = id(7);
    static final CiId CORE_SWITCH = id(8);
    static final CiId WARD_WORKSTATION = id(9);
    static final CiId INTRANET = id(10);
    static final CiId WARD_SWITCH = id(11);

    static final RelationshipRules RULES = RelationshipRules.builder()
            .ancestors(code -> code.endsWith("-server") ? List.of("server") : List.of())
            .allow(USES, "business-service", "application")
            .allow(USES, "application", "database")
            .allow(RUNS_ON, "application", "cluster")
            .allow(RUNS_ON, "application", "server")
            .allow(RUNS_ON, "database", "server")
            .allow(PART_OF, "server", "cluster")
            .allow(DEPENDS_ON, "server", "network-switch")
            .allow(DEPENDS_ON, "workstation", "network-switch")
            .allow(CONNECTED_TO, "network-switch", "network-switch")
            .build();

    private HospitalGraph() {
    }

    static CiId id(int n) {
        return new CiId(new UUID(0, n));
    }

    static CiGraph.Builder builder() {
        return CiGraph.builder(RULES)
                .add(new CiNode(REGISTRATION, "business-service", ServiceCriticality.CLINICAL_CRITICAL, true))
                .add(new CiNode(INTRANET, "business-service", ServiceCriticality.GENERAL, true))
                .add(new CiNode(HIS, "application", ServiceCriticality.CLINICAL_CRITICAL, false))
                .add(new CiNode(CLUSTER, "cluster", ServiceCriticality.CLINICAL_CRITICAL, false))
                .add(new CiNode(APP_1, "app-server", ServiceCriticality.CLINICAL_CRITICAL, false))
                .add(new CiNode(APP_2, "app-server", ServiceCriticality.CLINICAL_CRITICAL, false))
                .add(new CiNode(DATABASE, "database", ServiceCriticality.CLINICAL_CRITICAL, false))
                .add(new CiNode(DB_SERVER, "db-server", ServiceCriticality.CLINICAL_CRITICAL, false))
                .add(new CiNode(CORE_SWITCH, "network-switch", ServiceCriticality.CLINICAL_CRITICAL, false))
                .add(new CiNode(WARD_SWITCH, "network-switch", ServiceCriticality.IMPORTANT, false))
                .add(new CiNode(WARD_WORKSTATION, "workstation", ServiceCriticality.IMPORTANT, false))
                .relate(REGISTRATION, USES, HIS)
                .relate(HIS, RUNS_ON, CLUSTER)
                .relate(APP_1, PART_OF, CLUSTER)
                .relate(APP_2, PART_OF, CLUSTER)
                .redundancy(CLUSTER, RedundancyRule.downWhen(PART_OF, 2))
                .relate(HIS, USES, DATABASE)
                .relate(DATABASE, RUNS_ON, DB_SERVER)
                .relate(APP_1, DEPENDS_ON, CORE_SWITCH)
                .relate(APP_2, DEPENDS_ON, CORE_SWITCH)
                .relate(DB_SERVER, DEPENDS_ON, CORE_SWITCH)
                .relate(WARD_SWITCH, CONNECTED_TO, CORE_SWITCH)
                .relate(WARD_WORKSTATION, DEPENDS_ON, WARD_SWITCH);
    }

    static CiGraph graph() {
        return builder().build();
    }
}
