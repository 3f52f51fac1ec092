package org.itilhis.core.ticket;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.priority.PriorityAssessment;
import org.itilhis.core.priority.PriorityOverride;
import org.itilhis.core.shared.AggregateEvents;
import org.itilhis.core.shared.ContactId;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.TicketEvent.Accepted;
import org.itilhis.core.ticket.TicketEvent.Assigned;
import org.itilhis.core.ticket.TicketEvent.Closed;
import org.itilhis.core.ticket.TicketEvent.ContactLinked;
import org.itilhis.core.ticket.TicketEvent.Escalated;
import org.itilhis.core.ticket.TicketEvent.PriorityOverridden;
import org.itilhis.core.ticket.TicketEvent.PutOnHold;
import org.itilhis.core.ticket.TicketEvent.Raised;
import org.itilhis.core.ticket.TicketEvent.Rated;
import org.itilhis.core.ticket.TicketEvent.Resolved;
import org.itilhis.core.ticket.TicketEvent.WorkLogged;
import org.itilhis.core.workflow.Workflow;

/**
 * What a {@link Ticket} remembers: its state, the queries callers read it with, its snapshot,
 * its version and the events recorded since it was loaded. State changes only by applying an
 * event, through {@link TicketEvolution} and the appliers at the end of this class, whether
 * the event was just recorded or is replayed from a history. Deciding which events to record
 * (the workflow, the business rules) is {@link Ticket}'s, the only class this one permits.
 * The public queries are part of {@code Ticket}'s public API; this class is package-private
 * so that callers never name it.
 */
abstract sealed class TicketState permits Ticket {
    private final TicketId id;
    private final TicketNumber number;
    private final TicketType type;
    private final TicketDetails details;
    private final Optional<ContactId> origin;
    private final Instant raisedAt;
    private TicketStatus status;
    private PriorityAssessment assessment;
    private Optional<PriorityOverride> override = Optional.empty();
    private GroupId group;
    private Optional<StaffId> engineer = Optional.empty();
    private SupportTier tier = SupportTier.FIRST_LINE;
    private int reassignments;
    private Optional<Instant> respondedAt = Optional.empty();
    private Optional<HoldReason> holdReason = Optional.empty();
    private Optional<Resolution> resolution = Optional.empty();
    private Optional<Instant> resolvedAt = Optional.empty();
    private Optional<Instant> closedAt = Optional.empty();
    private Optional<Satisfaction> satisfaction = Optional.empty();
    private final List<WorkLogEntry> workLog = new ArrayList<>();
    private final List<ContactId> linkedContacts = new ArrayList<>();
    private Instant updatedAt;
    private final AggregateEvents<TicketEvent> events = new AggregateEvents<>();

    /** The state {@code raised} leaves a ticket in: its workflow's initial state, owned by the routed group. */
    TicketState(Raised raised) {
        this.id = raised.ticketId();
        this.number = raised.number();
        this.type = number.type();
        this.details = raised.details();
        this.origin = raised.origin();
        this.raisedAt = raised.occurredAt();
        this.assessment = raised.assessment();
        this.group = raised.group();
        this.updatedAt = raisedAt;
        this.status = TicketWorkflows.of(type).initial();
    }

    /** The state a snapshot holds; {@link Ticket#restore} checks it first. */
    TicketState(TicketSnapshot s) {
        this.id = s.id();
        this.number = s.number();
        this.type = s.type();
        this.details = s.details();
        this.origin = s.origin();
        this.raisedAt = s.raisedAt();
        this.status = s.status();
        this.assessment = s.assessment();
        this.override = s.override();
        this.group = s.group();
        this.engineer = s.engineer();
        this.tier = s.tier();
        this.reassignments = s.reassignments();
        this.respondedAt = s.respondedAt();
        this.holdReason = s.holdReason();
        this.resolution = s.resolution();
        this.resolvedAt = s.resolvedAt();
        this.closedAt = s.closedAt();
        this.satisfaction = s.satisfaction();
        this.workLog.addAll(s.workLog());
        this.linkedContacts.addAll(s.linkedContacts());
        this.updatedAt = s.updatedAt();
        this.events.restoredAt(s.version());
    }

    // ---- queries -------------------------------------------------------------------

    public TicketId id() {
        return id;
    }

    public TicketNumber number() {
        return number;
    }

    public TicketType type() {
        return type;
    }

    public TicketDetails details() {
        return details;
    }

    public TicketStatus status() {
        return status;
    }

    /** The effective priority: the manual override if any, otherwise the assessed one. */
    public Priority priority() {
        return override.map(PriorityOverride::priority).orElse(assessment.priority());
    }

    public PriorityAssessment assessment() {
        return assessment;
    }

    public Optional<PriorityOverride> priorityOverride() {
        return override;
    }

    public boolean isMajorIncident() {
        return assessment.factors().majorIncident();
    }

    /** The owning assignment group; never absent. */
    public GroupId group() {
        return group;
    }

    public Optional<StaffId> engineer() {
        return engineer;
    }

    public SupportTier tier() {
        return tier;
    }

    public int reassignments() {
        return reassignments;
    }

    public Optional<Resolution> resolution() {
        return resolution;
    }

    /** When the ticket was last resolved; empty before resolution and after a reopen. */
    public Optional<Instant> resolvedAt() {
        return resolvedAt;
    }

    public Optional<Satisfaction> satisfaction() {
        return satisfaction;
    }

    public ImmutableList<WorkLogEntry> workLog() {
        return ImmutableList.copyOf(workLog);
    }

    public int minutesLogged() {
        return workLog.stream().mapToInt(WorkLogEntry::minutes).sum();
    }

    public ImmutableList<ContactId> linkedContacts() {
        return ImmutableList.copyOf(linkedContacts);
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public long version() {
        return events.version();
    }

    /** The workflow this ticket follows. */
    public Workflow<TicketStatus, TicketAction, Ticket> workflow() {
        return TicketWorkflows.of(type);
    }

    /** The actions the workflow declares from the current state (guards not evaluated). */
    public ImmutableSet<TicketAction> allowedActions() {
        return workflow().allowedActions(status);
    }

    public TicketSnapshot snapshot() {
        return new TicketSnapshot(id, number, type, details, status, assessment, override, isMajorIncident(), group, engineer,
                tier, reassignments, respondedAt, holdReason, resolution, resolvedAt, closedAt, satisfaction,
                ImmutableList.copyOf(workLog), ImmutableList.copyOf(linkedContacts), origin, raisedAt, updatedAt,
                events.version());
    }

    @Override
    public String toString() {
        return number + " " + status + " " + priority() + " " + group;
    }

    /** Whether {@code contact} is the one the ticket was raised from or one linked to it later. */
    boolean concerns(ContactId contact) {
        return linkedContacts.contains(contact) || origin.equals(Optional.of(contact));
    }

    // ---- events --------------------------------------------------------------------

    /** The events recorded since the ticket was loaded, handed over once. */
    public List<TicketEvent> pullEvents() {
        return events.pull();
    }

    /** The events recorded and not yet pulled; adapters store them with the ticket. */
    public List<TicketEvent> pendingEvents() {
        return events.pending();
    }

    /** The ticket was just raised by {@code raised}, which its constructor applied: pending, version 1. */
    void created(Raised raised) {
        events.created(raised);
    }

    /** Applies an event of the stored history: counted in the version, not pending. */
    void replayed(TicketEvent event) {
        events.replayed(event, this::apply);
    }

    /** Applies a new event and keeps it pending until the application service pulls it. */
    void record(TicketEvent event) {
        checkNotNull(event.actor(), "actor");
        checkNotNull(event.occurredAt(), "at");
        events.recorded(event, this::apply);
    }

    /**
     * The instant an event is recorded at: the node's reading {@code at}, but never before the
     * ticket's last event. Nodes sharing a database may disagree by seconds, and a clock may be
     * stepped back; a history going back in time could not be measured (ADR 0007).
     */
    Instant when(Instant at) {
        checkNotNull(at, "at");
        return at.isBefore(updatedAt) ? updatedAt : at;
    }

    private void apply(TicketEvent event) {
        TicketEvolution.apply(this, event, workflow());
        updatedAt = event.occurredAt();
    }

    // Package-private mutators for TicketEvolution, which applies one event to the state.

    /**
     * Moves to the target {@code workflow} declares for {@code action} from the current status
     * (guards and required fields were checked when the event was recorded); leaving
     * {@code ON_HOLD} forgets the hold reason.
     *
     * @throws IllegalStateException if the workflow declares no such step: a history recorded
     *         under a workflow that allowed it
     */
    void move(Workflow<TicketStatus, TicketAction, Ticket> workflow, TicketAction action) {
        status = workflow.find(status, action).orElseThrow(() -> new IllegalStateException("the " + workflow.name()
                + " workflow declares no " + action + " from " + status + " (ticket " + number + ")")).to();
        if (status != TicketStatus.ON_HOLD) {
            holdReason = Optional.empty();
        }
    }

    void onAssigned(Assigned e) {
        reassignments += e.reassignment() ? 1 : 0;
        group = e.group();
        engineer = e.engineer();
        tier = e.tier();
    }

    void onAccepted(Accepted e) {
        if (engineer.isPresent() && !engineer.get().equals(e.actor())) {
            reassignments++; // another engineer of the group took it over
        }
        engineer = Optional.of(e.actor());
        respondedAt = respondedAt.or(() -> Optional.of(e.occurredAt()));
    }

    void onHold(PutOnHold e) {
        holdReason = Optional.of(e.reason());
    }

    void onEscalated(Escalated e) {
        reassignments++;
        group = e.toGroup();
        engineer = Optional.empty();
        tier = e.toTier();
    }

    void onResolved(Resolved e) {
        resolution = Optional.of(e.resolution());
        resolvedAt = Optional.of(e.occurredAt());
    }

    void onClosed(Closed e) {
        closedAt = Optional.of(e.occurredAt());
    }

    void onReopened() {
        resolution = Optional.empty();
        resolvedAt = Optional.empty();
    }

    void onWorkLogged(WorkLogged e) {
        workLog.add(e.entry());
    }

    void onRated(Rated e) {
        satisfaction = Optional.of(e.satisfaction());
    }

    void onAssessed(PriorityAssessment next, boolean dropOverride) {
        assessment = next;
        if (dropOverride) {
            override = Optional.empty();
        }
    }

    void onOverridden(PriorityOverridden e) {
        override = Optional.of(e.override());
    }

    void onContactLinked(ContactLinked e) {
        linkedContacts.add(e.contactId());
    }
}
