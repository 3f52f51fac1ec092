package org.itilhis.core.change;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.itilhis.core.change.ChangeWorkflows.BOARD;
import static org.itilhis.core.change.ChangeWorkflows.PLANS;
import static org.itilhis.core.change.ChangeWorkflows.REASON;
import static org.itilhis.core.change.ChangeWorkflows.REVIEW_FIELD;
import static org.itilhis.core.change.ChangeWorkflows.RISK;
import static org.itilhis.core.change.ChangeWorkflows.VOTE_FIELD;
import static org.itilhis.core.change.ChangeWorkflows.WINDOW;
import static org.itilhis.core.change.ChangeWorkflows.present;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.itilhis.core.change.ChangeEvent.ApprovalRequested;
import org.itilhis.core.change.ChangeEvent.Assessed;
import org.itilhis.core.change.ChangeEvent.BackedOut;
import org.itilhis.core.change.ChangeEvent.CabDecided;
import org.itilhis.core.change.ChangeEvent.Cancelled;
import org.itilhis.core.change.ChangeEvent.Closed;
import org.itilhis.core.change.ChangeEvent.Failed;
import org.itilhis.core.change.ChangeEvent.ImplementationStarted;
import org.itilhis.core.change.ChangeEvent.Implemented;
import org.itilhis.core.change.ChangeEvent.IncidentLinked;
import org.itilhis.core.change.ChangeEvent.PlansRevised;
import org.itilhis.core.change.ChangeEvent.ProblemLinked;
import org.itilhis.core.change.ChangeEvent.Raised;
import org.itilhis.core.change.ChangeEvent.Reviewed;
import org.itilhis.core.change.ChangeEvent.Scheduled;
import org.itilhis.core.change.ChangeEvent.StandardSubmitted;
import org.itilhis.core.change.ChangeEvent.Submitted;
import org.itilhis.core.change.ChangeEvent.VoteCast;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.problem.ProblemId;
import org.itilhis.core.shared.StaffId;

/**
 * A change: the addition, modification or removal of anything that could affect IT services,
 * here the configuration items it touches.
 *
 * <p>The requester raises a change from a {@link ChangeRequest}: a normal or emergency change
 * with {@link #raise}, a standard change from its template with {@link #raiseStandard}. A
 * normal or emergency change is submitted, its risk assessed ({@link RiskMatrix}), and put
 * before the board its model and risk call for ({@link ApprovalPolicy}); the members' votes
 * are recorded one by one, and the vote that meets the rule (or puts it out of reach) approves
 * (or rejects) the change. A standard change is approved by its template when submitted. An
 * approved change is scheduled, implemented (or fails, or is backed out), reviewed and closed.
 * The permitted steps and what each needs are the data of {@link ChangeWorkflows}.
 *
 * <p>Invariants: a change touches at least one item; a standard change stays inside its
 * template's scope and windows; nothing is approved once its window has started; a decision of
 * the board is never reversed; only an emergency change overrides a schedule conflict; closed,
 * cancelled and rejected changes never change again. Checking the schedule for conflicts
 * (blackouts, overlapping changes, redundancy) is the schedule package's, called by the
 * application service before {@link #schedule} and {@link #start}.
 */
public final class Change extends ChangeState {
    private Change(Raised raised) {
        super(raised);
    }

    private Change(ChangeSnapshot snapshot) {
        super(snapshot);
    }

    /** Raises a normal or emergency change, in DRAFT. */
    public static Change raise(ChangeId id, ChangeNumber number, ChangeModel model, ChangeRequest request,
                               StaffId actor, Instant at) {
        checkNotNull(model, "model");
        checkArgument(model != ChangeModel.STANDARD, "a standard change is raised from its template");
        return newChange(new Raised(checkNotNull(id, "id"), checkNotNull(number, "number"), model,
                checkNotNull(request, "request"), Optional.empty(), checkNotNull(actor, "actor"), checkNotNull(at, "at")));
    }

    /**
     * Raises a standard change from {@code template}, in DRAFT.
     *
     * @param touchedClasses the class code of each touched item, as the CMDB has it; its keys are the request's items
     * @throws OutsideTemplateException if an item or the window is outside the template
     */
    public static Change raiseStandard(ChangeId id, ChangeNumber number, ChangeTemplate template, ChangeRequest request,
                                       Map<CiId, String> touchedClasses, StaffId actor, Instant at) {
        checkNotNull(template, "template");
        checkNotNull(request, "request");
        checkArgument(touchedClasses.keySet().equals(request.touchedCis()), "classes %s for the touched items %s",
                touchedClasses, request.touchedCis());
        template.checkAdmits(touchedClasses, request.window());
        return newChange(new Raised(checkNotNull(id, "id"), checkNotNull(number, "number"), ChangeModel.STANDARD,
                request, Optional.of(template), checkNotNull(actor, "actor"), checkNotNull(at, "at")));
    }

    private static Change newChange(Raised raised) {
        Change change = new Change(raised);
        change.created(raised);
        return change;
    }

    /** Rebuilds a change from its complete event history, oldest first. */
    public static Change replay(List<? extends ChangeEvent> history) {
        checkArgument(!history.isEmpty() && history.get(0) instanceof Raised, "a change's history starts with Raised");
        Change change = new Change((Raised) history.get(0));
        for (ChangeEvent event : history.subList(1, history.size())) {
            checkArgument(event.changeId().equals(change.id()), "event %s belongs to another change", event);
            change.replayed(event);
        }
        return change;
    }

    /** Restores a stored change. Used by adapters only; records no events. */
    public static Change restore(ChangeSnapshot s) {
        checkNotNull(s, "snapshot");
        checkArgument((s.model() == ChangeModel.STANDARD) == s.template().isPresent(), "%s change with template %s",
                s.model(), s.template());
        checkArgument(s.status() != ChangeStatus.AWAITING_APPROVAL || s.approval().map(a -> !a.isDecided()).orElse(false),
                "awaiting approval without an undecided approval");
        checkArgument(s.conflictOverride().isEmpty() || s.model() == ChangeModel.EMERGENCY,
                "a %s change with a conflict override", s.model());
        return new Change(s);
    }

    // ---- before approval -------------------------------------------------------------

    /** Replaces the plans of a draft. */
    public void revisePlans(ChangePlans plans, StaffId actor, Instant at) {
        take(ChangeAction.REVISE_PLANS, present(PLANS, plans));
        record(new PlansRevised(id(), plans, actor, when(at)));
    }

    /**
     * Submits a normal or emergency change for assessment.
     *
     * @throws org.itilhis.core.workflow.GuardFailedException if it is standard, or lacks its backout or test plan
     */
    public void submit(StaffId actor, Instant at) {
        take(ChangeAction.SUBMIT, Set.of());
        record(new Submitted(id(), actor, when(at)));
    }

    /**
     * Submits a standard change: approved by its template at once.
     *
     * @throws ApprovalInThePastException if its window has started
     * @throws OutsideTemplateException   if its window is no longer inside the template's windows
     */
    public void submitStandard(StaffId actor, Instant at) {
        take(ChangeAction.SUBMIT_STANDARD, Set.of());
        requireFuture(at);
        requireInsideTemplate(window());
        record(new StandardSubmitted(id(), actor, when(at)));
    }

    /** Records (or revises) the risk assessment of a submitted change. */
    public void assess(RiskAssessment risk, StaffId actor, Instant at) {
        take(ChangeAction.ASSESS, present(RISK, risk));
        record(new Assessed(id(), risk, actor, when(at)));
    }

    /**
     * The approval the change's model and assessed risk need under {@code policy}: which kind of
     * board (the application service finds that board) and which rule.
     *
     * @throws IllegalStateException if the risk is not assessed yet, or the change is standard
     */
    public ApprovalPolicy.Requirement requiredApproval(ApprovalPolicy policy) {
        checkNotNull(policy, "policy");
        RiskAssessment assessed = risk().orElseThrow(() -> new IllegalStateException(number() + " is not assessed"));
        if (model() == ChangeModel.STANDARD) {
            throw new IllegalStateException(number() + " is a standard change");
        }
        return policy.requirementFor(model(), assessed);
    }

    /**
     * Puts the change before {@code board}, under the rule {@code policy} gives for the change's
     * model and risk; the board is kept as it is now.
     *
     * @throws ApprovalInThePastException if the planned window has started
     * @throws IllegalArgumentException   if {@code board} is not the kind of board the policy asks for
     */
    public void requestApproval(ApprovalPolicy policy, ChangeAdvisoryBoard board, StaffId actor, Instant at) {
        take(ChangeAction.REQUEST_APPROVAL, present(BOARD, board == null || policy == null ? null : board));
        requireFuture(at);
        ApprovalPolicy.Requirement requirement = requiredApproval(policy);
        checkArgument(requirement.isMetByKindOf(board), "%s needs the %s, not board %s", number(),
                requirement.authority(), board.id());
        record(new ApprovalRequested(id(), CabApproval.open(board, requirement.rule()), actor, when(at)));
    }

    /**
     * Records a member's vote; when it meets the board's rule the change is approved, when it puts
     * the rule out of reach the change is rejected (a second event, {@link CabDecided}).
     *
     * @throws ApprovalInThePastException if the planned window has started
     * @throws NotACabMemberException     if the voter is not on the board
     * @throws AlreadyVotedException      if the voter has voted already
     */
    public void vote(Vote vote, StaffId actor, Instant at) {
        take(ChangeAction.VOTE, present(VOTE_FIELD, vote));
        requireFuture(at);
        CabApproval next = approval().orElseThrow().cast(vote);
        record(new VoteCast(id(), vote, actor, when(at)));
        next.decision().ifPresent(decision -> {
            take(decision == CabDecision.APPROVED ? ChangeAction.APPROVE : ChangeAction.REJECT, Set.of());
            record(new CabDecided(id(), decision, actor, when(at)));
        });
    }

    // ---- schedule and implementation ---------------------------------------------------

    /**
     * Gives the change its window in the schedule (again, to move it). The conflict check is the
     * application service's, before this step; an emergency change that goes ahead despite a
     * conflict carries the reason, recorded in the event.
     *
     * @throws ConflictOverrideNotAllowedException if a non-emergency change carries an override
     * @throws OutsideTemplateException            if a standard change's window leaves its template's windows
     */
    public void schedule(PlannedWindow window, Optional<String> conflictOverride, StaffId actor, Instant at) {
        checkNotNull(conflictOverride, "conflictOverride");
        Optional<String> override = conflictOverride.map(String::strip).filter(s -> !s.isEmpty());
        take(ChangeAction.SCHEDULE, present(WINDOW, window));
        if (override.isPresent() && model() != ChangeModel.EMERGENCY) {
            throw new ConflictOverrideNotAllowedException(number(), model());
        }
        requireInsideTemplate(window);
        record(new Scheduled(id(), window, override, actor, when(at)));
    }

    public void start(StaffId actor, Instant at) {
        take(ChangeAction.START, Set.of());
        record(new ImplementationStarted(id(), actor, when(at)));
    }

    public void complete(StaffId actor, Instant at) {
        take(ChangeAction.COMPLETE, Set.of());
        record(new Implemented(id(), actor, when(at)));
    }

    /** The work failed; whether the backout plan ran. */
    public void fail(String reason, boolean backoutRan, StaffId actor, Instant at) {
        take(ChangeAction.FAIL, present(REASON, reason));
        record(new Failed(id(), text(reason), backoutRan, actor, when(at)));
    }

    /** The work was undone by the backout plan. */
    public void backOut(String reason, StaffId actor, Instant at) {
        take(ChangeAction.BACK_OUT, present(REASON, reason));
        record(new BackedOut(id(), text(reason), actor, when(at)));
    }

    /** Records (or revises) the post-implementation review. */
    public void review(PostImplementationReview review, StaffId actor, Instant at) {
        take(ChangeAction.REVIEW, present(REVIEW_FIELD, review));
        record(new Reviewed(id(), review, actor, when(at)));
    }

    /**
     * Closes a reviewed change.
     *
     * @throws org.itilhis.core.workflow.GuardFailedException if an emergency change's review lacks the retrospective
     */
    public void close(StaffId actor, Instant at) {
        take(ChangeAction.CLOSE, Set.of());
        record(new Closed(id(), actor, when(at)));
    }

    public void cancel(String reason, StaffId actor, Instant at) {
        take(ChangeAction.CANCEL, present(REASON, reason));
        record(new Cancelled(id(), text(reason), actor, when(at)));
    }

    // ---- links ---------------------------------------------------------------------

    /**
     * Links a problem whose permanent fix this change is; whether it was new.
     *
     * @throws ChangeClosedException if the change is closed, cancelled or rejected
     */
    public boolean linkProblem(ProblemId problem, StaffId actor, Instant at) {
        checkNotNull(problem, "problem");
        requireNotTerminal();
        if (problems().contains(problem)) {
            return false;
        }
        record(new ProblemLinked(id(), problem, actor, when(at)));
        return true;
    }

    /**
     * Links an incident the change caused or resolves; whether the link was new.
     *
     * @throws ChangeClosedException if the change is closed, cancelled or rejected
     */
    public boolean linkIncident(IncidentLink link, StaffId actor, Instant at) {
        checkNotNull(link, "link");
        requireNotTerminal();
        if (incidents().contains(link)) {
            return false;
        }
        record(new IncidentLinked(id(), link, actor, when(at)));
        return true;
    }

    // ---- internals -----------------------------------------------------------------

    private void take(ChangeAction action, Set<String> presentFields) {
        ChangeWorkflows.CHANGE.check(status(), action, this, presentFields);
    }

    private void requireFuture(Instant at) {
        checkNotNull(at, "at");
        if (window().hasStartedAt(at)) {
            throw new ApprovalInThePastException(number(), window().start(), at);
        }
    }

    private void requireInsideTemplate(PlannedWindow window) {
        template().ifPresent(t -> {
            if (!t.allows(window)) {
                throw OutsideTemplateException.window(t.code(), window);
            }
        });
    }

    private void requireNotTerminal() {
        if (status().isTerminal()) {
            throw new ChangeClosedException(number(), status());
        }
    }

    private static String text(String value) {
        return ChangeDetails.text(value, "reason", 2000);
    }
}
