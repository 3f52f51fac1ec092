package org.itilhis.core.problem;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.priority.PriorityAssessment;
import org.itilhis.core.problem.ProblemEvent.Logged;
import org.itilhis.core.shared.AggregateEvents;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.workflow.Workflow;

/**
 * What a {@link Problem} remembers: its state, the queries callers read it with, its
 * snapshot, its version and the events recorded since it was loaded. State changes only by
 * applying an event, through {@link ProblemEvolution} and the appliers at the end of this
 * class; deciding which events to record is {@link Problem}'s, the only class this one
 * permits. Package-private so that callers never name it.
 */
abstract sealed class ProblemState permits Problem {
    private final ProblemId id;
    private final ProblemNumber number;
    private final ProblemDetails details;
    private final Instant loggedAt;
    private ProblemStatus status;
    private PriorityAssessment assessment;
    private StaffId manager;
    private GroupId group;
    private final Set<CiId> affectedCis = new LinkedHashSet<>();
    private final Set<TicketId> linkedIncidents = new LinkedHashSet<>();
    private int timesUsed;
    private Optional<String> resolution = Optional.empty();
    private Optional<Instant> resolvedAt = Optional.empty();
    private final List<AnalysisStep> steps = new ArrayList<>();
    private Optional<RootCause> rootCause = Optional.empty();
    private Optional<String> workaround = Optional.empty();
    private Optional<String> permanentFix = Optional.empty();
    private Instant updatedAt;
    private final AggregateEvents<ProblemEvent> events = new AggregateEvents<>();

    /** The state {@code logged} leaves a problem in: the workflow's initial state. */
    ProblemState(Logged logged) {
        this.id = logged.problemId();
        this.number = logged.number();
        this.details = logged.details();
        this.loggedAt = logged.occurredAt();
        this.status = ProblemWorkflows.PROBLEM.initial();
        this.assessment = logged.assessment();
        this.manager = logged.manager();
        this.group = logged.group();
        this.affectedCis.addAll(logged.affectedCis());
        this.updatedAt = loggedAt;
    }

    /** The state a snapshot holds; {@link Problem#restore} checks it first. */
    ProblemState(ProblemSnapshot snapshot) {
        ProblemSummary s = snapshot.summary();
        RootCauseAnalysis a = snapshot.analysis();
        this.id = s.id();
        this.number = s.number();
        this.details = s.details();
        this.loggedAt = s.loggedAt();
        this.status = s.status();
        this.assessment = s.assessment();
        this.manager = s.manager();
        this.group = s.group();
        this.affectedCis.addAll(s.affectedCis());
        this.linkedIncidents.addAll(s.linkedIncidents());
        this.timesUsed = s.timesUsed();
        this.resolution = s.resolution();
        this.resolvedAt = s.resolvedAt();
        this.steps.addAll(a.steps());
        this.rootCause = a.rootCause();
        this.workaround = a.workaround();
        this.permanentFix = a.permanentFix();
        this.updatedAt = s.updatedAt();
        this.events.restoredAt(snapshot.version());
    }

    // ---- queries -------------------------------------------------------------------

    public ProblemId id() {
        return id;
    }

    public ProblemNumber number() {
        return number;
    }

    public ProblemDetails details() {
        return details;
    }

    public ProblemStatus status() {
        return status;
    }

    public Priority priority() {
        return assessment.priority();
    }

    public PriorityAssessment assessment() {
        return assessment;
    }

    /** The problem manager who owns the problem. */
    public StaffId manager() {
        return manager;
    }

    /** The assignment group that investigates it. */
    public GroupId group() {
        return group;
    }

    public ImmutableSet<CiId> affectedCis() {
        return ImmutableSet.copyOf(affectedCis);
    }

    /** The incidents this problem explains, in the order they were linked. */
    public ImmutableSet<TicketId> linkedIncidents() {
        return ImmutableSet.copyOf(linkedIncidents);
    }

    public boolean isLinked(TicketId incident) {
        return linkedIncidents.contains(incident);
    }

    /** How often the desk applied the known error's workaround. */
    public int timesUsed() {
        return timesUsed;
    }

    public Optional<String> resolution() {
        return resolution;
    }

    /** The internal analysis: steps, root cause, workaround and permanent fix. */
    public RootCauseAnalysis analysis() {
        return new RootCauseAnalysis(ImmutableList.copyOf(steps), rootCause, workaround, permanentFix);
    }

    /** The workaround as the desk sees it: present only while the problem is a known error. */
    public Optional<String> publishedWorkaround() {
        return status == ProblemStatus.KNOWN_ERROR ? workaround : Optional.empty();
    }

    public long version() {
        return events.version();
    }

    /** The actions the workflow declares from the current state (guards not evaluated). */
    public ImmutableSet<ProblemAction> allowedActions() {
        return ProblemWorkflows.PROBLEM.allowedActions(status);
    }

    public ProblemSummary summary() {
        return new ProblemSummary(id, number, details, status, assessment, manager, group, affectedCis(),
                linkedIncidents(), timesUsed, resolution, resolvedAt, loggedAt, updatedAt);
    }

    public ProblemSnapshot snapshot() {
        return new ProblemSnapshot(summary(), analysis(), events.version());
    }

    @Override
    public String toString() {
        return number + " " + status + " " + priority() + " " + group;
    }

    // ---- events --------------------------------------------------------------------

    /** The events recorded since the problem was loaded, handed over once. */
    public List<ProblemEvent> pullEvents() {
        return events.pull();
    }

    /** The events recorded and not yet pulled. */
    public List<ProblemEvent> pendingEvents() {
        return events.pending();
    }

    void created(Logged logged) {
        events.created(logged);
    }

    void replayed(ProblemEvent event) {
        events.replayed(event, this::apply);
    }

    void record(ProblemEvent event) {
        checkNotNull(event.actor(), "actor");
        checkNotNull(event.occurredAt(), "at");
        events.recorded(event, this::apply);
    }

    /** The instant an event is recorded at: {@code at}, but never before the problem's last event (ADR 0007). */
    Instant when(Instant at) {
        checkNotNull(at, "at");
        return at.isBefore(updatedAt) ? updatedAt : at;
    }

    private void apply(ProblemEvent event) {
        ProblemEvolution.apply(this, event, ProblemWorkflows.PROBLEM);
        updatedAt = event.occurredAt();
    }

    // Package-private mutators for ProblemEvolution, which applies one event to the state.

    /**
     * Moves to the target {@code workflow} declares for {@code action} from the current status.
     *
     * @throws IllegalStateException if the workflow declares no such step
     */
    void move(Workflow<ProblemStatus, ProblemAction, Problem> workflow, ProblemAction action) {
        status = workflow.find(status, action).orElseThrow(() -> new IllegalStateException("the " + workflow.name()
                + " workflow declares no " + action + " from " + status + " (problem " + number + ")")).to();
    }

    void onStepAdded(AnalysisStep step) {
        steps.add(step);
    }

    void onRootCause(RootCause cause) {
        rootCause = Optional.of(cause);
    }

    void onWorkaround(String text) {
        workaround = Optional.of(text);
    }

    void onWorkaroundApplied() {
        timesUsed++;
    }

    void onPermanentFix(String text) {
        permanentFix = Optional.of(text);
    }

    void onResolved(String note, Instant at) {
        resolution = Optional.of(note);
        resolvedAt = Optional.of(at);
    }

    void onReopened() {
        resolution = Optional.empty();
        resolvedAt = Optional.empty();
        permanentFix = Optional.empty();
    }

    void onIncidentLinked(TicketId incident) {
        linkedIncidents.add(incident);
    }

    void onIncidentUnlinked(TicketId incident) {
        linkedIncidents.remove(incident);
    }

    void onCiAdded(CiId ci) {
        affectedCis.add(ci);
    }

    void onCiRemoved(CiId ci) {
        affectedCis.remove(ci);
    }

    void onReassigned(StaffId newManager, GroupId newGroup) {
        manager = newManager;
        group = newGroup;
    }

    void onReprioritised(PriorityAssessment next) {
        assessment = next;
    }
}
