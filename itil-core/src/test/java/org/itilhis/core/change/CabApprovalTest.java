package org.itilhis.core.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.core.change.ChangeFixture.CAB;
import static org.itilhis.core.change.ChangeFixture.DIRECTOR_WANG;
import static org.itilhis.core.change.ChangeFixture.LEAD_SUN;
import static org.itilhis.core.change.ChangeFixture.LEAD_ZHOU;
import static org.itilhis.core.change.ChangeFixture.MANAGER_ZHAO;
import static org.itilhis.core.change.ChangeFixture.NURSE_MANAGER_LI;
import static org.itilhis.core.change.ChangeFixture.OUTSIDER_QIAN;
import static org.itilhis.core.change.ChangeFixture.SECURITY_WU;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CabApprovalTest {
    private static final Instant NINE = Instant.parse("2026-03-03T01:00:00Z");
    private static final ApprovalRule MAJORITY_WITH_DIRECTOR = ApprovalRule.allOf(ApprovalRule.quorum(3),
            ApprovalRule.majority(), ApprovalRule.roleMustApprove(CabRole.IT_DIRECTOR));

    private static Vote approve(org.itilhis.core.shared.StaffId member, int minute) {
        return Vote.approve(member, "", NINE.plusSeconds(60L * minute));
    }

    private static Vote reject(org.itilhis.core.shared.StaffId member, int minute) {
        return Vote.reject(member, "too close to the outpatient peak", NINE.plusSeconds(60L * minute));
    }

    @Test
    void theDecisionIsTakenByTheVoteThatMeetsTheRule() {
        CabApproval approval = CabApproval.open(CAB, MAJORITY_WITH_DIRECTOR)
                .cast(approve(LEAD_SUN, 1))
                .cast(approve(LEAD_ZHOU, 2))
                .cast(approve(MANAGER_ZHAO, 3));
        assertThat(approval.decision()).as("majority of six not reached, director not yet").isEmpty();

        CabApproval decided = approval.cast(approve(DIRECTOR_WANG, 4));

        assertThat(decided.decision()).contains(CabDecision.APPROVED);
        assertThat(decided.decidedAt()).contains(NINE.plusSeconds(240));
        assertThat(decided.awaited()).containsExactlyInAnyOrder(NURSE_MANAGER_LI, SECURITY_WU);
    }

    @Test
    void theDecisionIsARejectionOnceTheRuleCanNoLongerBeMet() {
        CabApproval approval = CabApproval.open(CAB, MAJORITY_WITH_DIRECTOR).cast(reject(LEAD_SUN, 1))
                .cast(reject(LEAD_ZHOU, 2));
        assertThat(approval.decision()).as("four approvals of six still possible").isEmpty();

        CabApproval decided = approval.cast(reject(SECURITY_WU, 3));

        assertThat(decided.decision()).contains(CabDecision.REJECTED);
    }

    @Test
    void theRequiredRoleRejectingDecidesAtOnceWhenNobodyElseHoldsIt() {
        CabApproval decided = CabApproval.open(CAB, MAJORITY_WITH_DIRECTOR).cast(reject(DIRECTOR_WANG, 1));

        assertThat(decided.decision()).contains(CabDecision.REJECTED);
    }

    @Test
    void aPercentageCountsApprovalsAgainstTheWholeBoardLikeGlpi() {
        ApprovalRule half = ApprovalRule.percentage(50);
        CabApproval approval = CabApproval.open(CAB, half).cast(approve(LEAD_SUN, 1)).cast(approve(LEAD_ZHOU, 2));
        assertThat(approval.isDecided()).isFalse();

        assertThat(approval.cast(approve(SECURITY_WU, 3)).decision()).contains(CabDecision.APPROVED);
        assertThat(ApprovalRule.percentage(50).describe(CAB)).isEqualTo("at least 50% of 6 members approve");
    }

    @Test
    void aQuorumWaitsForEnoughVotesEvenWhenTheApprovalsAreThere() {
        ApprovalRule rule = ApprovalRule.allOf(ApprovalRule.atLeast(1), ApprovalRule.quorum(2));
        CabApproval approval = CabApproval.open(CAB, rule).cast(approve(LEAD_SUN, 1));
        assertThat(approval.isDecided()).isFalse();

        assertThat(approval.cast(reject(LEAD_ZHOU, 2)).decision()).contains(CabDecision.APPROVED);
    }

    @Test
    void aVoteByANonMemberIsRefusedNamingTheMemberAndTheBoard() {
        CabApproval approval = CabApproval.open(CAB, MAJORITY_WITH_DIRECTOR);

        assertThatThrownBy(() -> approval.cast(approve(OUTSIDER_QIAN, 1)))
                .isInstanceOfSatisfying(NotACabMemberException.class, e -> {
                    assertThat(e.code()).isEqualTo("change.cab.not-a-member");
                    assertThat(e.getMessage()).contains("member", "X0001", "cab");
                    assertThat(e.messageIn(Locale.SIMPLIFIED_CHINESE)).contains("X0001", "不是");
                });
    }

    @Test
    void aSecondVoteByTheSameMemberIsRefused() {
        CabApproval approval = CabApproval.open(CAB, MAJORITY_WITH_DIRECTOR).cast(approve(LEAD_SUN, 1));

        assertThatThrownBy(() -> approval.cast(reject(LEAD_SUN, 2)))
                .isInstanceOfSatisfying(AlreadyVotedException.class,
                        e -> assertThat(e.code()).isEqualTo("change.cab.already-voted"));
    }

    @Test
    void aVoteAfterTheDecisionIsRefusedAndTheDecisionStands() {
        CabApproval decided = CabApproval.open(CAB, MAJORITY_WITH_DIRECTOR).cast(reject(DIRECTOR_WANG, 1));

        assertThatThrownBy(() -> decided.cast(approve(LEAD_SUN, 2)))
                .isInstanceOfSatisfying(CabAlreadyDecidedException.class, e -> {
                    assertThat(e.code()).isEqualTo("change.cab.decided");
                    assertThat(e.getMessage()).contains("rejected");
                });
        assertThat(decided.decision()).contains(CabDecision.REJECTED);
    }

    @Test
    void aBoardThatCouldNeverMeetTheRuleIsRefusedWhenTheApprovalOpens() {
        ApprovalRule clinical = ApprovalRule.roleMustApprove(CabRole.CLINICAL_REPRESENTATIVE);

        assertThatThrownBy(() -> CabApproval.open(ChangeAdvisoryBoard.changeManagerAlone(MANAGER_ZHAO), clinical))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStoredApprovalWhoseDecisionTheVotesDoNotGiveIsRefused() {
        CabApproval approval = CabApproval.open(CAB, MAJORITY_WITH_DIRECTOR).cast(approve(LEAD_SUN, 1));

        assertThatThrownBy(() -> new CabApproval(CAB, MAJORITY_WITH_DIRECTOR, approval.votes(),
                Optional.of(CabDecision.APPROVED), Optional.of(NINE))).isInstanceOf(IllegalArgumentException.class);
    }
}
