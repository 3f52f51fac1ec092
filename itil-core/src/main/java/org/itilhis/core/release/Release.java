package org.itilhis.core.release;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.itilhis.core.release.ReleaseWorkflows.DEPLOYED_VERSION;
import static org.itilhis.core.release.ReleaseWorkflows.REASON;
import static org.itilhis.core.release.ReleaseWorkflows.STAGE;
import static org.itilhis.core.release.ReleaseWorkflows.present;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.itilhis.core.change.ChangeId;
import org.itilhis.core.cmdb.CiId;
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
import org.itilhis.core.shared.StaffId;

/**
 * A release: approved changes bundled into one versioned delivery ({@code HIS 5.3.2}),
 * taken through its stages (build, test, pilot ward, hospital-wide by default: a
 * {@link StagePlan}) by go / no-go decisions, deployed item by item, and closed once it held,
 * or rolled back.
 *
 * <p>The release manager plans it and bundles changes; starting freezes the bundle. Each
 * stage is entered by a go given in the plan's order, and decided once; a no-go halts the
 * release. Deployments are recorded per configuration item in entered stages, with the
 * version they replaced; a rollback sets every deployed item back to the version it had
 * before the release. The permitted steps and what each needs are the data of
 * {@link ReleaseWorkflows}.
 *
 * <p>The release cannot read changes (they are change management's aggregates). The steps
 * that depend on them take the facts the application service found, one
 * {@link BundledChange} per bundled change: the go for the hospital-wide stage is refused
 * while a bundled change is not approved ({@link UnapprovedChangesException}), and closing is
 * refused while one is neither implemented nor closed ({@link UnfinishedChangesException}).
 * There is no override: a change that will not be finished is unbundled by a new release,
 * not waved through. Facts missing for a bundled change are a caller's bug
 * ({@link IllegalArgumentException}), never read as approval.
 *
 * <p>Invariants: stages are entered in order; the hospital-wide stage is entered only with
 * every bundled change approved; deployments are only in entered stages; a rollback restores
 * the previous version each item's first deployment recorded; closed, rolled back and
 * cancelled releases never change again. Every successful command records exactly one
 * {@link ReleaseEvent}, except bundling a change already bundled (or unbundling one that is
 * not), which records none; {@link #replay} rebuilds the release from its events.
 */
public final class Release extends ReleaseState {
    public static final int MAX_TEXT = 2000;

    private Release(Planned planned) {
        super(planned);
    }

    private Release(ReleaseSnapshot snapshot) {
        super(snapshot);
    }

    /** Plans a new release, in its workflow's initial state (PLANNED); {@code changes} may be empty yet. */
    public static Release plan(ReleaseId id, ReleaseNumber number, SoftwareVersion releaseVersion, String summary,
                               StaffId manager, StagePlan stages, Iterable<ChangeId> changes, StaffId actor,
                               Instant at) {
        Planned planned = new Planned(checkNotNull(id, "id"), checkNotNull(number, "number"),
                checkNotNull(releaseVersion, "releaseVersion"), text(summary, "summary"),
                checkNotNull(manager, "manager"), checkNotNull(stages, "stages"), ImmutableSet.copyOf(changes),
                checkNotNull(actor, "actor"), checkNotNull(at, "at"));
        Release release = new Release(planned);
        release.created(planned);
        return release;
    }

    /** Rebuilds a release from its complete event history, oldest first. */
    public static Release replay(List<? extends ReleaseEvent> history) {
        checkArgument(!history.isEmpty() && history.get(0) instanceof Planned,
                "a release's history starts with Planned");
        Release release = new Release((Planned) history.get(0));
        for (ReleaseEvent event : history.subList(1, history.size())) {
            checkArgument(event.releaseId().equals(release.id()), "event %s belongs to another release", event);
            release.replayed(event);
        }
        return release;
    }

    /** Restores a stored release. Used by adapters only; records no events. */
    public static Release restore(ReleaseSnapshot s) {
        ReleaseSnapshots.checkConsistent(checkNotNull(s, "snapshot"));
        return new Release(s);
    }

    // ---- planning ------------------------------------------------------------------

    /** Adds a change to the bundle while planning; whether it was new (bundling twice records it once). */
    public boolean bundleChange(ChangeId change, StaffId actor, Instant at) {
        checkNotNull(change, "change");
        take(ReleaseAction.BUNDLE_CHANGE, Set.of());
        if (changes().contains(change)) {
            return false;
        }
        record(new ChangeBundled(id(), change, actor, when(at)));
        return true;
    }

    /** Takes a change out of the bundle while planning; whether it was there. */
    public boolean unbundleChange(ChangeId change, StaffId actor, Instant at) {
        checkNotNull(change, "change");
        take(ReleaseAction.UNBUNDLE_CHANGE, Set.of());
        if (!changes().contains(change)) {
            return false;
        }
        record(new ChangeUnbundled(id(), change, actor, when(at)));
        return true;
    }

    /**
     * Freezes the bundle and begins the stages; the first stage still needs its go.
     *
     * @throws org.itilhis.core.workflow.GuardFailedException if no change is bundled
     */
    public void start(StaffId actor, Instant at) {
        take(ReleaseAction.START, Set.of());
        record(new Started(id(), changes(), actor, when(at)));
    }

    // ---- stages --------------------------------------------------------------------

    /**
     * A go for a stage other than the hospital-wide one, which needs the bundled changes' facts;
     * see {@link #go(String, String, Iterable, StaffId, Instant)}.
     */
    public void go(String stage, String reason, StaffId actor, Instant at) {
        go(stage, reason, List.of(), actor, at);
    }

    /**
     * A go for {@code stage}, the next stage of the plan: it is entered, and deployments to it
     * may be recorded. For the hospital-wide stage, {@code bundled} holds what the service
     * found about every bundled change.
     *
     * @throws UnknownStageException        if the plan has no such stage
     * @throws StageAlreadyDecidedException if the stage was decided before
     * @throws StageOutOfOrderException     if an earlier stage has no go yet
     * @throws UnapprovedChangesException   if the stage is hospital-wide and a bundled change is not approved
     * @throws IllegalArgumentException     if the stage is hospital-wide and a bundled change has no facts
     */
    public void go(String stage, String reason, Iterable<BundledChange> bundled, StaffId actor, Instant at) {
        take(ReleaseAction.GO, present(STAGE, stage, REASON, reason));
        Stage next = checkNext(stage);
        if (next.hospitalWide()) {
            List<BundledChange> unapproved = facts(bundled).values().stream()
                    .filter(c -> !c.standing().isApproved()).toList();
            if (!unapproved.isEmpty()) {
                throw new UnapprovedChangesException(number(), next.name(), unapproved);
            }
        }
        record(new GoGiven(id(), next.name(), next.hospitalWide(), text(reason, "reason"), actor, when(at)));
    }

    /**
     * A no-go for {@code stage}, the next stage of the plan: the release halts.
     *
     * @throws UnknownStageException        if the plan has no such stage
     * @throws StageAlreadyDecidedException if the stage was decided before
     * @throws StageOutOfOrderException     if an earlier stage has no go yet
     */
    public void noGo(String stage, String reason, StaffId actor, Instant at) {
        take(ReleaseAction.NO_GO, present(STAGE, stage, REASON, reason));
        Stage next = checkNext(stage);
        record(new NoGoGiven(id(), next.name(), text(reason, "reason"), actor, when(at)));
    }

    /**
     * Records that {@code version} now runs on {@code ci}, deployed in the entered
     * {@code stage}, replacing {@code previousVersion} when known.
     *
     * @throws UnknownStageException    if the plan has no such stage
     * @throws StageNotEnteredException if the stage has no go
     */
    public void deploy(CiId ci, String stage, SoftwareVersion version, Optional<SoftwareVersion> previousVersion,
                       StaffId actor, Instant at) {
        checkNotNull(ci, "ci");
        checkNotNull(previousVersion, "previousVersion");
        take(ReleaseAction.DEPLOY, present(STAGE, stage, DEPLOYED_VERSION, version));
        Stage target = known(stage);
        if (!isEntered(target.name())) {
            throw new StageNotEnteredException(number(), target.name(), enteredStages());
        }
        record(new Deployed(id(), number(), ci, target.name(), version, previousVersion, actor, when(at)));
    }

    /**
     * Every stage is entered: the release is deployed.
     *
     * @throws org.itilhis.core.workflow.GuardFailedException if a stage has no go yet
     */
    public void complete(StaffId actor, Instant at) {
        take(ReleaseAction.COMPLETE, Set.of());
        record(new Completed(id(), actor, when(at)));
    }

    // ---- endings -------------------------------------------------------------------

    /**
     * Rolls back with the previous versions the deployments recorded; see
     * {@link #rollBack(String, Map, StaffId, Instant)}.
     */
    public void rollBack(String reason, StaffId actor, Instant at) {
        rollBack(reason, Map.of(), actor, at);
    }

    /**
     * Sets every item the release deployed to back to the version its first deployment in this
     * release replaced; {@code restoreVersions} gives the version for items whose deployments
     * recorded none.
     *
     * @throws RestoreVersionUnknownException    if an item's version to restore is neither recorded nor given
     * @throws RestoreVersionNotNeededException  if a version is given for an item that does not need one
     * @throws org.itilhis.core.workflow.GuardFailedException if nothing was deployed
     */
    public void rollBack(String reason, Map<CiId, SoftwareVersion> restoreVersions, StaffId actor, Instant at) {
        checkNotNull(restoreVersions, "restoreVersions");
        take(ReleaseAction.ROLL_BACK, present(REASON, reason));
        ImmutableList<Restoration> restorations = Rollbacks.restorations(number(), deployments(), restoreVersions);
        record(new RolledBack(id(), number(), text(reason, "reason"), restorations, changes(), actor, when(at)));
    }

    /**
     * Closes the deployed release. {@code bundled} holds what the service found about every
     * bundled change; the event names those implemented but not yet closed, for the service to
     * close with the release.
     *
     * @throws UnfinishedChangesException if a bundled change is neither implemented nor closed
     * @throws IllegalArgumentException   if a bundled change has no facts
     */
    public void close(Iterable<BundledChange> bundled, StaffId actor, Instant at) {
        take(ReleaseAction.CLOSE, Set.of());
        Map<ChangeId, BundledChange> facts = facts(bundled);
        List<BundledChange> unfinished = facts.values().stream().filter(c -> !c.standing().isFinished()).toList();
        if (!unfinished.isEmpty()) {
            throw new UnfinishedChangesException(number(), unfinished);
        }
        ImmutableSet<ChangeId> toClose = facts.values().stream()
                .filter(c -> c.standing() == ChangeStanding.IMPLEMENTED).map(BundledChange::id)
                .collect(ImmutableSet.toImmutableSet());
        record(new Closed(id(), toClose, actor, when(at)));
    }

    /**
     * Abandons a release that deployed nothing.
     *
     * @throws org.itilhis.core.workflow.GuardFailedException if something was deployed: roll it back instead
     */
    public void cancel(String reason, StaffId actor, Instant at) {
        take(ReleaseAction.CANCEL, present(REASON, reason));
        record(new Cancelled(id(), text(reason, "reason"), actor, when(at)));
    }

    // ---- internals -----------------------------------------------------------------

    private void take(ReleaseAction action, Set<String> presentFields) {
        ReleaseWorkflows.RELEASE.check(status(), action, this, presentFields);
    }

    private Stage known(String stage) {
        String name = stage.strip();
        return stages().find(name).orElseThrow(() -> new UnknownStageException(number(), name, stages().names()));
    }

    /** The stage named, after checking it is the next one to decide. */
    private Stage checkNext(String stage) {
        Stage named = known(stage);
        int index = stages().indexOf(named.name());
        List<StageDecision> taken = decisions();
        if (index < taken.size()) {
            throw new StageAlreadyDecidedException(number(), taken.get(index));
        }
        if (index > taken.size()) {
            throw new StageOutOfOrderException(number(), named.name(), stages().get(taken.size()).name());
        }
        return named;
    }

    /** The facts given for the bundled changes, in bundle order; every bundled change must have them. */
    private Map<ChangeId, BundledChange> facts(Iterable<BundledChange> bundled) {
        Map<ChangeId, BundledChange> given = new LinkedHashMap<>();
        for (BundledChange change : checkNotNull(bundled, "bundled")) {
            given.put(change.id(), change);
        }
        Map<ChangeId, BundledChange> facts = new LinkedHashMap<>();
        List<ChangeId> missing = new ArrayList<>();
        for (ChangeId change : changes()) {
            BundledChange found = given.get(change);
            if (found == null) {
                missing.add(change);
            } else {
                facts.put(change, found);
            }
        }
        checkArgument(missing.isEmpty(), "release %s: no standing given for the bundled changes %s", number(), missing);
        return facts;
    }

    /** {@code value} stripped, after checking it is given and at most {@link #MAX_TEXT} characters. */
    static String text(String value, String name) {
        checkNotNull(value, name);
        String stripped = value.strip();
        checkArgument(!stripped.isEmpty(), "%s is blank", name);
        checkArgument(stripped.length() <= MAX_TEXT, "%s is longer than %s characters", name, MAX_TEXT);
        return stripped;
    }
}
