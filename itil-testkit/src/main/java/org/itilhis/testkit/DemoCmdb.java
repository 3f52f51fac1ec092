package org.itilhis.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.DuplicateAssetTagException;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.configuration.in.CiNotFoundException;
import org.itilhis.ports.configuration.in.CmdbCommand;
import org.itilhis.ports.configuration.in.CmdbQueries;
import org.itilhis.ports.configuration.in.CmdbUseCase;
import org.itilhis.ports.configuration.service.Cmdb;

/**
 * The demo hospital's CMDB: about three hundred configuration items of a general hospital,
 * loaded through {@link CmdbUseCase} so that it lands the same on every adapter. Business
 * services (outpatient registration, inpatient pharmacy, imaging, laboratory results,
 * emergency triage...) use the application systems HIS, EMR, LIS and PACS, the integration
 * engine and the medical-insurance interface; these run on servers (HIS on a cluster of three,
 * down when two of them are) and databases on a SAN; servers hang on two data-centre switches
 * below one core switch; and every department has its workstations and printers (wristband
 * printers on the wards, label printers in the laboratory and the pharmacy) on its access
 * switch. Everything is computed, nothing is random: host names, addresses, serial numbers
 * and warranty ends are the same on every run.
 *
 * <p>Items are known by their asset tags, the constants below; {@link Estate} gives their ids
 * once loaded. Loading is guarded: on a CMDB that already holds the demo, nothing is written.
 */
public final class DemoCmdb {
    public static final String CAMPUS = "Main campus 本部院区";
    public static final String OUTPATIENT_BUILDING = "Outpatient building 门诊楼";
    public static final String INPATIENT_BUILDING = "Inpatient building 住院楼";
    public static final String MEDICAL_TECHNOLOGY_BUILDING = "Medical technology building 医技楼";
    public static final String EMERGENCY_BUILDING = "Emergency building 急诊楼";

    /** Departments of the demo CMDB besides those of {@link DemoHospital}. */
    public static final DepartmentId OUTPATIENT_CLINICS = DepartmentId.of("outpatient-clinics");
    public static final DepartmentId EMERGENCY = DepartmentId.of("emergency");
    public static final DepartmentId LABORATORY = DepartmentId.of("laboratory");
    public static final DepartmentId PHARMACY = DepartmentId.of("inpatient-pharmacy");
    public static final DepartmentId MEDICAL_RECORDS_DEPARTMENT = DepartmentId.of("medical-records");

    public static final String OUTPATIENT_REGISTRATION = "SVC-OP-REG";
    public static final String OUTPATIENT_CONSULTATION = "SVC-OP-DOC";
    public static final String OUTPATIENT_BILLING = "SVC-OP-BILL";
    public static final String INPATIENT_PHARMACY = "SVC-IP-PHARMACY";
    public static final String INPATIENT_ORDERS = "SVC-IP-ORDERS";
    public static final String IMAGING = "SVC-IMAGING";
    public static final String LAB_RESULTS = "SVC-LAB-RESULTS";
    public static final String EMERGENCY_TRIAGE = "SVC-ED-TRIAGE";
    public static final String MEDICAL_RECORDS = "SVC-MEDICAL-RECORDS";
    public static final String INTERNET_ACCESS = "SVC-INTERNET";

    public static final String HIS = "APP-HIS";
    public static final String EMR = "APP-EMR";
    public static final String LIS = "APP-LIS";
    public static final String PACS = "APP-PACS";
    public static final String INTEGRATION_ENGINE = "MW-ESB";
    public static final String INSURANCE_INTERFACE = "APP-MI-GW";

    /** The HIS application servers; HIS is down when two of the three are. */
    public static final ImmutableList<String> HIS_CLUSTER = ImmutableList.of("SRV-HIS-APP01", "SRV-HIS-APP02",
            "SRV-HIS-APP03");
    public static final ImmutableList<String> HIS_DATABASE_SERVERS = ImmutableList.of("SRV-HIS-DB01", "SRV-HIS-DB02");
    public static final ImmutableList<String> PACS_SERVERS = ImmutableList.of("SRV-PACS-APP01", "SRV-PACS-APP02");
    public static final String SAN = "STO-SAN01";
    public static final String PACS_STORAGE = "STO-PACS01";

    public static final String CORE_SWITCH = "NET-CORE-SW01";
    public static final ImmutableList<String> DATA_CENTRE_SWITCHES = ImmutableList.of("NET-DC-SW01", "NET-DC-SW02");
    public static final String INTERNET_FIREWALL = "NET-FW-INET01";
    public static final String INSURANCE_FIREWALL = "NET-FW-MI01";
    /** The access switch of ward 5 east's nurse station and doctors' office. */
    public static final String WARD_5_EAST_SWITCH = "NET-ACC-W5E-01";

    private DemoCmdb() {
    }

    /**
     * The ids of the loaded demo items, by asset tag, with names for the well-known ones.
     *
     * @param byAssetTag every item of the demo, in the order it was registered
     */
    public record Estate(ImmutableMap<String, CiId> byAssetTag) {
        public Estate {
            byAssetTag = ImmutableMap.copyOf(byAssetTag);
        }

        /** The id of the demo item with {@code assetTag}. */
        public CiId id(String assetTag) {
            CiId id = byAssetTag.get(checkNotNull(assetTag, "assetTag"));
            checkArgument(id != null, "no demo item carries the asset tag %s", assetTag);
            return id;
        }

        public int size() {
            return byAssetTag.size();
        }

        public CiId outpatientRegistration() {
            return id(OUTPATIENT_REGISTRATION);
        }

        public CiId inpatientPharmacy() {
            return id(INPATIENT_PHARMACY);
        }

        public CiId imaging() {
            return id(IMAGING);
        }

        public CiId his() {
            return id(HIS);
        }

        /** The three HIS application servers. */
        public ImmutableList<CiId> hisCluster() {
            return HIS_CLUSTER.stream().map(this::id).collect(ImmutableList.toImmutableList());
        }

        public CiId pacs() {
            return id(PACS);
        }

        public CiId pacsStorage() {
            return id(PACS_STORAGE);
        }

        public CiId coreSwitch() {
            return id(CORE_SWITCH);
        }
    }

    /** The asset tags of the demo, in the order of registration. */
    public static List<String> assetTags() {
        return plan().items().stream().map(DemoCmdbPlan.Item::tag).toList();
    }

    /**
     * Registers the demo items, relates them and declares their redundancy, as {@code actor}
     * (who must be allowed to manage the CMDB, such as {@link DemoHospital#CONFIG_MANAGER_QIAN}).
     * Every step is one command and does nothing when its effect is already there, so a load
     * interrupted half-way is completed by the next one, and two application nodes loading
     * the same empty database at once end with one demo. When the last redundancy rule of the
     * demo is already declared the demo is complete and only its ids are read back.
     */
    public static Estate loadInto(CmdbUseCase items, CmdbQueries queries, Actor actor) {
        checkNotNull(items, "items");
        checkNotNull(queries, "queries");
        checkNotNull(actor, "actor");
        DemoCmdbPlan plan = plan();
        Map<String, CiId> ids = new LinkedHashMap<>();
        if (isComplete(plan, queries, actor)) {
            plan.items().forEach(item -> ids.put(item.tag(), queries.findByAssetTag(actor, item.tag()).item().id()));
            return new Estate(ImmutableMap.copyOf(ids));
        }
        for (DemoCmdbPlan.Item item : plan.items()) {
            ids.put(item.tag(), registered(items, queries, actor, item));
        }
        for (DemoCmdbPlan.Link link : plan.links()) {
            onceAgainOnConflict(() -> items.handle(new CmdbCommand.Relate(actor, ids.get(link.from()), null,
                    link.type(), ids.get(link.to()))));
        }
        for (DemoCmdbPlan.Rule rule : plan.rules()) {
            onceAgainOnConflict(() -> items.handle(new CmdbCommand.DeclareRedundancy(actor, ids.get(rule.tag()), null,
                    rule.through(), rule.failedMembers(), 0)));
        }
        return new Estate(ImmutableMap.copyOf(ids));
    }

    /** {@link #loadInto(CmdbUseCase, CmdbQueries, Actor)} on a CMDB wired by hand, such as the in-memory desk's. */
    public static Estate loadInto(Cmdb cmdb, Actor actor) {
        checkNotNull(cmdb, "cmdb");
        return loadInto(cmdb.items(), cmdb.queries(), actor);
    }

    private static boolean isComplete(DemoCmdbPlan plan, CmdbQueries queries, Actor actor) {
        DemoCmdbPlan.Rule last = plan.rules().get(plan.rules().size() - 1);
        try {
            return queries.findByAssetTag(actor, last.tag()).item().redundancy().containsKey(last.through());
        } catch (CiNotFoundException absent) {
            return false;
        }
    }

    /** The id of the item with the plan's asset tag, registered first if it is not there yet. */
    private static CiId registered(CmdbUseCase items, CmdbQueries queries, Actor actor, DemoCmdbPlan.Item item) {
        try {
            return queries.findByAssetTag(actor, item.tag()).item().id();
        } catch (CiNotFoundException absent) {
            try {
                return items.handle(new CmdbCommand.RegisterCi(actor, item.classCode(), item.data(), item.status()))
                        .item().id();
            } catch (DuplicateAssetTagException registeredMeanwhile) {
                return queries.findByAssetTag(actor, item.tag()).item().id();
            }
        }
    }

    /** Runs a command that does nothing the second time, again if another loader changed the item meanwhile. */
    private static void onceAgainOnConflict(Runnable command) {
        try {
            command.run();
        } catch (VersionConflictException changedMeanwhile) {
            command.run();
        }
    }

    static DemoCmdbPlan plan() {
        DemoCmdbPlan plan = new DemoCmdbPlan();
        DemoDataCentre.addTo(plan);
        DemoDepartments.addTo(plan);
        return plan;
    }
}
