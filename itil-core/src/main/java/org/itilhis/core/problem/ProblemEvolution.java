package org.itilhis.core.problem;

import org.itilhis.core.problem.ProblemEvent.AffectedCiAdded;
import org.itilhis.core.problem.ProblemEvent.AffectedCiRemoved;
import org.itilhis.core.problem.ProblemEvent.AnalysisStepAdded;
import org.itilhis.core.problem.ProblemEvent.Cancelled;
import org.itilhis.core.problem.ProblemEvent.Closed;
import org.itilhis.core.problem.ProblemEvent.IncidentLinked;
import org.itilhis.core.problem.ProblemEvent.IncidentUnlinked;
import org.itilhis.core.problem.ProblemEvent.InvestigationStarted;
import org.itilhis.core.problem.ProblemEvent.KnownErrorPublished;
import org.itilhis.core.problem.ProblemEvent.Logged;
import org.itilhis.core.problem.ProblemEvent.PermanentFixRecorded;
import org.itilhis.core.problem.ProblemEvent.Reassigned;
import org.itilhis.core.problem.ProblemEvent.Reopened;
import org.itilhis.core.problem.ProblemEvent.Reprioritised;
import org.itilhis.core.problem.ProblemEvent.Resolved;
import org.itilhis.core.problem.ProblemEvent.RootCauseIdentified;
import org.itilhis.core.problem.ProblemEvent.WorkaroundApplied;
import org.itilhis.core.problem.ProblemEvent.WorkaroundRecorded;
import org.itilhis.core.workflow.Workflow;

/**
 * Applies one event to a problem's state: the single place where state changes, used both
 * when a command records an event and when a history is replayed. A lifecycle event is the
 * record of one workflow action, and the new status is that action's declared target in
 * {@code workflow} ({@link ProblemWorkflows}), never a second copy here. Links, affected
 * items, reassignment and priority are not workflow steps and leave the status alone.
 */
final class ProblemEvolution implements ProblemEvent.Visitor<Void> {
    private final ProblemState p;
    private final Workflow<ProblemStatus, ProblemAction, Problem> workflow;

    private ProblemEvolution(ProblemState problem, Workflow<ProblemStatus, ProblemAction, Problem> workflow) {
        this.p = problem;
        this.workflow = workflow;
    }

    static void apply(ProblemState p, ProblemEvent event, Workflow<ProblemStatus, ProblemAction, Problem> workflow) {
        event.accept(new ProblemEvolution(p, workflow));
    }

    @Override
    public Void logged(Logged e) {
        throw new IllegalArgumentException("a problem is logged only once: " + e);
    }

    @Override
    public Void investigationStarted(InvestigationStarted e) {
        p.move(workflow, ProblemAction.INVESTIGATE);
        return null;
    }

    @Override
    public Void analysisStepAdded(AnalysisStepAdded e) {
        p.move(workflow, ProblemAction.ADD_ANALYSIS_STEP);
        p.onStepAdded(e.step());
        return null;
    }

    @Override
    public Void rootCauseIdentified(RootCauseIdentified e) {
        p.move(workflow, ProblemAction.IDENTIFY_ROOT_CAUSE);
        p.onRootCause(e.rootCause());
        return null;
    }

    @Override
    public Void workaroundRecorded(WorkaroundRecorded e) {
        p.move(workflow, ProblemAction.RECORD_WORKAROUND);
        p.onWorkaround(e.workaround());
        return null;
    }

    @Override
    public Void knownErrorPublished(KnownErrorPublished e) {
        p.move(workflow, ProblemAction.PUBLISH_KNOWN_ERROR);
        return null;
    }

    @Override
    public Void workaroundApplied(WorkaroundApplied e) {
        p.move(workflow, ProblemAction.APPLY_WORKAROUND);
        p.onWorkaroundApplied();
        return null;
    }

    @Override
    public Void permanentFixRecorded(PermanentFixRecorded e) {
        p.move(workflow, ProblemAction.RECORD_PERMANENT_FIX);
        p.onPermanentFix(e.permanentFix());
        return null;
    }

    @Override
    public Void resolved(Resolved e) {
        p.move(workflow, ProblemAction.RESOLVE);
        p.onResolved(e.note(), e.occurredAt());
        return null;
    }

    @Override
    public Void closed(Closed e) {
        p.move(workflow, ProblemAction.CLOSE);
        return null;
    }

    @Override
    public Void reopened(Reopened e) {
        p.move(workflow, ProblemAction.REOPEN);
        p.onReopened();
        return null;
    }

    @Override
    public Void cancelled(Cancelled e) {
        p.move(workflow, ProblemAction.CANCEL);
        return null;
    }

    @Override
    public Void incidentLinked(IncidentLinked e) {
        p.onIncidentLinked(e.incidentId());
        return null;
    }

    @Override
    public Void incidentUnlinked(IncidentUnlinked e) {
        p.onIncidentUnlinked(e.incidentId());
        return null;
    }

    @Override
    public Void affectedCiAdded(AffectedCiAdded e) {
        p.onCiAdded(e.ciId());
        return null;
    }

    @Override
    public Void affectedCiRemoved(AffectedCiRemoved e) {
        p.onCiRemoved(e.ciId());
        return null;
    }

    @Override
    public Void reassigned(Reassigned e) {
        p.onReassigned(e.manager(), e.group());
        return null;
    }

    @Override
    public Void reprioritised(Reprioritised e) {
        p.onReprioritised(e.assessment());
        return null;
    }
}
