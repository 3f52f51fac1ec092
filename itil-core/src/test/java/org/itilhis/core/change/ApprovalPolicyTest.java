package org.itilhis.core.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.itilhis.core.change.ApprovalPolicy.Authority;
import org.itilhis.core.change.ApprovalPolicy.Requirement;
import org.junit.jupiter.api.Test;

class ApprovalPolicyTest {
    private static final ApprovalPolicy POLICY = ApprovalPolicy.hospitalDefault();

    @Test
    void aLowRiskNormalChangeNeedsTheChangeManagerAlone() {
        Requirement requirement = POLICY.requirementFor(ChangeModel.NORMAL, ChangeFixture.lowRisk());

        assertThat(requirement.authority()).isEqualTo(Authority.CHANGE_MANAGER);
        assertThat(requirement.rule()).isEqualTo(ApprovalRule.roleMustApprove(CabRole.CHANGE_MANAGER));
        assertThat(requirement.isMetByKindOf(ChangeAdvisoryBoard.changeManagerAlone(ChangeFixture.MANAGER_ZHAO))).isTrue();
        assertThat(requirement.isMetByKindOf(ChangeFixture.CAB)).isFalse();
    }

    @Test
    void aHighRiskChangeReachingAClinicalCriticalServiceNeedsTheCabTheDirectorAndTheClinicalRepresentative() {
        RiskAssessment risk = ChangeFixture.clinicalRisk(Likelihood.UNLIKELY);
        assertThat(risk.level()).isEqualTo(RiskLevel.HIGH);

        Requirement requirement = POLICY.requirementFor(ChangeModel.NORMAL, risk);

        assertThat(requirement.authority()).isEqualTo(Authority.CAB);
        assertThat(requirement.rule().describe(ChangeFixture.CAB)).isEqualTo("at least 3 votes cast and at least 51% of 6"
                + " members approve and the IT_DIRECTOR approves and the CLINICAL_REPRESENTATIVE approves");
        assertThat(requirement.isMetByKindOf(ChangeFixture.CAB)).isTrue();
        assertThat(requirement.isMetByKindOf(ChangeFixture.ECAB)).isFalse();
    }

    @Test
    void anEmergencyChangeGoesToTheEmergencyBoardWhateverItsRisk() {
        Requirement requirement = POLICY.requirementFor(ChangeModel.EMERGENCY, ChangeFixture.lowRisk());

        assertThat(requirement.authority()).isEqualTo(Authority.EMERGENCY_CAB);
        assertThat(requirement.isMetByKindOf(ChangeFixture.ECAB)).isTrue();
    }

    @Test
    void aStandardChangeNeedsNoApproval() {
        assertThatThrownBy(() -> POLICY.requirementFor(ChangeModel.STANDARD, ChangeFixture.lowRisk()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
