package org.itilhis.core.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.core.change.ChangeFixture.DIRECTOR_WANG;
import static org.itilhis.core.change.ChangeFixture.LEAD_SUN;
import static org.itilhis.core.change.ChangeFixture.LEAD_ZHOU;
import static org.itilhis.core.change.ChangeFixture.MANAGER_ZHAO;
import static org.itilhis.core.change.ChangeFixture.NURSE_MANAGER_LI;
import static org.itilhis.core.change.ChangeFixture.REQUESTER_LIU;
import static org.itilhis.core.change.ChangeFixture.THURSDAY_NIGHT;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.itilhis.core.workflow.Transition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every transition {@link ChangeWorkflows#CHANGE} declares, taken once from its source state
 * by the aggregate's own command: the change ends in the declared target. Together with the
 * workflow checker of the test kit (every state reachable, every state can end), this shows
 * that the declaration and the aggregate agree step by step.
 */
class ChangeWorkflowTest {
    private static final ApprovalPolicy POLICY = ApprovalPolicy.hospitalDefault();
    private final ChangeFixture fixture = new ChangeFixture();

    static Stream<Transition<ChangeStatus, ChangeAction, Change>> declaredTransitions() {
        return ChangeWorkflows.CHANGE.transitions().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("declaredTransitions")
    void everyDeclaredStepEndsInItsDeclaredTarget(Transition<ChangeStatus, ChangeAction, Change> transition) {
        Change change = inState(transition.from(), transition.action() == ChangeAction.SUBMIT_STANDARD
                ? ChangeModel.STANDARD : ChangeModel.NORMAL);
        assertThat(change.status()).isEqualTo(transition.from());

        take(change, transition.action());

        assertThat(change.status()).isEqualTo(transition.to());
        assertThat(Change.replay(change.pullEvents()).snapshot()).isEqualTo(change.snapshot());
    }

    /** A change driven by its commands into {@code status}. */
    private Change inState(ChangeStatus status, ChangeModel model) {
        Change change = model == ChangeModel.STANDARD ? fixture.standard() : fixture.normal();
        switch (status) {
            case DRAFT -> {
            }
            case SUBMITTED -> change.submit(REQUESTER_LIU, fixture.tick());
            case ASSESSED -> {
                change.submit(REQUESTER_LIU, fixture.tick());
                change.assess(ChangeFixture.clinicalRisk(Likelihood.UNLIKELY), MANAGER_ZHAO, fixture.tick());
            }
            case AWAITING_APPROVAL -> {
                change = inState(ChangeStatus.ASSESSED, model);
                change.requestApproval(POLICY, ChangeFixture.CAB, MANAGER_ZHAO, fixture.tick());
            }
            case APPROVED -> {
                change = inState(ChangeStatus.AWAITING_APPROVAL, model);
                for (var member : Set.of(LEAD_SUN, LEAD_ZHOU, NURSE_MANAGER_LI, DIRECTOR_WANG)) {
                    change.vote(Vote.approve(member, "", fixture.tick()), member, fixture.now());
                }
            }
            case SCHEDULED -> {
                change = inState(ChangeStatus.APPROVED, model);
                change.schedule(THURSDAY_NIGHT, Optional.empty(), MANAGER_ZHAO, fixture.tick());
            }
            case IMPLEMENTING -> {
                change = inState(ChangeStatus.SCHEDULED, model);
                change.start(REQUESTER_LIU, fixture.tick());
            }
            case IMPLEMENTED, FAILED, BACKED_OUT -> {
                change = inState(ChangeStatus.IMPLEMENTING, model);
                take(change, switch (status) {
                    case IMPLEMENTED -> ChangeAction.COMPLETE;
                    case FAILED -> ChangeAction.FAIL;
                    default -> ChangeAction.BACK_OUT;
                });
            }
            case IN_REVIEW -> {
                change = inState(ChangeStatus.IMPLEMENTED, model);
                take(change, ChangeAction.REVIEW);
            }
            default -> throw new AssertionError("no step leaves " + status);
        }
        return change;
    }

    /** Takes {@code action} with valid arguments; approve and reject are taken by the deciding vote. */
    private void take(Change change, ChangeAction action) {
        switch (action) {
            case REVISE_PLANS -> change.revisePlans(ChangeFixture.fullPlans(), REQUESTER_LIU, fixture.tick());
            case SUBMIT -> change.submit(REQUESTER_LIU, fixture.tick());
            case SUBMIT_STANDARD -> change.submitStandard(REQUESTER_LIU, fixture.tick());
            case ASSESS -> change.assess(ChangeFixture.clinicalRisk(Likelihood.RARE), MANAGER_ZHAO, fixture.tick());
            case REQUEST_APPROVAL -> change.requestApproval(POLICY, ChangeFixture.CAB, MANAGER_ZHAO, fixture.tick());
            case VOTE -> change.vote(Vote.approve(LEAD_SUN, "", fixture.tick()), LEAD_SUN, fixture.now());
            case APPROVE -> {
                for (var member : Set.of(LEAD_SUN, LEAD_ZHOU, NURSE_MANAGER_LI, DIRECTOR_WANG)) {
                    change.vote(Vote.approve(member, "", fixture.tick()), member, fixture.now());
                }
            }
            case REJECT -> change.vote(Vote.reject(DIRECTOR_WANG, "not now", fixture.tick()), DIRECTOR_WANG, fixture.now());
            case SCHEDULE -> change.schedule(THURSDAY_NIGHT, Optional.empty(), MANAGER_ZHAO, fixture.tick());
            case START -> change.start(REQUESTER_LIU, fixture.tick());
            case COMPLETE -> change.complete(REQUESTER_LIU, fixture.tick());
            case FAIL -> change.fail("the patch did not apply", false, REQUESTER_LIU, fixture.tick());
            case BACK_OUT -> change.backOut("the test order failed", REQUESTER_LIU, fixture.tick());
            case REVIEW -> change.review(PostImplementationReview.of(true, Set.of(), "went to plan"), MANAGER_ZHAO,
                    fixture.tick());
            case CLOSE -> change.close(MANAGER_ZHAO, fixture.tick());
            case CANCEL -> change.cancel("no longer needed", REQUESTER_LIU, fixture.tick());
        }
    }
}
