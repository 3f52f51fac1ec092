package org.itilhis.core.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.core.change.ChangeFixture.CAB;
import static org.itilhis.core.change.ChangeFixture.DIRECTOR_WANG;
import static org.itilhis.core.change.ChangeFixture.ECAB;
import static org.itilhis.core.change.ChangeFixture.LEAD_SUN;
import static org.itilhis.core.change.ChangeFixture.LEAD_ZHOU;
import static org.itilhis.core.change.ChangeFixture.MANAGER_ZHAO;
import static org.itilhis.core.change.ChangeFixture.NURSE_MANAGER_LI;
import static org.itilhis.core.change.ChangeFixture.OUTSIDER_QIAN;
import static org.itilhis.core.change.ChangeFixture.PRINTER_SWAP;
import static org.itilhis.core.change.ChangeFixture.REQUESTER_LIU;
import static org.itilhis.core.change.ChangeFixture.SECURITY_WU;
import static org.itilhis.core.change.ChangeFixture.THURSDAY_NIGHT;
import static org.itilhis.core.change.ChangeFixture.WARD_PRINTER;

import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.itilhis.core.change.ChangeEvent.CabDecided;
import org.itilhis.core.change.ChangeEvent.VoteCast;
import org.itilhis.core.problem.ProblemId;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.workflow.GuardFailedException;
import org.itilhis.core.workflow.IllegalTransitionException;
import org.itilhis.core.workflow.MissingRequiredFieldException;
import org.junit.jupiter.api.Test;

class ChangeTest {
    private static final ApprovalPolicy POLICY = ApprovalPolicy.hospitalDefault();
    private final ChangeFixture fixture = new ChangeFixture();

    private Change awaitingCab() {
        Change change = fixture.normal();
        change.submit(REQUESTER_LIU, fixture.tick());
        change.assess(ChangeFixture.clinicalRisk(Likelihood.UNLIKELY), MANAGER_ZHAO, fixture.tick());
        change.requestApproval(POLICY, CAB, MANAGER_ZHAO, fixture.tick());
        return change;
    }

    private Vote approve(org.itilhis.core.shared.StaffId member) {
        return Vote.approve(member, "fine by me", fixture.tick());
    }

    @Test
    void aNormalChangeIsSubmittedAssessedApprovedByTheCabScheduledImplementedReviewedAndClosed() {
        Change change = awaitingCab();
        assertThat(change.status()).isEqualTo(ChangeStatus.AWAITING_APPROVAL);
        assertThat(change.awaitedBoard()).contains(CabId.of("cab"));
        assertThat(change.submittedAt()).isPresent();

        for (var member : List.of(LEAD_SUN, LEAD_ZHOU, NURSE_MANAGER_LI)) {
            change.vote(approve(member), member, fixture.now());
            assertThat(change.status()).isEqualTo(ChangeStatus.AWAITING_APPROVAL);
        }
        change.vote(approve(DIRECTOR_WANG), DIRECTOR_WANG, fixture.now());

        assertThat(change.status()).isEqualTo(ChangeStatus.APPROVED);
        assertThat(change.decision()).contains(CabDecision.APPROVED);
        assertThat(change.awaitedBoard()).isEmpty();
        change.schedule(THURSDAY_NIGHT, Optional.empty(), MANAGER_ZHAO, fixture.tick());
        change.start(REQUESTER_LIU, fixture.tick());
        change.complete(REQUESTER_LIU, fixture.tick());
        change.review(PostImplementationReview.of(true, Set.of(), "switch-over took 4 minutes"), MANAGER_ZHAO, fixture.tick());
        change.close(MANAGER_ZHAO, fixture.tick());

        assertThat(change.status()).isEqualTo(ChangeStatus.CLOSED);
        assertThat(change.riskLevel()).contains(RiskLevel.HIGH);
        assertThat(Change.replay(change.pullEvents()).snapshot()).isEqualTo(change.snapshot());
    }

    @Test
    void theDecidingVoteRecordsTheVoteThenTheDecision() {
        Change change = awaitingCab();
        change.pullEvents();

        change.vote(Vote.reject(DIRECTOR_WANG, "not during the audit", fixture.tick()), DIRECTOR_WANG, fixture.now());

        List<ChangeEvent> events = change.pullEvents();
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOf(VoteCast.class);
        assertThat(events.get(1)).isInstanceOfSatisfying(CabDecided.class,
                e -> assertThat(e.decision()).isEqualTo(CabDecision.REJECTED));
        assertThat(change.status()).isEqualTo(ChangeStatus.REJECTED);
    }

    @Test
    void aVoteByANonMemberOrASecondVoteIsRefusedAndChangesNothing() {
        Change change = awaitingCab();
        change.vote(approve(LEAD_SUN), LEAD_SUN, fixture.now());
        ChangeSnapshot before = change.snapshot();

        assertThatThrownBy(() -> change.vote(approve(OUTSIDER_QIAN), OUTSIDER_QIAN, fixture.now()))
                .isInstanceOf(NotACabMemberException.class);
        assertThatThrownBy(() -> change.vote(approve(LEAD_SUN), LEAD_SUN, fixture.now()))
                .isInstanceOf(AlreadyVotedException.class);
        assertThat(change.snapshot()).isEqualTo(before);
    }

    @Test
    void approvingAChangeWhoseWindowHasStartedIsRefused() {
        Change change = awaitingCab();
        Instant late = THURSDAY_NIGHT.start().plusSeconds(60);

        assertThatThrownBy(() -> change.vote(Vote.approve(LEAD_SUN, "", late), LEAD_SUN, late))
                .isInstanceOfSatisfying(ApprovalInThePastException.class, e -> {
                    assertThat(e.code()).isEqualTo("change.approval-in-the-past");
                    assertThat(e.getMessage()).contains("CHG-2026-000001", "2026-03-05T14:00:00Z");
                    assertThat(e.messageIn(Locale.SIMPLIFIED_CHINESE)).contains("不能批准过去的变更");
                });
    }

    @Test
    void aLowRiskChangeGoesToTheChangeManagerAloneAndACabIsRefused() {
        Change change = fixture.normal();
        change.submit(REQUESTER_LIU, fixture.tick());
        change.assess(ChangeFixture.lowRisk(), MANAGER_ZHAO, fixture.tick());

        assertThat(change.requiredApproval(POLICY).authority()).isEqualTo(ApprovalPolicy.Authority.CHANGE_MANAGER);
        assertThatThrownBy(() -> change.requestApproval(POLICY, CAB, MANAGER_ZHAO, fixture.tick()))
                .isInstanceOf(IllegalArgumentException.class);
        change.requestApproval(POLICY, ChangeAdvisoryBoard.changeManagerAlone(MANAGER_ZHAO), MANAGER_ZHAO, fixture.tick());
        change.vote(approve(MANAGER_ZHAO), MANAGER_ZHAO, fixture.now());
        assertThat(change.status()).isEqualTo(ChangeStatus.APPROVED);
    }

    @Test
    void aNormalChangeWithoutABackoutPlanCannotBeSubmitted() {
        Change change = Change.raise(new ChangeId(new UUID(8, 1)), ChangeNumber.of(2026, 8), ChangeModel.NORMAL,
                ChangeFixture.request(ChangeFixture.HIS_DB, ChangePlans.of("patch", null, "test order"),
                        ExpectedOutage.none()), REQUESTER_LIU, fixture.tick());

        assertThatThrownBy(() -> change.submit(REQUESTER_LIU, fixture.tick()))
                .isInstanceOfSatisfying(GuardFailedException.class, e -> {
                    assertThat(e.guard()).isEqualTo("backout-plan-given");
                    assertThat(e.getMessage()).contains("backout plan");
                });
        change.revisePlans(ChangeFixture.fullPlans(), REQUESTER_LIU, fixture.tick());
        change.submit(REQUESTER_LIU, fixture.tick());
        assertThat(change.status()).isEqualTo(ChangeStatus.SUBMITTED);
    }

    @Test
    void anIllegalStepSaysWhichStepsAreAllowed() {
        Change change = fixture.normal();

        assertThatThrownBy(() -> change.start(REQUESTER_LIU, fixture.tick()))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> assertThat(e.allowedActions())
                        .containsExactly("REVISE_PLANS", "SUBMIT", "SUBMIT_STANDARD", "CANCEL"));
    }

    @Test
    void aStandardChangeIsApprovedByItsTemplateWithoutAssessmentOrCab() {
        Change change = fixture.standard();

        assertThatThrownBy(() -> change.submit(REQUESTER_LIU, fixture.tick())).isInstanceOf(GuardFailedException.class);
        change.submitStandard(REQUESTER_LIU, fixture.tick());

        assertThat(change.status()).isEqualTo(ChangeStatus.APPROVED);
        assertThat(change.riskLevel()).contains(RiskLevel.LOW);
        assertThat(change.approval()).isEmpty();
    }

    @Test
    void aStandardChangeOutsideItsTemplatesScopeIsRefused() {
        ChangeRequest request = ChangeFixture.request(ChangeFixture.HIS_DB, ChangeFixture.fullPlans(), ExpectedOutage.none());

        assertThatThrownBy(() -> Change.raiseStandard(new ChangeId(new UUID(8, 2)), ChangeNumber.of(2026, 9), PRINTER_SWAP,
                request, Map.of(ChangeFixture.HIS_DB, "database-server"), REQUESTER_LIU, fixture.tick()))
                .isInstanceOfSatisfying(OutsideTemplateException.class, e -> {
                    assertThat(e.code()).isEqualTo("change.outside-template-scope");
                    assertThat(e.getMessage()).contains("touchedCis", "database-server", "ward-printer-swap");
                });
    }

    @Test
    void aStandardChangeOutsideItsTemplatesWindowsIsRefused() {
        Change change = fixture.standard();
        change.submitStandard(REQUESTER_LIU, fixture.tick());
        // Saturday 7 March, 22:00 to 23:00 in Shanghai: the template allows weekdays only.
        PlannedWindow saturday = PlannedWindow.of(Instant.parse("2026-03-07T14:00:00Z"), Instant.parse("2026-03-07T15:00:00Z"));

        assertThatThrownBy(() -> change.schedule(saturday, Optional.empty(), MANAGER_ZHAO, fixture.tick()))
                .isInstanceOfSatisfying(OutsideTemplateException.class,
                        e -> assertThat(e.code()).isEqualTo("change.outside-template-window"));
    }

    @Test
    void aChangeWithoutConfigurationItemsIsRefused() {
        assertThatThrownBy(() -> ChangeRequest.of(ChangeDetails.of("s", "d"), ChangeFixture.fullPlans(), Set.of(),
                THURSDAY_NIGHT, ExpectedOutage.none(), REQUESTER_LIU, ChangeFixture.HIS_SUPPORT, MANAGER_ZHAO))
                .isInstanceOfSatisfying(ChangeWithoutCisException.class, e -> {
                    assertThat(e.getMessage()).contains("touchedCis");
                    assertThat(e.messageIn(Locale.SIMPLIFIED_CHINESE)).contains("配置项");
                });
    }

    @Test
    void aWindowEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> PlannedWindow.of(THURSDAY_NIGHT.end(), THURSDAY_NIGHT.start()))
                .isInstanceOfSatisfying(InvalidChangeWindowException.class, e -> {
                    assertThat(e.code()).isEqualTo("change.window-ends-before-start");
                    assertThat(e.getMessage()).contains("window");
                });
    }

    @Test
    void onlyAnEmergencyChangeMayOverrideAScheduleConflictAndTheReasonIsRecorded() {
        Change normal = awaitingCab();
        for (var member : List.of(LEAD_SUN, LEAD_ZHOU, NURSE_MANAGER_LI, DIRECTOR_WANG)) {
            normal.vote(approve(member), member, fixture.now());
        }
        assertThatThrownBy(() -> normal.schedule(THURSDAY_NIGHT, Optional.of("PACS is down"), MANAGER_ZHAO, fixture.tick()))
                .isInstanceOf(ConflictOverrideNotAllowedException.class);

        Change emergency = approvedEmergency();
        emergency.schedule(THURSDAY_NIGHT, Optional.of("the HIS database is corrupting orders"), MANAGER_ZHAO,
                fixture.tick());
        assertThat(emergency.conflictOverride()).contains("the HIS database is corrupting orders");
    }

    @Test
    void anEmergencyChangeClosesOnlyWithItsRetrospectiveReview() {
        Change change = approvedEmergency();
        change.schedule(THURSDAY_NIGHT, Optional.empty(), MANAGER_ZHAO, fixture.tick());
        change.start(REQUESTER_LIU, fixture.tick());
        change.fail("the patch did not apply", true, REQUESTER_LIU, fixture.tick());
        assertThat(change.backoutRan()).isTrue();
        PostImplementationReview review = PostImplementationReview.of(false, Set.of(new TicketId(new UUID(9, 1))),
                "test the patch on the standby first");
        change.review(review, MANAGER_ZHAO, fixture.tick());

        assertThatThrownBy(() -> change.close(MANAGER_ZHAO, fixture.tick()))
                .isInstanceOfSatisfying(GuardFailedException.class,
                        e -> assertThat(e.guard()).isEqualTo("retrospective-recorded"));
        change.review(review.withRetrospective("the emergency was real; the ECAB answered in 20 minutes"), MANAGER_ZHAO,
                fixture.tick());
        change.close(MANAGER_ZHAO, fixture.tick());
        assertThat(change.status()).isEqualTo(ChangeStatus.CLOSED);
    }

    @Test
    void anEmergencyChangeGoesToTheEmergencyBoardNotTheCab() {
        Change change = fixture.emergency();
        change.submit(REQUESTER_LIU, fixture.tick());
        change.assess(ChangeFixture.clinicalRisk(Likelihood.LIKELY), MANAGER_ZHAO, fixture.tick());

        assertThatThrownBy(() -> change.requestApproval(POLICY, CAB, MANAGER_ZHAO, fixture.tick()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCancelledChangeTakesNoMoreLinksButLinksBeforeAreKeptOnce() {
        Change change = fixture.normal();
        ProblemId problem = new ProblemId(new UUID(4, 1));
        IncidentLink resolves = new IncidentLink(new TicketId(new UUID(9, 2)), IncidentRelation.RESOLVES);

        assertThat(change.linkProblem(problem, MANAGER_ZHAO, fixture.tick())).isTrue();
        assertThat(change.linkProblem(problem, MANAGER_ZHAO, fixture.tick())).isFalse();
        assertThat(change.linkIncident(resolves, MANAGER_ZHAO, fixture.tick())).isTrue();
        change.cancel("duplicate of CHG-2026-000002", REQUESTER_LIU, fixture.tick());

        assertThat(change.problems()).containsExactly(problem);
        assertThat(change.incidents()).containsExactly(resolves);
        assertThatThrownBy(() -> change.linkProblem(new ProblemId(new UUID(4, 2)), MANAGER_ZHAO, fixture.tick()))
                .isInstanceOf(ChangeClosedException.class);
    }

    @Test
    void cancellingNeedsAReason() {
        Change change = fixture.normal();

        assertThatThrownBy(() -> change.cancel(" ", REQUESTER_LIU, fixture.tick()))
                .isInstanceOfSatisfying(MissingRequiredFieldException.class, e -> assertThat(e.field()).isEqualTo("reason"));
    }

    @Test
    void aRestoredChangeEqualsTheOriginal() {
        Change change = awaitingCab();
        change.vote(approve(SECURITY_WU), SECURITY_WU, fixture.now());

        assertThat(Change.restore(change.snapshot()).snapshot()).isEqualTo(change.snapshot());
        assertThat(Change.restore(change.snapshot()).version()).isEqualTo(change.version());
        assertThat(change.approval().orElseThrow().votes()).hasSize(1);
        assertThat(ImmutableSet.copyOf(change.approval().orElseThrow().awaited())).doesNotContain(SECURITY_WU);
    }

    private Change approvedEmergency() {
        Change change = fixture.emergency();
        change.submit(REQUESTER_LIU, fixture.tick());
        change.assess(ChangeFixture.clinicalRisk(Likelihood.LIKELY), MANAGER_ZHAO, fixture.tick());
        change.requestApproval(POLICY, ECAB, MANAGER_ZHAO, fixture.tick());
        change.vote(approve(DIRECTOR_WANG), DIRECTOR_WANG, fixture.now());
        change.vote(approve(NURSE_MANAGER_LI), NURSE_MANAGER_LI, fixture.now());
        assertThat(change.status()).isEqualTo(ChangeStatus.APPROVED);
        return change;
    }
}
