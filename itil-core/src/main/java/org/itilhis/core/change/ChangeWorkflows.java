package org.itilhis.core.change;

import static org.itilhis.core.change.ChangeAction.APPROVE;
import static org.itilhis.core.change.ChangeAction.ASSESS;
import static org.itilhis.core.change.ChangeAction.BACK_OUT;
import static org.itilhis.core.change.ChangeAction.CANCEL;
import static org.itilhis.core.change.ChangeAction.CLOSE;
import static org.itilhis.core.change.ChangeAction.COMPLETE;
import static org.itilhis.core.change.ChangeAction.FAIL;
import static org.itilhis.core.change.ChangeAction.REJECT;
import static org.itilhis.core.change.ChangeAction.REQUEST_APPROVAL;
import static org.itilhis.core.change.ChangeAction.REVIEW;
import static org.itilhis.core.change.ChangeAction.REVISE_PLANS;
import static org.itilhis.core.change.ChangeAction.SCHEDULE;
import static org.itilhis.core.change.ChangeAction.START;
import static org.itilhis.core.change.ChangeAction.SUBMIT;
import static org.itilhis.core.change.ChangeAction.SUBMIT_STANDARD;
import static org.itilhis.core.change.ChangeAction.VOTE;
import static org.itilhis.core.change.ChangeStatus.APPROVED;
import static org.itilhis.core.change.ChangeStatus.ASSESSED;
import static org.itilhis.core.change.ChangeStatus.AWAITING_APPROVAL;
import static org.itilhis.core.change.ChangeStatus.BACKED_OUT;
import static org.itilhis.core.change.ChangeStatus.CANCELLED;
import static org.itilhis.core.change.ChangeStatus.CLOSED;
import static org.itilhis.core.change.ChangeStatus.DRAFT;
import static org.itilhis.core.change.ChangeStatus.FAILED;
import static org.itilhis.core.change.ChangeStatus.IMPLEMENTED;
import static org.itilhis.core.change.ChangeStatus.IMPLEMENTING;
import static org.itilhis.core.change.ChangeStatus.IN_REVIEW;
import static org.itilhis.core.change.ChangeStatus.REJECTED;
import static org.itilhis.core.change.ChangeStatus.SCHEDULED;
import static org.itilhis.core.change.ChangeStatus.SUBMITTED;

import java.util.HashSet;
import java.util.Set;
import org.itilhis.core.workflow.Guard;
import org.itilhis.core.workflow.Workflow;

/**
 * The lifecycle of a change, declared as data, one workflow for the three models:
 * <pre>
 * normal, emergency: DRAFT -submit-> SUBMITTED -assess-> ASSESSED -request approval-> AWAITING_APPROVAL
 *                    -vote...-> APPROVED (rule met) or REJECTED (rule out of reach)
 * standard:          DRAFT -submit standard-> APPROVED
 * APPROVED -schedule-> SCHEDULED -start-> IMPLEMENTING -complete / fail / back out-> IMPLEMENTED / FAILED / BACKED_OUT
 *   -review-> IN_REVIEW -close-> CLOSED;   before the work starts: -cancel-> CANCELLED
 * </pre>
 * Decisions:
 * <ul>
 *   <li>One workflow with guards on the model, not one per model: the steps after approval are
 *       the same for all three, and the two ways out of DRAFT are two actions ({@code submit},
 *       {@code submit standard}) so that "which steps are allowed" reads off the diagram.
 *       Emergency changes take the normal path quickly; what differs is the board and the rule
 *       ({@link ApprovalPolicy}) and the retrospective review before closing.</li>
 *   <li>Submitting needs the backout and the test plan (guards), so a CAB is never asked to
 *       approve work that cannot be undone; requesting approval checks the backout plan again.</li>
 *   <li>{@code approve} and {@code reject} are not called by people: the vote that meets the
 *       board's rule, or puts it out of reach, takes them, guarded by the board's decision.</li>
 *   <li>REJECTED is terminal: a reworked change is a new request, so that the board's figures and
 *       the votes on the old one stay as they were.</li>
 *   <li>Cancelling is allowed until the work starts; afterwards the change fails or is backed out,
 *       and is reviewed.</li>
 * </ul>
 */
public final class ChangeWorkflows {
    public static final String PLANS = "plans";
    public static final String RISK = "risk";
    public static final String BOARD = "board";
    public static final String VOTE_FIELD = "vote";
    public static final String WINDOW = "window";
    public static final String REASON = "reason";
    public static final String REVIEW_FIELD = "review";

    public static final Guard<Change> NOT_STANDARD = Guard.of("not-standard",
            "a standard change is submitted with its template", c -> c.model() != ChangeModel.STANDARD);

    public static final Guard<Change> STANDARD_MODEL = Guard.of("standard-model",
            "only a standard change is approved by its template", c -> c.model() == ChangeModel.STANDARD);

    public static final Guard<Change> BACKOUT_PLAN_GIVEN = Guard.of("backout-plan-given",
            "the change has a backout plan", c -> c.plans().backout().isPresent());

    public static final Guard<Change> TEST_PLAN_GIVEN = Guard.of("test-plan-given",
            "the change has a test plan", c -> c.plans().test().isPresent());

    public static final Guard<Change> CAB_APPROVED = Guard.of("cab-approved",
            "the board approved the change", c -> c.decision().filter(d -> d == CabDecision.APPROVED).isPresent());

    public static final Guard<Change> CAB_REJECTED = Guard.of("cab-rejected",
            "the board rejected the change", c -> c.decision().filter(d -> d == CabDecision.REJECTED).isPresent());

    public static final Guard<Change> RETROSPECTIVE_RECORDED = Guard.of("retrospective-recorded",
            "an emergency change's review includes the retrospective", c -> c.model() != ChangeModel.EMERGENCY
                    || c.review().flatMap(PostImplementationReview::retrospective).isPresent());

    public static final Workflow<ChangeStatus, ChangeAction, Change> CHANGE = declare();

    private ChangeWorkflows() {
    }

    /** The names of the fields whose values are given: not null, and not blank for text. */
    static Set<String> present(Object... namesAndValues) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value != null && !(value instanceof String text && text.isBlank())) {
                names.add((String) namesAndValues[i]);
            }
        }
        return names;
    }

    private static Workflow<ChangeStatus, ChangeAction, Change> declare() {
        return Workflow.<ChangeStatus, ChangeAction, Change>builder("change", ChangeStatus.class, ChangeAction.class)
                .initial(DRAFT)
                .terminal(CLOSED, CANCELLED, REJECTED)
                .field(PLANS, "the implementation, backout and test plans")
                .field(RISK, "the risk assessment")
                .field(BOARD, "the board asked to approve and the approval policy")
                .field(VOTE_FIELD, "a member's vote")
                .field(WINDOW, "the planned window")
                .field(REASON, "why, in the actor's words")
                .field(REVIEW_FIELD, "the post-implementation review")
                .on(REVISE_PLANS).from(DRAFT).requires(PLANS).stay()
                .on(SUBMIT).from(DRAFT).when(NOT_STANDARD, BACKOUT_PLAN_GIVEN, TEST_PLAN_GIVEN).to(SUBMITTED)
                .on(SUBMIT_STANDARD).from(DRAFT).when(STANDARD_MODEL, BACKOUT_PLAN_GIVEN, TEST_PLAN_GIVEN).to(APPROVED)
                .on(ASSESS).from(SUBMITTED, ASSESSED).requires(RISK).to(ASSESSED)
                .on(REQUEST_APPROVAL).from(ASSESSED).requires(BOARD).when(BACKOUT_PLAN_GIVEN).to(AWAITING_APPROVAL)
                .on(VOTE).from(AWAITING_APPROVAL).requires(VOTE_FIELD).stay()
                .on(APPROVE).from(AWAITING_APPROVAL).when(CAB_APPROVED).to(APPROVED)
                .on(REJECT).from(AWAITING_APPROVAL).when(CAB_REJECTED).to(REJECTED)
                .on(SCHEDULE).from(APPROVED, SCHEDULED).requires(WINDOW).to(SCHEDULED)
                .on(START).from(SCHEDULED).to(IMPLEMENTING)
                .on(COMPLETE).from(IMPLEMENTING).to(IMPLEMENTED)
                .on(FAIL).from(IMPLEMENTING).requires(REASON).to(FAILED)
                .on(BACK_OUT).from(IMPLEMENTING).requires(REASON).to(BACKED_OUT)
                .on(REVIEW).from(IMPLEMENTED, FAILED, BACKED_OUT, IN_REVIEW).requires(REVIEW_FIELD).to(IN_REVIEW)
                .on(CLOSE).from(IN_REVIEW).when(RETROSPECTIVE_RECORDED).to(CLOSED)
                .on(CANCEL).from(DRAFT, SUBMITTED, ASSESSED, AWAITING_APPROVAL, APPROVED, SCHEDULED).requires(REASON)
                        .to(CANCELLED)
                .build();
    }
}
