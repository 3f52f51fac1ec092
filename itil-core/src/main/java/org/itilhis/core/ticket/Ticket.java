package org.itilhis.core.ticket;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.itilhis.core.ticket.TicketWorkflows.GROUP;
import static org.itilhis.core.ticket.TicketWorkflows.HOLD_REASON;
import static org.itilhis.core.ticket.TicketWorkflows.MESSAGE;
import static org.itilhis.core.ticket.TicketWorkflows.REASON;
import static org.itilhis.core.ticket.TicketWorkflows.RESOLUTION_CODE;
import static org.itilhis.core.ticket.TicketWorkflows.RESOLUTION_NOTE;
import static org.itilhis.core.ticket.TicketWorkflows.TIER;
import static org.itilhis.core.ticket.TicketWorkflows.present;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.priority.PriorityAssessment;
import org.itilhis.core.priority.PriorityOverride;
import org.itilhis.core.shared.ContactId;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.TicketEvent.Accepted;
import org.itilhis.core.ticket.TicketEvent.Assigned;
import org.itilhis.core.ticket.TicketEvent.CallerUpdated;
import org.itilhis.core.ticket.TicketEvent.Cancelled;
import org.itilhis.core.ticket.TicketEvent.Closed;
import org.itilhis.core.ticket.TicketEvent.ContactLinked;
import org.itilhis.core.ticket.TicketEvent.Escalated;
import org.itilhis.core.ticket.TicketEvent.EscalatedToLead;
import org.itilhis.core.ticket.TicketEvent.MajorIncidentDeclared;
import org.itilhis.core.ticket.TicketEvent.PriorityOverridden;
import org.itilhis.core.ticket.TicketEvent.PutOnHold;
import org.itilhis.core.ticket.TicketEvent.Raised;
import org.itilhis.core.ticket.TicketEvent.Rated;
import org.itilhis.core.ticket.TicketEvent.Reopened;
import org.itilhis.core.ticket.TicketEvent.Reprioritised;
import org.itilhis.core.ticket.TicketEvent.Resolved;
import org.itilhis.core.ticket.TicketEvent.Resumed;
import org.itilhis.core.ticket.TicketEvent.Started;
import org.itilhis.core.ticket.TicketEvent.WorkLogged;

/**
 * An incident or a service request: the unit of work of the service desk.
 *
 * <p>A ticket is raised from what a caller reported, routed to an owning assignment group,
 * prioritised by the hospital's priority policy, dispatched, worked, possibly escalated
 * (functionally up a tier, or hierarchically to the group's lead) and put on hold,
 * resolved with a code and a note, and closed when the caller confirms or the quiet period
 * passes; a resolution that did not hold reopens it. The permitted steps are the data of
 * {@link TicketWorkflows}.
 *
 * <p>Invariants: an open ticket always has an owning group; a resolution always has a code
 * and a note; the effective priority is the manual override if there is one, otherwise the
 * assessed priority; closed and cancelled tickets never change state again. Every
 * successful command records exactly one {@link TicketEvent}; {@link #replay} rebuilds the
 * ticket from them and {@link #version()} counts them.
 */
public final class Ticket extends TicketState {
    private Ticket(Raised raised) {
        super(raised);
    }

    private Ticket(TicketSnapshot snapshot) {
        super(snapshot);
    }

    /**
     * Raises a new ticket in its workflow's initial state (NEW), owned by the group routing chose.
     *
     * @param assessment the priority policy's verdict on the caller's impact and urgency
     * @param routing    why this group: the routing rule that matched, for the audit trail
     */
    public static Ticket raise(TicketId id, TicketNumber number, TicketDetails details, PriorityAssessment assessment,
                               GroupId group, String routing, Optional<ContactId> origin, StaffId actor, Instant at) {
        checkNotNull(details, "details");
        checkNotNull(assessment, "assessment");
        checkNotNull(group, "group");
        checkArgument(number.type() != TicketType.SERVICE_REQUEST || !assessment.factors().majorIncident(),
                "a service request cannot be a major incident");
        Raised raised = new Raised(checkNotNull(id, "id"), checkNotNull(number, "number"), number.type(), details,
                assessment, group, checkNotNull(routing, "routing"), checkNotNull(origin, "origin"),
                checkNotNull(actor, "actor"), checkNotNull(at, "at"));
        Ticket ticket = new Ticket(raised);
        ticket.created(raised);
        return ticket;
    }

    /** Rebuilds a ticket from its complete event history, oldest first. */
    public static Ticket replay(List<? extends TicketEvent> history) {
        checkArgument(!history.isEmpty() && history.get(0) instanceof Raised, "a ticket's history starts with Raised");
        Ticket ticket = new Ticket((Raised) history.get(0));
        for (TicketEvent event : history.subList(1, history.size())) {
            checkArgument(event.ticketId().equals(ticket.id()), "event %s belongs to another ticket", event);
            ticket.replayed(event);
        }
        return ticket;
    }

    /** Restores a stored ticket. Used by adapters only; records no events. */
    public static Ticket restore(TicketSnapshot s) {
        checkNotNull(s, "snapshot");
        checkArgument(s.type() == s.number().type(), "type %s does not match number %s", s.type(), s.number());
        checkArgument(s.major() == s.assessment().factors().majorIncident(),
                "the major flag %s does not match the assessment", s.major());
        checkArgument(s.status() != TicketStatus.RESOLVED || s.resolution().isPresent(), "resolved without resolution");
        checkArgument(s.status() != TicketStatus.RESOLVED || s.resolvedAt().isPresent(), "resolved without resolvedAt");
        return new Ticket(s);
    }

    // ---- commands ------------------------------------------------------------------

    /**
     * Dispatches the ticket to {@code group}, and to {@code engineer} when given, at
     * {@code tier}. Counts as a reassignment when the ticket had been dispatched before and
     * the group or engineer changes.
     *
     * @throws org.itilhis.core.workflow.WorkflowException if the ticket cannot be assigned now
     */
    public void assign(GroupId group, Optional<StaffId> engineer, SupportTier tier, StaffId actor, Instant at) {
        check(TicketAction.ASSIGN, present(GROUP, group, TIER, tier));
        checkNotNull(engineer, "engineer");
        boolean reassignment = status() != TicketStatus.NEW && (!group.equals(group()) || !engineer.equals(engineer()));
        record(new Assigned(id(), group, engineer, tier, reassignment, actor, when(at)));
    }

    /**
     * The engineer {@code actor} takes the ticket; the first acceptance is the response.
     * Taking over a ticket another engineer holds counts as a reassignment.
     */
    public void accept(StaffId actor, Instant at) {
        check(TicketAction.ACCEPT, Set.of());
        record(new Accepted(id(), actor, when(at)));
    }

    public void start(StaffId actor, Instant at) {
        check(TicketAction.START, Set.of());
        record(new Started(id(), actor, when(at)));
    }

    /** Puts work on hold for {@code reason} ({@code null} is refused as a missing field). */
    public void hold(HoldReason reason, String note, StaffId actor, Instant at) {
        check(TicketAction.HOLD, present(HOLD_REASON, reason));
        record(new PutOnHold(id(), reason, note == null ? "" : note.strip(), actor, when(at)));
    }

    public void resume(StaffId actor, Instant at) {
        check(TicketAction.RESUME, Set.of());
        record(new Resumed(id(), actor, when(at)));
    }

    /**
     * Functional escalation: hands the ticket to {@code toGroup} at the next support tier.
     *
     * @throws org.itilhis.core.workflow.GuardFailedException if the ticket is already with the vendor
     */
    public void escalate(GroupId toGroup, String reason, StaffId actor, Instant at) {
        check(TicketAction.ESCALATE, present(GROUP, toGroup, REASON, reason));
        SupportTier next = tier().next().orElseThrow();
        record(new Escalated(id(), tier(), next, toGroup, reason.strip(), actor, when(at)));
    }

    /** Hierarchical escalation: the owning group's lead is to be told; nothing else changes. */
    public void escalateToLead(String reason, StaffId actor, Instant at) {
        check(TicketAction.ESCALATE_TO_LEAD, present(REASON, reason));
        record(new EscalatedToLead(id(), group(), reason.strip(), actor, when(at)));
    }

    /** Keeps the caller in the loop with {@code message}; a blank message is refused as a missing field. */
    public void updateCaller(String message, StaffId actor, Instant at) {
        check(TicketAction.UPDATE_CALLER, present(MESSAGE, message));
        record(new CallerUpdated(id(), message.strip(), actor, when(at)));
    }

    /** Resolves with a code and a note; either missing is refused as a missing field. */
    public void resolve(ResolutionCode code, String note, StaffId actor, Instant at) {
        check(TicketAction.RESOLVE, present(RESOLUTION_CODE, code, RESOLUTION_NOTE, note));
        record(new Resolved(id(), Resolution.of(code, note), actor, when(at)));
    }

    /** The caller confirms the resolution; the ticket closes. */
    public void confirm(StaffId actor, Instant at) {
        check(TicketAction.CONFIRM, Set.of());
        record(new Closed(id(), false, actor, when(at)));
    }

    /**
     * Closes a resolved ticket whose caller said nothing for {@code quietPeriod}.
     *
     * @throws QuietPeriodNotElapsedException if the quiet period has not passed yet
     */
    public void closeAfterQuietPeriod(Duration quietPeriod, StaffId actor, Instant at) {
        check(TicketAction.CLOSE, Set.of());
        Instant due = resolvedAt().orElseThrow().plus(quietPeriod);
        if (at.isBefore(due)) {
            throw new QuietPeriodNotElapsedException(number(), due);
        }
        record(new Closed(id(), true, actor, when(at)));
    }

    public void reopen(String reason, StaffId actor, Instant at) {
        check(TicketAction.REOPEN, present(REASON, reason));
        record(new Reopened(id(), reason.strip(), actor, when(at)));
    }

    public void cancel(String reason, StaffId actor, Instant at) {
        check(TicketAction.CANCEL, present(REASON, reason));
        record(new Cancelled(id(), reason.strip(), actor, when(at)));
    }

    /**
     * Records time spent, as an internal note.
     *
     * @throws TicketClosedException if the ticket is closed or cancelled
     */
    public void addWorkLog(int minutes, String note, StaffId actor, Instant at) {
        addWorkLog(minutes, note, false, actor, at);
    }

    /**
     * Records time spent; {@code forCaller} marks the note as one the caller may read.
     *
     * @throws TicketClosedException if the ticket is closed or cancelled
     */
    public void addWorkLog(int minutes, String note, boolean forCaller, StaffId actor, Instant at) {
        requireNotTerminal();
        record(new WorkLogged(id(), new WorkLogEntry(actor, minutes, note, forCaller, when(at)), actor, when(at)));
    }

    /**
     * The caller rates the service once the ticket is closed.
     *
     * @throws RatingNotAllowedException if the ticket is not closed or was rated already
     */
    public void rate(Satisfaction rating, StaffId actor, Instant at) {
        checkNotNull(rating, "rating");
        if (status() != TicketStatus.CLOSED || satisfaction().isPresent()) {
            throw new RatingNotAllowedException(number(), status(), satisfaction().isPresent());
        }
        record(new Rated(id(), rating, actor, when(at)));
    }

    /** Replaces the assessment after impact, urgency or criticality was corrected. */
    public void reprioritise(PriorityAssessment corrected, String reason, StaffId actor, Instant at) {
        requireNotTerminal();
        checkNotNull(corrected, "corrected");
        checkArgument(corrected.factors().majorIncident() == isMajorIncident(),
                "use declareMajorIncident to change the major flag");
        checkArgument(reason != null && !reason.isBlank(), "reason is blank");
        record(new Reprioritised(id(), corrected, reason.strip(), actor, when(at)));
    }

    /**
     * Sets the priority by hand; the override and its reason are recorded.
     *
     * @throws MajorIncidentPriorityException if the ticket is a major incident and the override is not the top priority
     */
    public void overridePriority(PriorityOverride manual, StaffId actor, Instant at) {
        requireNotTerminal();
        checkNotNull(manual, "manual");
        if (isMajorIncident() && manual.priority() != Priority.highest()) {
            throw new MajorIncidentPriorityException(number(), manual.priority());
        }
        record(new PriorityOverridden(id(), manual, actor, when(at)));
    }

    /**
     * Declares a major incident (or a patient-safety case): the assessment must carry the
     * major flag, which forces the top priority; a manual override is dropped.
     *
     * @throws NotAnIncidentException for a service request
     */
    public void declareMajorIncident(PriorityAssessment withMajorFlag, String reason, StaffId actor, Instant at) {
        requireNotTerminal();
        if (type() != TicketType.INCIDENT) {
            throw new NotAnIncidentException(number());
        }
        checkArgument(withMajorFlag.factors().majorIncident(), "the assessment does not carry the major flag");
        checkArgument(reason != null && !reason.isBlank(), "reason is blank");
        record(new MajorIncidentDeclared(id(), withMajorFlag, reason.strip(), actor, when(at)));
    }

    /** Links another contact about the same outage; linking the same contact twice changes nothing. */
    public void linkContact(ContactId contact, StaffId actor, Instant at) {
        requireNotTerminal();
        checkNotNull(contact, "contact");
        if (!concerns(contact)) {
            record(new ContactLinked(id(), contact, actor, when(at)));
        }
    }

    // ---- internals -----------------------------------------------------------------

    private void check(TicketAction action, Set<String> presentFields) {
        workflow().check(status(), action, this, presentFields);
    }

    private void requireNotTerminal() {
        if (status().isTerminal()) {
            throw new TicketClosedException(number(), status());
        }
    }
}
