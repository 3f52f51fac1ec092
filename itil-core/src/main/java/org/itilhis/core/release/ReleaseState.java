package org.itilhis.core.release;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.itilhis.core.change.ChangeId;
import org.itilhis.core.release.ReleaseEvent.Planned;
import org.itilhis.core.shared.AggregateEvents;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.workflow.Workflow;

/**
 * What a {@link Release} remembers: its state, the queries callers read it with, its
 * snapshot, its version and the events recorded since it was loaded. State changes only by
 * applying an event, through {@link ReleaseEvolution} and the appliers at the end of this
 * class; deciding which events to record is {@link Release}'s, the only class this one
 * permits. Package-private so that callers never name it.
 */
abstract sealed class ReleaseState permits Release {
    private final ReleaseId id;
    private final ReleaseNumber number;
    private final SoftwareVersion releaseVersion;
    private final String summary;
    private final StaffId manager;
    private final StagePlan stages;
    private final Instant plannedAt;
    private ReleaseStatus status;
    private final Set<ChangeId> changes = new LinkedHashSet<>();
    private final List<StageDecision> decisions = new ArrayList<>();
    private final List<Deployment> deployments = new ArrayList<>();
    private Optional<Rollback> rollback = Optional.empty();
    private Instant updatedAt;
    private final AggregateEvents<ReleaseEvent> events = new AggregateEvents<>();

    ReleaseState(Planned planned) {
        this.id = planned.releaseId();
        this.number = planned.number();
        this.releaseVersion = planned.releaseVersion();
        this.summary = planned.summary();
        this.manager = planned.manager();
        this.stages = planned.stages();
        this.plannedAt = planned.occurredAt();
        this.status = ReleaseWorkflows.RELEASE.initial();
        this.changes.addAll(planned.changes());
        this.updatedAt = plannedAt;
    }

    /** The state a snapshot holds; {@link Release#restore} checks it first. */
    ReleaseState(ReleaseSnapshot s) {
        this.id = s.id();
        this.number = s.number();
        this.releaseVersion = s.releaseVersion();
        this.summary = s.summary();
        this.manager = s.manager();
        this.stages = s.stages();
        this.plannedAt = s.plannedAt();
        this.status = s.status();
        this.changes.addAll(s.changes());
        this.decisions.addAll(s.decisions());
        this.deployments.addAll(s.deployments());
        this.rollback = s.rollback();
        this.updatedAt = s.updatedAt();
        this.events.restoredAt(s.version());
    }

    // ---- queries -------------------------------------------------------------------

    public ReleaseId id() {
        return id;
    }

    public ReleaseNumber number() {
        return number;
    }

    /** The software version the release delivers, such as {@code HIS 5.3.2}. */
    public SoftwareVersion releaseVersion() {
        return releaseVersion;
    }

    public String summary() {
        return summary;
    }

    /** The release manager who answers for the release. */
    public StaffId manager() {
        return manager;
    }

    public StagePlan stages() {
        return stages;
    }

    public ReleaseStatus status() {
        return status;
    }

    /** The bundled changes, in the order they were bundled. */
    public ImmutableSet<ChangeId> changes() {
        return ImmutableSet.copyOf(changes);
    }

    /** The go / no-go decisions taken, in stage order. */
    public ImmutableList<StageDecision> decisions() {
        return ImmutableList.copyOf(decisions);
    }

    /** The stages entered (given a go), in order: always the first stages of the plan. */
    public ImmutableList<String> enteredStages() {
        return decisions.stream().filter(StageDecision::isGo).map(StageDecision::stage)
                .collect(ImmutableList.toImmutableList());
    }

    public boolean isEntered(String stage) {
        return enteredStages().contains(stage);
    }

    /** The stage the next decision is about, unless every stage has been decided. */
    public Optional<Stage> nextStage() {
        return decisions.size() < stages.size() ? Optional.of(stages.get(decisions.size())) : Optional.empty();
    }

    /** Whether every stage has its go. */
    public boolean everyStageEntered() {
        return enteredStages().size() == stages.size();
    }

    /** Whether the hospital-wide stage has its go. */
    public boolean isHospitalWide() {
        return isEntered(stages.hospitalWideStage().name());
    }

    /** The deployments recorded, oldest first. */
    public ImmutableList<Deployment> deployments() {
        return ImmutableList.copyOf(deployments);
    }

    public Optional<Rollback> rollback() {
        return rollback;
    }

    public Instant plannedAt() {
        return plannedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return events.version();
    }

    /** The actions the workflow declares from the current state (guards not evaluated). */
    public ImmutableSet<ReleaseAction> allowedActions() {
        return ReleaseWorkflows.RELEASE.allowedActions(status);
    }

    public ReleaseSnapshot snapshot() {
        return new ReleaseSnapshot(id, number, releaseVersion, summary, manager, stages, status, changes(),
                decisions(), deployments(), rollback, plannedAt, updatedAt, events.version());
    }

    @Override
    public String toString() {
        return number + " " + releaseVersion + " " + status;
    }

    // ---- events --------------------------------------------------------------------

    /** The events recorded since the release was loaded, handed over once. */
    public List<ReleaseEvent> pullEvents() {
        return events.pull();
    }

    /** The events recorded and not yet pulled. */
    public List<ReleaseEvent> pendingEvents() {
        return events.pending();
    }

    void created(Planned planned) {
        events.created(planned);
    }

    void replayed(ReleaseEvent event) {
        events.replayed(event, this::apply);
    }

    void record(ReleaseEvent event) {
        checkNotNull(event.actor(), "actor");
        checkNotNull(event.occurredAt(), "at");
        events.recorded(event, this::apply);
    }

    /** The instant an event is recorded at: {@code at}, but never before the release's last event (ADR 0007). */
    Instant when(Instant at) {
        checkNotNull(at, "at");
        return at.isBefore(updatedAt) ? updatedAt : at;
    }

    private void apply(ReleaseEvent event) {
        ReleaseEvolution.apply(this, event, ReleaseWorkflows.RELEASE);
        updatedAt = event.occurredAt();
    }

    // Package-private mutators for ReleaseEvolution, which applies one event to the state.

    /**
     * Moves to the target {@code workflow} declares for {@code action} from the current status.
     *
     * @throws IllegalStateException if the workflow declares no such step
     */
    void move(Workflow<ReleaseStatus, ReleaseAction, Release> workflow, ReleaseAction action) {
        status = workflow.find(status, action).orElseThrow(() -> new IllegalStateException("the " + workflow.name()
                + " workflow declares no " + action + " from " + status + " (release " + number + ")")).to();
    }

    void onChangeBundled(ChangeId change) {
        changes.add(change);
    }

    void onChangeUnbundled(ChangeId change) {
        changes.remove(change);
    }

    void onDecided(StageDecision decision) {
        decisions.add(decision);
    }

    void onDeployed(Deployment deployment) {
        deployments.add(deployment);
    }

    void onRolledBack(Rollback done) {
        rollback = Optional.of(done);
    }
}
