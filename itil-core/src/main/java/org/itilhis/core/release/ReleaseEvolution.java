package org.itilhis.core.release;

import org.itilhis.core.release.ReleaseEvent.Cancelled;
import org.itilhis.core.release.ReleaseEvent.ChangeBundled;
import org.itilhis.core.release.ReleaseEvent.ChangeUnbundled;
import org.itilhis.core.release.ReleaseEvent.Closed;
import org.itilhis.core.release.ReleaseEvent.Completed;
import org.itilhis.core.release.ReleaseEvent.Deployed;
import org.itilhis.core.release.ReleaseEvent.GoGiven;
import org.itilhis.core.release.ReleaseEvent.NoGoGiven;
import org.itilhis.core.release.ReleaseEvent.Planned;
import org.itilhis.core.release.ReleaseEvent.RolledBack;
import org.itilhis.core.release.ReleaseEvent.Started;
import org.itilhis.core.workflow.Workflow;

/**
 * Applies one event to a release's state: the single place where state changes, used both
 * when a command records an event and when a history is replayed. Every release event after
 * {@link Planned} is the record of one workflow action, and the new status is that action's
 * declared target in {@code workflow} ({@link ReleaseWorkflows}), never a second copy here.
 */
final class ReleaseEvolution implements ReleaseEvent.Visitor<Void> {
    private final ReleaseState r;
    private final Workflow<ReleaseStatus, ReleaseAction, Release> workflow;

    private ReleaseEvolution(ReleaseState release, Workflow<ReleaseStatus, ReleaseAction, Release> workflow) {
        this.r = release;
        this.workflow = workflow;
    }

    static void apply(ReleaseState r, ReleaseEvent event, Workflow<ReleaseStatus, ReleaseAction, Release> workflow) {
        event.accept(new ReleaseEvolution(r, workflow));
    }

    @Override
    public Void planned(Planned e) {
        throw new IllegalArgumentException("a release is planned only once: " + e);
    }

    @Override
    public Void changeBundled(ChangeBundled e) {
        r.move(workflow, ReleaseAction.BUNDLE_CHANGE);
        r.onChangeBundled(e.changeId());
        return null;
    }

    @Override
    public Void changeUnbundled(ChangeUnbundled e) {
        r.move(workflow, ReleaseAction.UNBUNDLE_CHANGE);
        r.onChangeUnbundled(e.changeId());
        return null;
    }

    @Override
    public Void started(Started e) {
        r.move(workflow, ReleaseAction.START);
        return null;
    }

    @Override
    public Void goGiven(GoGiven e) {
        r.move(workflow, ReleaseAction.GO);
        r.onDecided(new StageDecision(e.stage(), StageVerdict.GO, e.reason(), e.actor(), e.occurredAt()));
        return null;
    }

    @Override
    public Void noGoGiven(NoGoGiven e) {
        r.move(workflow, ReleaseAction.NO_GO);
        r.onDecided(new StageDecision(e.stage(), StageVerdict.NO_GO, e.reason(), e.actor(), e.occurredAt()));
        return null;
    }

    @Override
    public Void deployed(Deployed e) {
        r.move(workflow, ReleaseAction.DEPLOY);
        r.onDeployed(e.deployment());
        return null;
    }

    @Override
    public Void completed(Completed e) {
        r.move(workflow, ReleaseAction.COMPLETE);
        return null;
    }

    @Override
    public Void rolledBack(RolledBack e) {
        r.move(workflow, ReleaseAction.ROLL_BACK);
        r.onRolledBack(e.rollback());
        return null;
    }

    @Override
    public Void closed(Closed e) {
        r.move(workflow, ReleaseAction.CLOSE);
        return null;
    }

    @Override
    public Void cancelled(Cancelled e) {
        r.move(workflow, ReleaseAction.CANCEL);
        return null;
    }
}
