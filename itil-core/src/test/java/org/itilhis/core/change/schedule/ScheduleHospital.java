package org.itilhis.core.change.schedule;

import static org.itilhis.core.cmdb.RelationshipType.CONNECTED_TO;
import static org.itilhis.core.cmdb.RelationshipType.DEPENDS_ON;
import static org.itilhis.core.cmdb.RelationshipType.PART_OF;
import static org.itilhis.core.cmdb.RelationshipType.RUNS_ON;
import static org.itilhis.core.cmdb.RelationshipType.USES;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.itilhis.core.change.ChangeId;
import org.itilhis.core.change.ChangeNumber;
import org.itilhis.core.cmdb.CiGraph;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiNode;
import org.itilhis.core.cmdb.RedundancyRule;
import org.itilhis.core.cmdb.RelationshipRules;
import org.itilhis.core.priority.ServiceCriticality;

/**
 * A small hospital for the schedule's tests: outpatient registration uses the HIS (on a cluster
 * of two application servers, down when both are, and a database on one database server),
 * imaging uses the PACS (on a cluster of two, down when both are), lab results use the LIS (on a
 * cluster of three, down only when all three are); the servers depend on the core switch, linked
 * to a ward switch on which a ward workstation depends.
 */
final class ScheduleHospital {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    static final CiId REGISTRATION = id(1);
    static final CiId HIS = id(2);
    static final CiId HIS_CLUSTER = id(3);
    static final CiId HIS_APP_1 = id(4);
    static final CiId HIS_APP_2 = id(5);
    static final CiId HIS_DB = id(6);
    static final CiId DB_SERVER = id(7);
    static final CiId CORE_SWITCH = id(8);
    static final CiId WARD_SWITCH = id(9);
    static final CiId WARD_WORKSTATION = id(10);
    static final CiId IMAGING = id(11);
    static final CiId PACS = id(12);
    static final CiId PACS_CLUSTER = id(13);
    static final CiId PACS_1 = id(14);
    static final CiId PACS_2 = id(15);
    static final CiId LAB_RESULTS = id(16);
    static final CiId LIS = id(17);
    static final CiId LIS_CLUSTER = id(18);
    static final CiId LIS_1 = id(19);
    static final CiId LIS_2 = id(20);
    static final CiId LIS_3 = id(21);

    private ScheduleHospital() {
    }

    static CiId id(int n) {
        return new CiId(new UUID(0x5c, n));
    }

    static CiGraph graph() {
        CiGraph.Builder b = CiGraph.builder(RelationshipRules.allowingEverything());
        service(b, REGISTRATION);
        service(b, IMAGING);
        service(b, LAB_RESULTS);
        for (CiId item : new CiId[] {HIS, HIS_CLUSTER, HIS_APP_1, HIS_APP_2, HIS_DB, DB_SERVER, CORE_SWITCH, WARD_SWITCH,
                WARD_WORKSTATION, PACS, PACS_CLUSTER, PACS_1, PACS_2, LIS, LIS_CLUSTER, LIS_1, LIS_2, LIS_3}) {
            b.add(new CiNode(item, "item", ServiceCriticality.IMPORTANT, false));
        }
        b.relate(REGISTRATION, USES, HIS).relate(HIS, RUNS_ON, HIS_CLUSTER)
                .relate(HIS_APP_1, PART_OF, HIS_CLUSTER).relate(HIS_APP_2, PART_OF, HIS_CLUSTER)
                .redundancy(HIS_CLUSTER, RedundancyRule.downWhen(PART_OF, 2))
                .relate(HIS, USES, HIS_DB).relate(HIS_DB, RUNS_ON, DB_SERVER)
                .relate(HIS_APP_1, DEPENDS_ON, CORE_SWITCH).relate(HIS_APP_2, DEPENDS_ON, CORE_SWITCH)
                .relate(DB_SERVER, DEPENDS_ON, CORE_SWITCH)
                .relate(WARD_SWITCH, CONNECTED_TO, CORE_SWITCH).relate(WARD_WORKSTATION, DEPENDS_ON, WARD_SWITCH)
                .relate(IMAGING, USES, PACS).relate(PACS, RUNS_ON, PACS_CLUSTER)
                .relate(PACS_1, PART_OF, PACS_CLUSTER).relate(PACS_2, PART_OF, PACS_CLUSTER)
                .redundancy(PACS_CLUSTER, RedundancyRule.downWhen(PART_OF, 2))
                .relate(PACS_1, DEPENDS_ON, CORE_SWITCH).relate(PACS_2, DEPENDS_ON, CORE_SWITCH)
                .relate(LAB_RESULTS, USES, LIS).relate(LIS, RUNS_ON, LIS_CLUSTER)
                .relate(LIS_1, PART_OF, LIS_CLUSTER).relate(LIS_2, PART_OF, LIS_CLUSTER).relate(LIS_3, PART_OF, LIS_CLUSTER)
                .redundancy(LIS_CLUSTER, RedundancyRule.downWhen(PART_OF, 3));
        return b.build();
    }

    private static void service(CiGraph.Builder b, CiId id) {
        b.add(new CiNode(id, "business-service", ServiceCriticality.CLINICAL_CRITICAL, true));
    }

    /** Change number {@code n} of 2027 on {@code touched}, from {@code start} to {@code end} local time. */
    static ScheduledChange change(int n, String start, String end, boolean outage, CiId... touched) {
        return new ScheduledChange(new ChangeId(new UUID(0xc, n)), ChangeNumber.of(2027, n), Set.of(touched),
                LocalDateTime.parse(start).atZone(SHANGHAI).toInstant(), LocalDateTime.parse(end).atZone(SHANGHAI).toInstant(),
                outage);
    }
}
