package org.itilhis.core.cmdb;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HospitalRelationshipRulesTest {
    private final RelationshipRules rules = RelationshipRules.hospitalDefault(CiClassCatalogue.hospitalDefault());

    @Test
    void applicationsRunOnServersAndNotTheOtherWayRound() {
        assertThat(rules.allows(RelationshipType.RUNS_ON, "his", "server")).isTrue();
        assertThat(rules.allows(RelationshipType.RUNS_ON, "database", "server")).isTrue();
        assertThat(rules.allows(RelationshipType.RUNS_ON, "server", "his")).isFalse();
    }

    @Test
    void businessServicesUseApplicationsAndDependOnOtherServices() {
        assertThat(rules.allows(RelationshipType.USES, "outpatient-registration", "his")).isTrue();
        assertThat(rules.allows(RelationshipType.DEPENDS_ON, "imaging", "business-service")).isTrue();
        assertThat(rules.allows(RelationshipType.USES, "his", "outpatient-registration")).isFalse();
    }

    @Test
    void onlyNetworkDevicesAreConnectedAndOtherHardwareDependsOnThem() {
        assertThat(rules.allows(RelationshipType.CONNECTED_TO, "network-device", "network-device")).isTrue();
        assertThat(rules.allows(RelationshipType.CONNECTED_TO, "workstation", "network-device")).isFalse();
        assertThat(rules.allows(RelationshipType.DEPENDS_ON, "workstation", "network-device")).isTrue();
        assertThat(rules.allows(RelationshipType.DEPENDS_ON, "network-device", "network-device")).isTrue();
    }

    @Test
    void aPartBelongsToAWholeOfItsOwnKind() {
        assertThat(rules.allows(RelationshipType.PART_OF, "server", "server")).isTrue();
        assertThat(rules.allows(RelationshipType.PART_OF, "server", "his")).isFalse();
    }

    @Test
    void aHospitalsOwnSubclassInheritsTheRulesOfItsParent() {
        CiClassCatalogue catalogue = CiClassCatalogue.hospitalDefault();
        catalogue = catalogue.with(CiClass.childOf(catalogue.get("server"), "virtual-machine",
                new org.itilhis.core.shared.Text("cmdb.class.virtual-machine", "virtual machine")));
        RelationshipRules extended = RelationshipRules.hospitalDefault(catalogue);

        assertThat(extended.allows(RelationshipType.RUNS_ON, "emr", "virtual-machine")).isTrue();
        assertThat(catalogue.isService("virtual-machine")).isFalse();
        assertThat(catalogue.isService("inpatient-pharmacy")).isTrue();
    }
}
