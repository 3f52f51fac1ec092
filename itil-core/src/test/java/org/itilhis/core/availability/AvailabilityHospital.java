package org.itilhis.core.availability;

import static org.itilhis.core.cmdb.RelationshipType.DEPENDS_ON;
import static org.itilhis.core.cmdb.RelationshipType.PART_OF;
import static org.itilhis.core.cmdb.RelationshipType.RUNS_ON;
import static org.itilhis.core.cmdb.RelationshipType.USES;

import java.util.UUID;
import org.itilhis.core.cmdb.CiGraph;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiNode;
import org.itilhis.core.cmdb.RedundancyRule;
import org.itilhis.core.cmdb.RelationshipRules;
import org.itilhis.core.priority.ServiceCriticality;

/**
 * The hospital of the availability tests: HIS outpatient (clinical-critical, measured round the
 * clock) uses the HIS, which runs on a cluster of two application servers (down only when both
 * are) and uses a database on a database server; office systems (measured in office hours) run
 * on an office server; every server depends on the core switch; a ward workstation depends on
 * the core switch too, and nothing needs it.
 */
final class AvailabilityHospital {
    static final CiId HIS_OUTPATIENT = id(1);
    static final CiId HIS = id(2);
    static final CiId CLUSTER = id(3);
    static final CiId APP_1 = id(4);
    static final CiId APP_2 = id(5);
    static final CiId DATABASE = id(6);
    static final CiId DB_SERVER = id(7);
    static final CiId CORE_SWITCH = id(8);
    static final CiId OFFICE_SYSTEMS = id(9);
    static final CiId OFFICE_SERVER = id(10);
    static final CiId WARD_WORKSTATION = id(11);

    private AvailabilityHospital() {
    }

    static CiId id(int n) {
        return new CiId(new UUID(20, n));
    }

    static CiGraph graph() {
        return CiGraph.builder(RelationshipRules.allowingEverything())
                .add(new CiNode(HIS_OUTPATIENT, "business-service", ServiceCriticality.CLINICAL_CRITICAL, true))
                .add(new CiNode(OFFICE_SYSTEMS, "business-service", ServiceCriticality.GENERAL, true))
                .add(new CiNode(HIS, "application", ServiceCriticality.CLINICAL_CRITICAL, false))
                .add(new CiNode(CLUSTER, "cluster", ServiceCriticality.CLINICAL_CRITICAL, false))
                .add(new CiNode(APP_1, "app-server", ServiceCriticality.CLINICAL_CRITICAL, false))
                .add(new CiNode(APP_2, "app-server", ServiceCriticality.CLINICAL_CRITICAL, false))
                .add(new CiNode(DATABASE, "database", ServiceCriticality.CLINICAL_CRITICAL, false))
                .add(new CiNode(DB_SERVER, "db-server", ServiceCriticality.CLINICAL_CRITICAL, false))
                .add(new CiNode(CORE_SWITCH, "network-switch", ServiceCriticality.CLINICAL_CRITICAL, false))
                .add(new CiNode(OFFICE_SERVER, "server", ServiceCriticality.GENERAL, false))
                .add(new CiNode(WARD_WORKSTATION, "workstation", ServiceCriticality.IMPORTANT, false))
                .relate(HIS_OUTPATIENT, USES, HIS)
                .relate(HIS, RUNS_ON, CLUSTER)
                .relate(APP_1, PART_OF, CLUSTER)
                .relate(APP_2, PART_OF, CLUSTER)
                .redundancy(CLUSTER, RedundancyRule.downWhen(PART_OF, 2))
                .relate(HIS, USES, DATABASE)
                .relate(DATABASE, RUNS_ON, DB_SERVER)
                .relate(APP_1, DEPENDS_ON, CORE_SWITCH)
                .relate(APP_2, DEPENDS_ON, CORE_SWITCH)
                .relate(DB_SERVER, DEPENDS_ON, CORE_SWITCH)
                .relate(OFFICE_SYSTEMS, RUNS_ON, OFFICE_SERVER)
                .relate(OFFICE_SERVER, DEPENDS_ON, CORE_SWITCH)
                .relate(WARD_WORKSTATION, DEPENDS_ON, CORE_SWITCH)
                .build();
    }
}
