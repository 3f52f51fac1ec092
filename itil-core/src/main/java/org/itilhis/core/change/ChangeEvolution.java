package org.itilhis.core.change;

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
import org.itilhis.core.workflow.Workflow;

/**
 * Applies one event to a change's state: the single place where state changes, used both when
 * a command records an event and when a history is replayed. A lifecycle event is the record
 * of one workflow action, and the new status is that action's declared target in
 * {@code workflow} ({@link ChangeWorkflows}). Links are not workflow steps and leave the status alone.
 */
final class ChangeEvolution implements ChangeEvent.Visitor<Void> {
    private final ChangeState c;
    private final Workflow<ChangeStatus, ChangeAction, Change> workflow;

    private ChangeEvolution(ChangeState change, Workflow<ChangeStatus, ChangeAction, Change> workflow) {
        this.c = change;
        this.workflow = workflow;
    }

    static void apply(ChangeState c, ChangeEvent event, Workflow<ChangeStatus, ChangeAction, Change> workflow) {
        event.accept(new ChangeEvolution(c, workflow));
    }

    @Override
    public Void raised(Raised e) {
        throw new IllegalArgumentException("a change is raised only once: " + e);
    }

    @Override
    public Void plansRevised(PlansRevised e) {
        c.move(workflow, ChangeAction.REVISE_PLANS);
        c.onPlansRevised(e.plans());
        return null;
    }

    @Override
    public Void submitted(Submitted e) {
        c.move(workflow, ChangeAction.SUBMIT);
        c.onSubmitted(e.occurredAt());
        return null;
    }

    @Override
    public Void standardSubmitted(StandardSubmitted e) {
        c.move(workflow, ChangeAction.SUBMIT_STANDARD);
        c.onSubmitted(e.occurredAt());
        return null;
    }

    @Override
    public Void assessed(Assessed e) {
        c.move(workflow, ChangeAction.ASSESS);
        c.onAssessed(e.risk());
        return null;
    }

    @Override
    public Void approvalRequested(ApprovalRequested e) {
        c.move(workflow, ChangeAction.REQUEST_APPROVAL);
        c.onApprovalRequested(e.approval(), e.occurredAt());
        return null;
    }

    @Override
    public Void voteCast(VoteCast e) {
        c.move(workflow, ChangeAction.VOTE);
        c.onVoteCast(e.vote());
        return null;
    }

    @Override
    public Void cabDecided(CabDecided e) {
        c.move(workflow, e.decision() == CabDecision.APPROVED ? ChangeAction.APPROVE : ChangeAction.REJECT);
        return null;
    }

    @Override
    public Void scheduled(Scheduled e) {
        c.move(workflow, ChangeAction.SCHEDULE);
        c.onScheduled(e.window(), e.conflictOverride());
        return null;
    }

    @Override
    public Void implementationStarted(ImplementationStarted e) {
        c.move(workflow, ChangeAction.START);
        return null;
    }

    @Override
    public Void implemented(Implemented e) {
        c.move(workflow, ChangeAction.COMPLETE);
        return null;
    }

    @Override
    public Void failed(Failed e) {
        c.move(workflow, ChangeAction.FAIL);
        c.onFailed(e.reason(), e.backoutRan());
        return null;
    }

    @Override
    public Void backedOut(BackedOut e) {
        c.move(workflow, ChangeAction.BACK_OUT);
        c.onFailed(e.reason(), true);
        return null;
    }

    @Override
    public Void reviewed(Reviewed e) {
        c.move(workflow, ChangeAction.REVIEW);
        c.onReviewed(e.review());
        return null;
    }

    @Override
    public Void closed(Closed e) {
        c.move(workflow, ChangeAction.CLOSE);
        return null;
    }

    @Override
    public Void cancelled(Cancelled e) {
        c.move(workflow, ChangeAction.CANCEL);
        c.onCancelled(e.reason());
        return null;
    }

    @Override
    public Void problemLinked(ProblemLinked e) {
        c.onProblemLinked(e.problemId());
        return null;
    }

    @Override
    public Void incidentLinked(IncidentLinked e) {
        c.onIncidentLinked(e.link());
        return null;
    }
}
