package org.itilhis.core.problem;

import com.google.common.base.CaseFormat;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.priority.PriorityAssessment;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.TicketId;

/**
 * Everything that can happen to a problem. Each successful command records exactly one
 * event (a command that would change nothing records none); applying a problem's events in
 * order rebuilds it ({@link Problem#replay}). Events carry identities and values only, so
 * counts such as a known error's times used or a problem's linked incidents can be derived
 * from the event log alone.
 */
public sealed interface ProblemEvent extends DomainEvent {
    ProblemId problemId();

    @Override
    default String aggregateId() {
        return problemId().toString();
    }

    @Override
    default String type() {
        return "problem." + CaseFormat.UPPER_CAMEL.to(CaseFormat.LOWER_HYPHEN, getClass().getSimpleName());
    }

    /** Calls {@code visitor}'s method for this event's type: dispatch whose completeness the compiler checks. */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per problem event: a new event does not compile until every handler says
     * what it does with it.
     *
     * @param <R> what handling an event gives ({@code Void} for none)
     */
    interface Visitor<R> {
        R logged(Logged e);

        R investigationStarted(InvestigationStarted e);

        R analysisStepAdded(AnalysisStepAdded e);

        R rootCauseIdentified(RootCauseIdentified e);

        R workaroundRecorded(WorkaroundRecorded e);

        R knownErrorPublished(KnownErrorPublished e);

        R workaroundApplied(WorkaroundApplied e);

        R permanentFixRecorded(PermanentFixRecorded e);

        R resolved(Resolved e);

        R closed(Closed e);

        R reopened(Reopened e);

        R cancelled(Cancelled e);

        R incidentLinked(IncidentLinked e);

        R incidentUnlinked(IncidentUnlinked e);

        R affectedCiAdded(AffectedCiAdded e);

        R affectedCiRemoved(AffectedCiRemoved e);

        R reassigned(Reassigned e);

        R reprioritised(Reprioritised e);
    }

    /** Logged by the problem manager's side: the problem exists, in state LOGGED. */
    record Logged(ProblemId problemId, ProblemNumber number, ProblemDetails details, PriorityAssessment assessment,
                  StaffId manager, GroupId group, ImmutableSet<CiId> affectedCis, StaffId actor, Instant occurredAt)
            implements ProblemEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.logged(this);
        }
    }

    record InvestigationStarted(ProblemId problemId, StaffId actor, Instant occurredAt) implements ProblemEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.investigationStarted(this);
        }
    }

    /** One more step of the analysis, appended to the others. */
    record AnalysisStepAdded(ProblemId problemId, AnalysisStep step, StaffId actor, Instant occurredAt)
            implements ProblemEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.analysisStepAdded(this);
        }
    }

    /** The root cause was identified, or revised. */
    record RootCauseIdentified(ProblemId problemId, RootCause rootCause, StaffId actor, Instant occurredAt)
            implements ProblemEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.rootCauseIdentified(this);
        }
    }

    /** The workaround was recorded, or revised. */
    record WorkaroundRecorded(ProblemId problemId, String workaround, StaffId actor, Instant occurredAt)
            implements ProblemEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.workaroundRecorded(this);
        }
    }

    /** Published as a known error: visible to the desk with its workaround. */
    record KnownErrorPublished(ProblemId problemId, StaffId actor, Instant occurredAt) implements ProblemEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.knownErrorPublished(this);
        }
    }

    /** The desk applied the known error's workaround to a contact or a ticket: one use. */
    record WorkaroundApplied(ProblemId problemId, DeskCase appliedTo, StaffId actor, Instant occurredAt)
            implements ProblemEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.workaroundApplied(this);
        }
    }

    /** The permanent fix was recorded, or revised. */
    record PermanentFixRecorded(ProblemId problemId, String permanentFix, StaffId actor, Instant occurredAt)
            implements ProblemEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.permanentFixRecorded(this);
        }
    }

    /**
     * Resolved; {@code linkedIncidents} are the incidents linked at that moment, which the service layer offers
     * to resolve.
     */
    record Resolved(ProblemId problemId, String note, ImmutableSet<TicketId> linkedIncidents, StaffId actor,
                    Instant occurredAt)
            implements ProblemEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.resolved(this);
        }
    }

    /** The fix held. */
    record Closed(ProblemId problemId, StaffId actor, Instant occurredAt) implements ProblemEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.closed(this);
        }
    }

    /** The fix did not hold: back under investigation, the fix and the resolution forgotten. */
    record Reopened(ProblemId problemId, String reason, StaffId actor, Instant occurredAt) implements ProblemEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.reopened(this);
        }
    }

    record Cancelled(ProblemId problemId, String reason, StaffId actor, Instant occurredAt) implements ProblemEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.cancelled(this);
        }
    }

    /** An incident this problem explains. */
    record IncidentLinked(ProblemId problemId, TicketId incidentId, StaffId actor, Instant occurredAt)
            implements ProblemEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.incidentLinked(this);
        }
    }

    /** An incident linked by mistake, or found to have another cause. */
    record IncidentUnlinked(ProblemId problemId, TicketId incidentId, StaffId actor, Instant occurredAt)
            implements ProblemEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.incidentUnlinked(this);
        }
    }

    record AffectedCiAdded(ProblemId problemId, CiId ciId, StaffId actor, Instant occurredAt) implements ProblemEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.affectedCiAdded(this);
        }
    }

    record AffectedCiRemoved(ProblemId problemId, CiId ciId, StaffId actor, Instant occurredAt)
            implements ProblemEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.affectedCiRemoved(this);
        }
    }

    /** Another problem manager or owning group. */
    record Reassigned(ProblemId problemId, StaffId manager, GroupId group, StaffId actor, Instant occurredAt)
            implements ProblemEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.reassigned(this);
        }
    }

    /** Impact, urgency or criticality was corrected and the policy re-applied. */
    record Reprioritised(ProblemId problemId, PriorityAssessment assessment, String reason, StaffId actor,
                         Instant occurredAt)
            implements ProblemEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.reprioritised(this);
        }
    }
}
