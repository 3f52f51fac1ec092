package org.itilhis.core.cmdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.itilhis.core.cmdb.HospitalGraph.APP_1;
import static org.itilhis.core.cmdb.HospitalGraph.APP_2;
import static org.itilhis.core.cmdb.HospitalGraph.CLUSTER;
import static org.itilhis.core.cmdb.HospitalGraph.CORE_SWITCH;
import static org.itilhis.core.cmdb.HospitalGraph.DATABASE;
import static org.itilhis.core.cmdb.HospitalGraph.DB_SERVER;
import static org.itilhis.core.cmdb.HospitalGraph.HIS;
import static org.itilhis.core.cmdb.HospitalGraph.INTRANET;
import static org.itilhis.core.cmdb.HospitalGraph.REGISTRATION;
import static org.itilhis.core.cmdb.HospitalGraph.WARD_SWITCH;
import static org.itilhis.core.cmdb.HospitalGraph.WARD_WORKSTATION;
import static org.itilhis.core.cmdb.OperationalState.DEGRADED;
import static org.itilhis.core.cmdb.OperationalState.DOWN;
import static org.itilhis.core.cmdb.OperationalState.OPERATIONAL;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ImpactAnalysisTest {
    private final ImpactAnalysis analysis = ImpactAnalysis.of(HospitalGraph.graph());

    @Test
    void oneFailedClusterMemberOnlyDegradesTheHisAndRegistration() {
        ImpactReport report = analysis.impactOf(Set.of(APP_1));

        assertThat(report.stateOf(APP_1)).isEqualTo(DOWN);
        assertThat(report.stateOf(CLUSTER)).isEqualTo(DEGRADED);
        assertThat(report.stateOf(HIS)).isEqualTo(DEGRADED);
        assertThat(report.stateOf(REGISTRATION)).isEqualTo(DEGRADED);
        assertThat(report.stateOf(DATABASE)).isEqualTo(OPERATIONAL);
        assertThat(report.affected(REGISTRATION).orElseThrow().path().cis()).containsExactly(APP_1, CLUSTER, HIS, REGISTRATION);
    }

    @Test
    void bothClusterMembersDownBringRegistrationDown() {
        ImpactReport report = analysis.impactOf(Set.of(APP_1, APP_2));

        assertThat(report.stateOf(CLUSTER)).isEqualTo(DOWN);
        assertThat(report.stateOf(HIS)).isEqualTo(DOWN);
        assertThat(report.stateOf(REGISTRATION)).isEqualTo(DOWN);
        assertThat(report.clinicalCriticalServices()).extracting(AffectedCi::id).containsExactly(REGISTRATION);
    }

    @Test
    void observedStatesPropagateADegradedItemAsDegradedAndIgnoreOperationalOnes() {
        ImpactReport report = analysis.impactOf(java.util.Map.of(DB_SERVER, DEGRADED, APP_1, DOWN, WARD_SWITCH, OPERATIONAL));

        assertThat(report.failed()).containsExactlyInAnyOrder(DB_SERVER, APP_1);
        assertThat(report.stateOf(DB_SERVER)).isEqualTo(DEGRADED);
        assertThat(report.stateOf(DATABASE)).isEqualTo(DEGRADED);
        assertThat(report.stateOf(HIS)).isEqualTo(DEGRADED);
        assertThat(report.stateOf(WARD_SWITCH)).isEqualTo(OPERATIONAL);
        assertThat(analysis.impactOf(java.util.Map.of(APP_1, DOWN, APP_2, DOWN)).stateOf(REGISTRATION)).isEqualTo(DOWN);
        assertThat(analysis.impactOf(java.util.Map.of(APP_1, DEGRADED, APP_2, DEGRADED)).stateOf(REGISTRATION))
                .isEqualTo(DEGRADED);
        assertThat(analysis.impactOf(java.util.Map.of(WARD_SWITCH, OPERATIONAL)).affected()).isEmpty();
    }

    @Test
    void aPercentageRuleCountsTheShareOfMembersDown() {
        CiGraph half = HospitalGraph.builder().redundancy(CLUSTER, RedundancyRule.downWhenPercent(RelationshipType.PART_OF, 50)).build();

        assertThat(ImpactAnalysis.of(half).impactOf(Set.of(APP_2)).stateOf(CLUSTER)).isEqualTo(DOWN);
    }

    @Test
    void aDatabaseServerWithoutRedundancyTakesTheHisAndTheServiceDownWithTheWayExplained() {
        ImpactReport report = analysis.impactOf(Set.of(DB_SERVER));

        AffectedCi registration = report.affected(REGISTRATION).orElseThrow();
        assertThat(registration.state()).isEqualTo(DOWN);
        assertThat(registration.path().cis()).containsExactly(DB_SERVER, DATABASE, HIS, REGISTRATION);
        assertThat(registration.path().relationships()).extracting(Relationship::type)
                .containsExactly(RelationshipType.RUNS_ON, RelationshipType.USES, RelationshipType.USES);
        assertThat(report.businessServices()).extracting(AffectedCi::id).containsExactly(REGISTRATION);
        assertThat(report.stateOf(INTRANET)).isEqualTo(OPERATIONAL);
    }

    @Test
    void theCoreSwitchReachesEverythingOnTheNetworkAndALinkedSwitchWorksBothWays() {
        ImpactReport core = analysis.impactOf(Set.of(CORE_SWITCH));
        ImpactReport ward = analysis.impactOf(Set.of(WARD_SWITCH));

        assertThat(core.affectedIds()).contains(WARD_SWITCH, WARD_WORKSTATION, APP_1, APP_2, DB_SERVER, CLUSTER, HIS, REGISTRATION);
        assertThat(core.stateOf(REGISTRATION)).isEqualTo(DOWN);
        assertThat(core.affected(WARD_WORKSTATION).orElseThrow().path().cis()).containsExactly(CORE_SWITCH, WARD_SWITCH, WARD_WORKSTATION);
        assertThat(core.affected().get(0).id()).isEqualTo(CORE_SWITCH);
        assertThat(ward.stateOf(CORE_SWITCH)).isEqualTo(DOWN);
    }

    @Test
    void aWorkstationFailureReachesNothingElse() {
        ImpactReport report = analysis.impactOf(Set.of(WARD_WORKSTATION));

        assertThat(report.affectedIds()).containsExactly(WARD_WORKSTATION);
        assertThat(report.affected(WARD_WORKSTATION).orElseThrow().path().length()).isZero();
    }

    @Test
    void theCandidateCausesOfRegistrationAreEverythingItNeedsNearestFirst() {
        List<CiPath> causes = analysis.candidateCauses(REGISTRATION);

        assertThat(causes).extracting(CiPath::end)
                .containsExactlyInAnyOrder(HIS, CLUSTER, DATABASE, APP_1, APP_2, DB_SERVER, CORE_SWITCH, WARD_SWITCH);
        assertThat(causes.get(0).end()).isEqualTo(HIS);
        assertThat(causes).allSatisfy(cause -> assertThat(cause.start()).isEqualTo(REGISTRATION));
        assertThat(causes).extracting(CiPath::length).isSorted();
    }

    @Test
    void theGraphRefusesSelfRelationships() {
        assertThatIllegalArgumentException().isThrownBy(() -> HospitalGraph.builder().relate(HIS, RelationshipType.USES, HIS))
                .withMessageContaining("itself");
    }

    @Test
    void theGraphRefusesClassPairsTheTypeDoesNotAllow() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> HospitalGraph.builder().relate(DB_SERVER, RelationshipType.RUNS_ON, HIS))
                .withMessageContaining("RUNS_ON may not join a db-server to a application");
    }

    @Test
    void aPairAllowedForAClassIsAllowedForItsSubclassesAndConnectionsForBothOrientations() {
        assertThat(HospitalGraph.RULES.allows(RelationshipType.RUNS_ON, "database", "db-server")).isTrue();
        RelationshipRules links = RelationshipRules.builder().allow(RelationshipType.CONNECTED_TO, "server", "network-switch").build();
        assertThat(links.allows(RelationshipType.CONNECTED_TO, "network-switch", "server")).isTrue();
        assertThat(links.allows(RelationshipType.DEPENDS_ON, "server", "network-switch")).isFalse();
        assertThat(HospitalGraph.RULES.allows(RelationshipType.RUNS_ON, "db-server", "database")).isFalse();
    }

    @Test
    void addingARelationshipLeavesTheOriginalGraphUnchanged() {
        CiGraph graph = HospitalGraph.graph();
        CiGraph more = graph.withRelationship(new Relationship(INTRANET, RelationshipType.USES, HIS));

        assertThat(more.relationships()).hasSize(graph.relationships().size() + 1);
        assertThat(ImpactAnalysis.of(graph).impactOf(Set.of(HIS)).stateOf(INTRANET)).isEqualTo(OPERATIONAL);
        assertThat(ImpactAnalysis.of(more).impactOf(Set.of(HIS)).stateOf(INTRANET)).isEqualTo(DOWN);
    }

    @Test
    void theSummaryCountsTheCoreSwitchFailureAndNamesTheServicesWithoutListingEveryItem() {
        ImpactReport report = analysis.impactOf(Set.of(CORE_SWITCH));

        ImpactSummary summary = report.summary();
        assertThat(summary.affected()).isEqualTo(report.affected().size());
        assertThat(summary.down() + summary.degraded()).isEqualTo(summary.affected());
        assertThat(summary.businessServices()).isEqualTo(report.businessServices());
        assertThat(summary.clinicalCriticalServices()).extracting(AffectedCi::id).contains(REGISTRATION);
        assertThat(summary.departments()).isEqualTo(report.departments().keySet().size());
        assertThat(summary.highestServiceCriticality()).isEqualTo(report.highestServiceCriticality());
    }

    @Test
    void pagesOfAffectedItemsFollowTheOrderOfTheFullListAndEndEmpty() {
        ImpactReport report = analysis.impactOf(Set.of(CORE_SWITCH));

        assertThat(report.affected(0, 2)).isEqualTo(report.affected().subList(0, 2));
        assertThat(report.affected(2, 3)).isEqualTo(report.affected().subList(2, 5));
        assertThat(report.affected(report.affectedCount(), 10)).isEmpty();
        assertThat(report.affected(0, 0)).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> report.affected(-1, 10));
        assertThatIllegalArgumentException().isThrownBy(() -> report.affected(0, -1));
    }
}
