package org.itilhis.core.change;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.problem.ProblemId;
import org.itilhis.core.shared.AggregateEvents;
import org.itilhis.core.workflow.Workflow;

/**
 * What a {@link Change} remembers: its state, the queries callers read it with, its snapshot,
 * its version and the events recorded since it was loaded. State changes only by applying an
 * event, through {@link ChangeEvolution} and the appliers at the end of this class; deciding
 * which events to record is {@link Change}'s, the only class this one permits.
 */
abstract sealed class ChangeState permits Change {
    private final ChangeId id;
    private final ChangeNumber number;
    private final ChangeModel model;
    private final Optional<ChangeTemplate> template;
    private final Instant raisedAt;
    private ChangeRequest request;
    private ChangeStatus status;
    private Optional<RiskAssessment> risk = Optional.empty();
    private Optional<CabApproval> approval = Optional.empty();
    private Optional<Instant> approvalRequestedAt = Optional.empty();
    private Optional<Instant> submittedAt = Optional.empty();
    private Optional<String> conflictOverride = Optional.empty();
    private Optional<String> failureReason = Optional.empty();
    private boolean backoutRan;
    private Optional<PostImplementationReview> review = Optional.empty();
    private Optional<String> cancellation = Optional.empty();
    private final Set<ProblemId> problems = new LinkedHashSet<>();
    private final Set<IncidentLink> incidents = new LinkedHashSet<>();
    private Instant updatedAt;
    private final AggregateEvents<ChangeEvent> events = new AggregateEvents<>();

    /** The state {@code raised} leaves a change in: the workflow's initial state. */
    ChangeState(ChangeEvent.Raised raised) {
        this.id = raised.changeId();
        this.number = raised.number();
        this.model = raised.model();
        this.template = raised.template();
        this.raisedAt = raised.occurredAt();
        this.request = raised.request();
        this.status = ChangeWorkflows.CHANGE.initial();
        this.updatedAt = raisedAt;
    }

    /** The state a snapshot holds; {@link Change#restore} checks it first. */
    ChangeState(ChangeSnapshot s) {
        this.id = s.id();
        this.number = s.number();
        this.model = s.model();
        this.template = s.template();
        this.raisedAt = s.raisedAt();
        this.request = s.request();
        this.status = s.status();
        this.risk = s.risk();
        this.approval = s.approval();
        this.approvalRequestedAt = s.approvalRequestedAt();
        this.submittedAt = s.submittedAt();
        this.conflictOverride = s.conflictOverride();
        this.failureReason = s.failureReason();
        this.backoutRan = s.backoutRan();
        this.review = s.review();
        this.cancellation = s.cancellation();
        this.problems.addAll(s.problems());
        this.incidents.addAll(s.incidents());
        this.updatedAt = s.updatedAt();
        this.events.restoredAt(s.version());
    }

    // ---- queries -------------------------------------------------------------------

    public ChangeId id() {
        return id;
    }

    public ChangeNumber number() {
        return number;
    }

    public ChangeModel model() {
        return model;
    }

    public ChangeStatus status() {
        return status;
    }

    /** The request as it stands: plans as last revised, window as last scheduled. */
    public ChangeRequest request() {
        return request;
    }

    public ChangeDetails details() {
        return request.details();
    }

    public ChangePlans plans() {
        return request.plans();
    }

    public ImmutableSet<CiId> touchedCis() {
        return request.touchedCis();
    }

    /** The planned window; once scheduled, the scheduled one. */
    public PlannedWindow window() {
        return request.window();
    }

    /** A standard change's template. */
    public Optional<ChangeTemplate> template() {
        return template;
    }

    /** The risk assessment of a normal or emergency change, once assessed. */
    public Optional<RiskAssessment> risk() {
        return risk;
    }

    /** The risk level: a standard change's from its template, the others' once assessed. */
    public Optional<RiskLevel> riskLevel() {
        return template.map(ChangeTemplate::risk).or(() -> risk.map(RiskAssessment::level));
    }

    /** The board's approval, from the request for approval on (kept after the decision). */
    public Optional<CabApproval> approval() {
        return approval;
    }

    /** The board's decision, once taken. */
    public Optional<CabDecision> decision() {
        return approval.flatMap(CabApproval::decision);
    }

    /** The board whose agenda the change is on: present while awaiting approval. */
    public Optional<CabId> awaitedBoard() {
        return status == ChangeStatus.AWAITING_APPROVAL ? approval.map(a -> a.board().id()) : Optional.empty();
    }

    public Optional<Instant> approvalRequestedAt() {
        return approvalRequestedAt;
    }

    public Optional<Instant> submittedAt() {
        return submittedAt;
    }

    public Optional<String> conflictOverride() {
        return conflictOverride;
    }

    public Optional<String> failureReason() {
        return failureReason;
    }

    public boolean backoutRan() {
        return backoutRan;
    }

    public Optional<PostImplementationReview> review() {
        return review;
    }

    public Optional<String> cancellation() {
        return cancellation;
    }

    /** The problems whose fix this change is, in the order they were linked. */
    public ImmutableSet<ProblemId> problems() {
        return ImmutableSet.copyOf(problems);
    }

    /** The incidents the change caused or resolves, in the order they were linked. */
    public ImmutableSet<IncidentLink> incidents() {
        return ImmutableSet.copyOf(incidents);
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return events.version();
    }

    /** The actions the workflow declares from the current state (guards not evaluated). */
    public ImmutableSet<ChangeAction> allowedActions() {
        return ChangeWorkflows.CHANGE.allowedActions(status);
    }

    public ChangeSnapshot snapshot() {
        return new ChangeSnapshot(id, number, model, request, template, status, risk, approval, approvalRequestedAt,
                submittedAt, conflictOverride, failureReason, backoutRan, review, cancellation, problems(),
                incidents(), raisedAt, updatedAt, events.version());
    }

    @Override
    public String toString() {
        return number + " " + model + " " + status;
    }

    // ---- events --------------------------------------------------------------------

    /** The events recorded since the change was loaded, handed over once. */
    public List<ChangeEvent> pullEvents() {
        return events.pull();
    }

    /** The events recorded and not yet pulled. */
    public List<ChangeEvent> pendingEvents() {
        return events.pending();
    }

    void created(ChangeEvent.Raised raised) {
        events.created(raised);
    }

    void replayed(ChangeEvent event) {
        events.replayed(event, this::apply);
    }

    void record(ChangeEvent event) {
        checkNotNull(event.actor(), "actor");
        checkNotNull(event.occurredAt(), "at");
        events.recorded(event, this::apply);
    }

    /** The instant an event is recorded at: {@code at}, but never before the change's last event (ADR 0007). */
    Instant when(Instant at) {
        checkNotNull(at, "at");
        return at.isBefore(updatedAt) ? updatedAt : at;
    }

    private void apply(ChangeEvent event) {
        ChangeEvolution.apply(this, event, ChangeWorkflows.CHANGE);
        updatedAt = event.occurredAt();
    }

    // Package-private mutators for ChangeEvolution, which applies one event to the state.

    /**
     * Moves to the target {@code workflow} declares for {@code action} from the current status.
     *
     * @throws IllegalStateException if the workflow declares no such step
     */
    void move(Workflow<ChangeStatus, ChangeAction, Change> workflow, ChangeAction action) {
        status = workflow.find(status, action).orElseThrow(() -> new IllegalStateException("the " + workflow.name()
                + " workflow declares no " + action + " from " + status + " (change " + number + ")")).to();
    }

    void onPlansRevised(ChangePlans plans) {
        request = request.withPlans(plans);
    }

    void onSubmitted(Instant at) {
        submittedAt = Optional.of(at);
    }

    void onAssessed(RiskAssessment assessment) {
        risk = Optional.of(assessment);
    }

    void onApprovalRequested(CabApproval opened, Instant at) {
        approval = Optional.of(opened);
        approvalRequestedAt = Optional.of(at);
    }

    void onVoteCast(Vote vote) {
        approval = Optional.of(approval.orElseThrow(() -> new IllegalStateException("a vote without an approval"))
                .cast(vote));
    }

    void onScheduled(PlannedWindow window, Optional<String> override) {
        request = request.withWindow(window);
        conflictOverride = override;
    }

    void onFailed(String reason, boolean backoutHasRun) {
        failureReason = Optional.of(reason);
        backoutRan = backoutHasRun;
    }

    void onReviewed(PostImplementationReview recorded) {
        review = Optional.of(recorded);
    }

    void onCancelled(String reason) {
        cancellation = Optional.of(reason);
    }

    void onProblemLinked(ProblemId problem) {
        problems.add(problem);
    }

    void onIncidentLinked(IncidentLink link) {
        incidents.add(link);
    }
}
