package org.itilhis.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.CONFIG_MANAGER_QIAN;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.itilhis.core.cmdb.AffectedCi;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiLocation;
import org.itilhis.core.cmdb.CiPath;
import org.itilhis.core.cmdb.CiSnapshot;
import org.itilhis.core.cmdb.ImpactReport;
import org.itilhis.core.cmdb.OperationalState;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.ports.configuration.in.CiSearch;
import org.itilhis.ports.configuration.in.CiView;
import org.itilhis.ports.configuration.in.CmdbCommand;
import org.itilhis.ports.configuration.in.CmdbQueries;
import org.itilhis.testkit.memory.InMemoryServiceDesk;
import org.junit.jupiter.api.Test;

class DemoCmdbTest {
    private final InMemoryServiceDesk desk = DemoHospital.inMemory();
    private final CmdbQueries queries = desk.cmdb.queries();
    private final DemoCmdb.Estate estate = DemoCmdb.loadInto(desk.cmdb, CONFIG_MANAGER_QIAN);

    @Test
    void theDemoLoadsAFewHundredItemsOfEveryKindThroughTheUseCase() {
        assertThat(estate.size()).isBetween(250, 450);
        assertThat(queries.search(AGENT_CHEN, CiSearch.all(CiSearch.MAX_LIMIT))).hasSize(estate.size());
        Map<String, Long> byClass = queries.search(AGENT_CHEN, CiSearch.all(CiSearch.MAX_LIMIT)).stream()
                .collect(Collectors.groupingBy(v -> v.item().classCode(), Collectors.counting()));
        assertThat(byClass).containsKeys("his", "emr", "lis", "pacs", "database", "middleware", "server", "storage",
                "network-device", "workstation", "printer", "outpatient-registration", "inpatient-pharmacy", "imaging",
                "business-service");
        assertThat(byClass.get("workstation")).isGreaterThan(100);
        assertThat(byClass.get("server")).isGreaterThanOrEqualTo(10);
    }

    @Test
    void itemsCarryRealisticIdentityLocationOwnershipAndVendor() {
        CiSnapshot node = queries.find(AGENT_CHEN, estate.hisCluster().get(0)).item();

        assertThat(node.details().attribute("hostname")).contains("his-app01");
        assertThat(node.details().attribute("ipAddress")).contains("10.10.1.11");
        assertThat(node.details().vendor()).hasValueSatisfying(v -> assertThat(v).contains("Huawei"));
        assertThat(node.details().location().building()).contains(DemoCmdb.MEDICAL_TECHNOLOGY_BUILDING);
        assertThat(node.details().supportGroup()).contains(DemoHospital.HIS_SUPPORT);
        assertThat(node.details().criticality()).isEqualTo(ServiceCriticality.CLINICAL_CRITICAL);
        assertThat(queries.search(AGENT_CHEN, CiSearch.all(10).withHostname("w5e-ws03")))
                .singleElement().satisfies(ws -> {
                    assertThat(ws.item().details().owningDepartment()).contains(DemoHospital.WARD_5_EAST);
                    assertThat(ws.item().details().attribute("macAddress").orElseThrow()).matches("98:fa:9b(:[0-9a-f]{2}){3}");
                    assertThat(ws.item().details().warrantyEnd()).isPresent();
                });
    }

    @Test
    void wardsHaveWristbandPrintersAndTheLaboratoryLabelPrinters() {
        assertThat(printerKinds(DemoHospital.WARD_5_EAST)).contains("wristband", "laser");
        assertThat(printerKinds(DemoCmdb.LABORATORY)).contains("label");
        assertThat(printerKinds(DemoCmdb.EMERGENCY)).contains("wristband");
    }

    private List<String> printerKinds(org.itilhis.core.shared.DepartmentId department) {
        return queries.search(AGENT_CHEN, CiSearch.all(100).withClassCodes(List.of("printer"))
                        .withOwningDepartment(department)).stream()
                .map(p -> p.item().details().attribute("printerKind").orElseThrow()).toList();
    }

    @Test
    void loadingAgainWritesNothingAndGivesTheSameItems() {
        long revision = desk.configurationItems.revision();

        DemoCmdb.Estate again = DemoCmdb.loadInto(desk.cmdb.items(), queries, CONFIG_MANAGER_QIAN);

        assertThat(again).isEqualTo(estate);
        assertThat(desk.configurationItems.revision()).isEqualTo(revision);
    }

    @Test
    void aLoadInterruptedHalfWayIsCompletedByTheNext() {
        InMemoryServiceDesk interrupted = DemoHospital.inMemory();
        DemoCmdbPlan.Item first = DemoCmdb.plan().items().get(0);
        interrupted.cmdb.items().handle(new CmdbCommand.RegisterCi(CONFIG_MANAGER_QIAN, first.classCode(), first.data(),
                first.status()));

        DemoCmdb.Estate completed = DemoCmdb.loadInto(interrupted.cmdb, CONFIG_MANAGER_QIAN);

        assertThat(completed.byAssetTag().keySet()).containsExactlyElementsOf(DemoCmdb.assetTags());
        assertThat(interrupted.cmdb.queries().find(AGENT_CHEN, completed.his()).item().redundancy())
                .isEqualTo(queries.find(AGENT_CHEN, estate.his()).item().redundancy());
        long relationships = DemoCmdb.assetTags().stream().mapToLong(tag -> interrupted.cmdb.queries()
                .find(AGENT_CHEN, completed.id(tag)).item().relationships().size()).sum();
        assertThat(relationships).isEqualTo(DemoCmdb.plan().links().size());
    }

    @Test
    void theDemoIsTheSameOnEveryLoad() {
        InMemoryServiceDesk other = DemoHospital.inMemory();
        DemoCmdb.Estate otherEstate = DemoCmdb.loadInto(other.cmdb.items(), other.cmdb.queries(), CONFIG_MANAGER_QIAN);

        assertThat(otherEstate.byAssetTag().keySet()).containsExactlyElementsOf(DemoCmdb.assetTags());
        for (String tag : List.of(DemoCmdb.CORE_SWITCH, DemoCmdb.HIS, "WS-OPREG-07", "PRN-LAB-03")) {
            CiSnapshot mine = queries.find(AGENT_CHEN, estate.id(tag)).item();
            CiSnapshot theirs = other.cmdb.queries().find(AGENT_CHEN, otherEstate.id(tag)).item();
            assertThat(theirs.details()).isEqualTo(mine.details());
            assertThat(theirs.relationships()).hasSameSizeAs(mine.relationships());
        }
    }

    @Test
    void aCoreSwitchFailureReachesTheClinicalCriticalServicesAndEveryDepartment() {
        ImpactReport report = queries.impact(AGENT_CHEN, Set.of(estate.coreSwitch())).report();

        assertThat(report.clinicalCriticalServices()).extracting(AffectedCi::id).contains(
                estate.outpatientRegistration(), estate.inpatientPharmacy(), estate.imaging(),
                estate.id(DemoCmdb.LAB_RESULTS), estate.id(DemoCmdb.EMERGENCY_TRIAGE));
        assertThat(report.clinicalCriticalServices()).allSatisfy(s -> assertThat(s.state()).isEqualTo(OperationalState.DOWN));
        assertThat(report.departments().keySet()).contains(DemoHospital.OUTPATIENT, DemoHospital.WARD_5_EAST,
                DemoHospital.RADIOLOGY, DemoHospital.IT, DemoCmdb.LABORATORY, DemoCmdb.PHARMACY, DemoCmdb.EMERGENCY,
                DemoCmdb.OUTPATIENT_CLINICS);
        assertThat(report.highestServiceCriticality()).contains(ServiceCriticality.CLINICAL_CRITICAL);
    }

    @Test
    void oneHisServerDownOnlyDegradesHisAndTheServicesOnIt() {
        ImpactReport report = queries.impact(AGENT_CHEN, Set.of(estate.hisCluster().get(0))).report();

        assertThat(report.stateOf(estate.his())).isEqualTo(OperationalState.DEGRADED);
        assertThat(report.stateOf(estate.outpatientRegistration())).isEqualTo(OperationalState.DEGRADED);
        assertThat(report.stateOf(estate.inpatientPharmacy())).isEqualTo(OperationalState.DEGRADED);
        assertThat(report.affected()).filteredOn(ci -> ci.state() == OperationalState.DOWN).extracting(AffectedCi::id)
                .containsExactly(estate.hisCluster().get(0));
        assertThat(report.affectedIds()).doesNotContain(estate.pacs(), estate.id(DemoCmdb.LAB_RESULTS));
    }

    @Test
    void twoHisServersDownBringHisAndOutpatientRegistrationDown() {
        ImpactReport report = queries.impact(AGENT_CHEN, Set.copyOf(estate.hisCluster().subList(0, 2))).report();

        assertThat(report.stateOf(estate.his())).isEqualTo(OperationalState.DOWN);
        assertThat(report.stateOf(estate.outpatientRegistration())).isEqualTo(OperationalState.DOWN);
        assertThat(report.affected(estate.outpatientRegistration()).orElseThrow().path().cis())
                .containsSubsequence(estate.his(), estate.outpatientRegistration());
        assertThat(report.stateOf(estate.hisCluster().get(2))).isEqualTo(OperationalState.OPERATIONAL);
    }

    @Test
    void theCandidateCausesOfOutpatientRegistrationIncludeTheHisServersAndTheNetworkPath() {
        Map<CiId, CiPath> causes = queries.candidateCauses(AGENT_CHEN, estate.outpatientRegistration()).stream()
                .collect(Collectors.toMap(CiPath::end, Function.identity()));

        assertThat(causes).containsKeys(estate.his(), estate.id(DemoCmdb.INSURANCE_INTERFACE), estate.id("DB-HIS"),
                estate.id(DemoCmdb.SAN), estate.coreSwitch(), estate.id(DemoCmdb.INSURANCE_FIREWALL));
        assertThat(causes).containsKeys(estate.hisCluster().toArray(CiId[]::new));
        assertThat(causes.get(estate.his()).length()).isEqualTo(1);
        CiPath toCore = causes.get(estate.coreSwitch());
        List<CiId> dataCentre = DemoCmdb.DATA_CENTRE_SWITCHES.stream().map(estate::id).toList();
        assertThat(toCore.length()).isEqualTo(4);
        assertThat(toCore.cis().get(3)).isIn(dataCentre.get(0), dataCentre.get(1),
                estate.id(DemoCmdb.INSURANCE_FIREWALL));
        assertThat(causes).doesNotContainKey(estate.pacs());
    }

    @Test
    void anAccessSwitchFailureStaysOnItsWardAndReachesNoService() {
        ImpactReport report = queries.impact(AGENT_CHEN, Set.of(estate.id(DemoCmdb.WARD_5_EAST_SWITCH))).report();

        assertThat(report.departments().keySet()).containsExactlyInAnyOrder(DemoHospital.WARD_5_EAST, DemoHospital.IT);
        assertThat(report.businessServices()).isEmpty();
        CiLocation ward = CiLocation.of(DemoCmdb.CAMPUS, DemoCmdb.INPATIENT_BUILDING, "5F", null);
        List<CiView> affected = report.affectedIds().stream().map(id -> queries.find(AGENT_CHEN, id)).toList();
        assertThat(affected).hasSizeGreaterThan(20)
                .allSatisfy(ci -> assertThat(ci.item().details().location().within(ward)).isTrue());
    }

    @Test
    void anIncidentOnAPacsServerTakesTheCriticalityOfImaging() {
        assertThat(queries.criticalityOf(AGENT_CHEN, Set.of(estate.id(DemoCmdb.PACS_SERVERS.get(0)))))
                .contains(ServiceCriticality.CLINICAL_CRITICAL);
        assertThat(queries.criticalityOf(AGENT_CHEN, Set.of(estate.id("PRN-OPDOC-01"))))
                .contains(ServiceCriticality.GENERAL);
    }
}
