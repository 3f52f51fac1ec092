package org.itilhis.core.problem;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.itilhis.core.problem.ProblemWorkflows.ANSWER;
import static org.itilhis.core.problem.ProblemWorkflows.APPLIED_TO;
import static org.itilhis.core.problem.ProblemWorkflows.CAUSE_CATEGORY;
import static org.itilhis.core.problem.ProblemWorkflows.PERMANENT_FIX;
import static org.itilhis.core.problem.ProblemWorkflows.QUESTION;
import static org.itilhis.core.problem.ProblemWorkflows.REASON;
import static org.itilhis.core.problem.ProblemWorkflows.RESOLUTION_NOTE;
import static org.itilhis.core.problem.ProblemWorkflows.ROOT_CAUSE;
import static org.itilhis.core.problem.ProblemWorkflows.WORKAROUND;
import static org.itilhis.core.problem.ProblemWorkflows.present;

import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.priority.PriorityAssessment;
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
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.TicketId;

/**
 * A problem: the cause, unknown at first, of one or more incidents.
 *
 * <p>A problem manager logs it with the incidents that revealed it (or proactively), a
 * priority from the same policy as incidents, and the configuration items it affects; the
 * owning group investigates, recording the analysis step by step, states the root cause
 * with its {@link CauseCategory}, records a workaround and publishes the problem as a known
 * error so the service desk can apply the workaround (each use counted), records the
 * permanent fix, resolves the problem, and closes it once the fix held. The permitted steps
 * and what each needs are the data of {@link ProblemWorkflows}.
 *
 * <p>Invariants: an incident is linked at most once; a known error always has a workaround
 * and a resolved problem a permanent fix; closed and cancelled problems never change again.
 * Every successful command records exactly one {@link ProblemEvent}, except a change that
 * changes nothing (an item already affected, the same owner again), which records none;
 * {@link #replay} rebuilds the problem from its events and {@link #version()} counts them.
 * Refusing linked incidents that are cancelled, and resolving the open linked incidents when
 * the problem is resolved, are the application service's: it knows the tickets.
 */
public final class Problem extends ProblemState {
    private Problem(Logged logged) {
        super(logged);
    }

    private Problem(ProblemSnapshot snapshot) {
        super(snapshot);
    }

    /** Logs a new problem, in its workflow's initial state (LOGGED). */
    public static Problem log(ProblemId id, ProblemNumber number, ProblemDetails details, PriorityAssessment assessment,
                              StaffId manager, GroupId group, Iterable<CiId> affectedCis, StaffId actor, Instant at) {
        Logged logged = new Logged(checkNotNull(id, "id"), checkNotNull(number, "number"),
                checkNotNull(details, "details"), checkNotNull(assessment, "assessment"),
                checkNotNull(manager, "manager"), checkNotNull(group, "group"), ImmutableSet.copyOf(affectedCis),
                checkNotNull(actor, "actor"), checkNotNull(at, "at"));
        Problem problem = new Problem(logged);
        problem.created(logged);
        return problem;
    }

    /** Rebuilds a problem from its complete event history, oldest first. */
    public static Problem replay(List<? extends ProblemEvent> history) {
        checkArgument(!history.isEmpty() && history.get(0) instanceof Logged, "a problem's history starts with Logged");
        Problem problem = new Problem((Logged) history.get(0));
        for (ProblemEvent event : history.subList(1, history.size())) {
            checkArgument(event.problemId().equals(problem.id()), "event %s belongs to another problem", event);
            problem.replayed(event);
        }
        return problem;
    }

    /** Restores a stored problem. Used by adapters only; records no events. */
    public static Problem restore(ProblemSnapshot s) {
        checkNotNull(s, "snapshot");
        ProblemStatus status = s.summary().status();
        RootCauseAnalysis analysis = s.analysis();
        checkArgument(status != ProblemStatus.KNOWN_ERROR || analysis.workaround().isPresent(),
                "a known error without a workaround");
        checkArgument(status == ProblemStatus.LOGGED || status == ProblemStatus.UNDER_INVESTIGATION
                || status == ProblemStatus.CANCELLED || analysis.rootCause().isPresent(), "%s without a root cause",
                status);
        checkArgument((status == ProblemStatus.RESOLVED || status == ProblemStatus.CLOSED)
                == s.summary().resolution().isPresent(), "%s with resolution %s", status, s.summary().resolution());
        return new Problem(s);
    }

    // ---- the workflow ---------------------------------------------------------------

    public void investigate(StaffId actor, Instant at) {
        take(ProblemAction.INVESTIGATE, Set.of());
        record(new InvestigationStarted(id(), actor, when(at)));
    }

    /**
     * Appends one step of the analysis; a blank question or answer is refused as a missing field.
     *
     * @throws org.itilhis.core.workflow.WorkflowException if the problem is not being analysed
     */
    public void addAnalysisStep(String question, String answer, StaffId actor, Instant at) {
        take(ProblemAction.ADD_ANALYSIS_STEP, present(QUESTION, question, ANSWER, answer));
        record(new AnalysisStepAdded(id(), AnalysisStep.of(question, answer), actor, when(at)));
    }

    /**
     * States the root cause (again, to revise it); the problem's cause is then known. Without
     * a category or a statement the step is refused as a missing field.
     */
    public void identifyRootCause(CauseCategory category, String statement, StaffId actor, Instant at) {
        take(ProblemAction.IDENTIFY_ROOT_CAUSE, present(CAUSE_CATEGORY, category, ROOT_CAUSE, statement));
        record(new RootCauseIdentified(id(), RootCause.of(category, statement), actor, when(at)));
    }

    /** Records or revises the workaround; refused before the root cause is known. */
    public void recordWorkaround(String workaround, StaffId actor, Instant at) {
        take(ProblemAction.RECORD_WORKAROUND, present(WORKAROUND, workaround));
        record(new WorkaroundRecorded(id(), text(workaround, "workaround"), actor, when(at)));
    }

    /**
     * Publishes the problem as a known error: the desk sees it with its workaround.
     *
     * @throws org.itilhis.core.workflow.GuardFailedException if no workaround is recorded
     */
    public void publishKnownError(StaffId actor, Instant at) {
        take(ProblemAction.PUBLISH_KNOWN_ERROR, Set.of());
        record(new KnownErrorPublished(id(), actor, when(at)));
    }

    /** The desk applied the known error's workaround to {@code appliedTo}: one more use. */
    public void applyWorkaround(DeskCase appliedTo, StaffId actor, Instant at) {
        take(ProblemAction.APPLY_WORKAROUND, present(APPLIED_TO, appliedTo));
        record(new WorkaroundApplied(id(), appliedTo, actor, when(at)));
    }

    /** Records or revises the permanent fix; refused before the root cause is known. */
    public void recordPermanentFix(String permanentFix, StaffId actor, Instant at) {
        take(ProblemAction.RECORD_PERMANENT_FIX, present(PERMANENT_FIX, permanentFix));
        record(new PermanentFixRecorded(id(), text(permanentFix, "permanentFix"), actor, when(at)));
    }

    /**
     * Resolves the problem, saying what was done. The event names the incidents linked now,
     * which the application service offers to resolve, each with its own ticket event.
     *
     * @throws org.itilhis.core.workflow.GuardFailedException if no permanent fix is recorded
     */
    public void resolve(String note, StaffId actor, Instant at) {
        take(ProblemAction.RESOLVE, present(RESOLUTION_NOTE, note));
        record(new Resolved(id(), text(note, "note"), linkedIncidents(), actor, when(at)));
    }

    /** The fix held: the problem closes for good. */
    public void close(StaffId actor, Instant at) {
        take(ProblemAction.CLOSE, Set.of());
        record(new Closed(id(), actor, when(at)));
    }

    /** The fix did not hold: back under investigation, the fix and the resolution forgotten. */
    public void reopen(String reason, StaffId actor, Instant at) {
        take(ProblemAction.REOPEN, present(REASON, reason));
        record(new Reopened(id(), text(reason, "reason"), actor, when(at)));
    }

    public void cancel(String reason, StaffId actor, Instant at) {
        take(ProblemAction.CANCEL, present(REASON, reason));
        record(new Cancelled(id(), text(reason, "reason"), actor, when(at)));
    }

    // ---- links, owners, priority -----------------------------------------------------

    /**
     * Links an incident this problem explains.
     *
     * @throws IncidentAlreadyLinkedException if it is linked already
     * @throws ProblemClosedException         if the problem is closed or cancelled
     */
    public void linkIncident(TicketId incident, StaffId actor, Instant at) {
        checkNotNull(incident, "incident");
        requireNotTerminal();
        if (isLinked(incident)) {
            throw new IncidentAlreadyLinkedException(number(), incident);
        }
        record(new IncidentLinked(id(), incident, actor, when(at)));
    }

    /**
     * Unlinks an incident linked by mistake or found to have another cause.
     *
     * @throws IncidentNotLinkedException if it is not linked
     * @throws ProblemClosedException     if the problem is closed or cancelled
     */
    public void unlinkIncident(TicketId incident, StaffId actor, Instant at) {
        checkNotNull(incident, "incident");
        requireNotTerminal();
        if (!isLinked(incident)) {
            throw new IncidentNotLinkedException(number(), incident);
        }
        record(new IncidentUnlinked(id(), incident, actor, when(at)));
    }

    /** Adds an affected configuration item; whether it was new (adding twice records it once). */
    public boolean addAffectedCi(CiId ci, StaffId actor, Instant at) {
        checkNotNull(ci, "ci");
        requireNotTerminal();
        if (affectedCis().contains(ci)) {
            return false;
        }
        record(new AffectedCiAdded(id(), ci, actor, when(at)));
        return true;
    }

    /** Removes an affected configuration item; whether it was there. */
    public boolean removeAffectedCi(CiId ci, StaffId actor, Instant at) {
        checkNotNull(ci, "ci");
        requireNotTerminal();
        if (!affectedCis().contains(ci)) {
            return false;
        }
        record(new AffectedCiRemoved(id(), ci, actor, when(at)));
        return true;
    }

    /** Hands the problem to another manager or group; whether anything changed. */
    public boolean reassign(StaffId newManager, GroupId newGroup, StaffId actor, Instant at) {
        checkNotNull(newManager, "newManager");
        checkNotNull(newGroup, "newGroup");
        requireNotTerminal();
        if (newManager.equals(manager()) && newGroup.equals(group())) {
            return false;
        }
        record(new Reassigned(id(), newManager, newGroup, actor, when(at)));
        return true;
    }

    /** Replaces the assessment after impact, urgency or criticality was corrected. */
    public void reprioritise(PriorityAssessment corrected, String reason, StaffId actor, Instant at) {
        checkNotNull(corrected, "corrected");
        String why = text(reason, "reason");
        requireNotTerminal();
        record(new Reprioritised(id(), corrected, why, actor, when(at)));
    }

    // ---- internals -----------------------------------------------------------------

    private void take(ProblemAction action, Set<String> presentFields) {
        ProblemWorkflows.PROBLEM.check(status(), action, this, presentFields);
    }

    private void requireNotTerminal() {
        if (status().isTerminal()) {
            throw new ProblemClosedException(number(), status());
        }
    }

    private static String text(String value, String name) {
        return RootCause.text(value, name, RootCauseAnalysis.MAX_TEXT);
    }
}
