package org.itilhis.core.change;

import com.google.common.base.CaseFormat;
import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.problem.ProblemId;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.StaffId;

/**
 * Everything that can happen to a change. Each successful command records one event, except
 * a vote that decides, which records the {@link VoteCast} and then the {@link CabDecided}, and a
 * link made twice, which records none; applying a change's events in order rebuilds it
 * ({@link Change#replay}). Events carry identities and values only (a board's approval is the
 * {@link CabApproval} value, with the board as it was).
 */
public sealed interface ChangeEvent extends DomainEvent {
    ChangeId changeId();

    @Override
    default String aggregateId() {
        return changeId().toString();
    }

    @Override
    default String type() {
        return "change." + CaseFormat.UPPER_CAMEL.to(CaseFormat.LOWER_HYPHEN, getClass().getSimpleName());
    }

    /** Calls {@code visitor}'s method for this event's type: dispatch whose completeness the compiler checks. */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per change event: a new event does not compile until every handler says what
     * it does with it.
     *
     * @param <R> what handling an event gives ({@code Void} for none)
     */
    interface Visitor<R> {
        R raised(Raised e);

        R plansRevised(PlansRevised e);

        R submitted(Submitted e);

        R standardSubmitted(StandardSubmitted e);

        R assessed(Assessed e);

        R approvalRequested(ApprovalRequested e);

        R voteCast(VoteCast e);

        R cabDecided(CabDecided e);

        R scheduled(Scheduled e);

        R implementationStarted(ImplementationStarted e);

        R implemented(Implemented e);

        R failed(Failed e);

        R backedOut(BackedOut e);

        R reviewed(Reviewed e);

        R closed(Closed e);

        R cancelled(Cancelled e);

        R problemLinked(ProblemLinked e);

        R incidentLinked(IncidentLinked e);
    }

    /** Raised, in DRAFT. A standard change carries its template (checked against the touched items and the window when raised). */
    record Raised(ChangeId changeId, ChangeNumber number, ChangeModel model, ChangeRequest request,
                  Optional<ChangeTemplate> template, StaffId actor, Instant occurredAt) implements ChangeEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.raised(this);
        }
    }

    /** The draft's plans were revised. */
    record PlansRevised(ChangeId changeId, ChangePlans plans, StaffId actor, Instant occurredAt)
            implements ChangeEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.plansRevised(this);
        }
    }

    /** A normal or emergency change handed over for assessment. */
    record Submitted(ChangeId changeId, StaffId actor, Instant occurredAt) implements ChangeEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.submitted(this);
        }
    }

    /** A standard change submitted: approved by its template, with the template's risk. */
    record StandardSubmitted(ChangeId changeId, StaffId actor, Instant occurredAt) implements ChangeEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.standardSubmitted(this);
        }
    }

    /** The risk was assessed, or assessed again. */
    record Assessed(ChangeId changeId, RiskAssessment risk, StaffId actor, Instant occurredAt) implements ChangeEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.assessed(this);
        }
    }

    /** Put before a board: the approval as opened (board snapshot and rule, no votes). */
    record ApprovalRequested(ChangeId changeId, CabApproval approval, StaffId actor, Instant occurredAt)
            implements ChangeEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.approvalRequested(this);
        }
    }

    /** One member's vote; the actor is the member, or the chair recording a vote given in the meeting. */
    record VoteCast(ChangeId changeId, Vote vote, StaffId actor, Instant occurredAt) implements ChangeEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.voteCast(this);
        }
    }

    /** The board's decision, taken by the vote just cast: recorded right after that vote's event. */
    record CabDecided(ChangeId changeId, CabDecision decision, StaffId actor, Instant occurredAt)
            implements ChangeEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.cabDecided(this);
        }
    }

    /** Given (or moved to) a window; an emergency change may carry why it overrides a schedule conflict. */
    record Scheduled(ChangeId changeId, PlannedWindow window, Optional<String> conflictOverride, StaffId actor, Instant occurredAt)
            implements ChangeEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.scheduled(this);
        }
    }

    /** The work started. */
    record ImplementationStarted(ChangeId changeId, StaffId actor, Instant occurredAt) implements ChangeEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.implementationStarted(this);
        }
    }

    /** The work is done and tested. */
    record Implemented(ChangeId changeId, StaffId actor, Instant occurredAt) implements ChangeEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.implemented(this);
        }
    }

    /** The work failed; whether the backout plan ran. */
    record Failed(ChangeId changeId, String reason, boolean backoutRan, StaffId actor, Instant occurredAt)
            implements ChangeEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.failed(this);
        }
    }

    /** The work was undone by the backout plan. */
    record BackedOut(ChangeId changeId, String reason, StaffId actor, Instant occurredAt) implements ChangeEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.backedOut(this);
        }
    }

    /** The post-implementation review was recorded, or revised. */
    record Reviewed(ChangeId changeId, PostImplementationReview review, StaffId actor, Instant occurredAt)
            implements ChangeEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.reviewed(this);
        }
    }

    /** Reviewed and done. */
    record Closed(ChangeId changeId, StaffId actor, Instant occurredAt) implements ChangeEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.closed(this);
        }
    }

    /** Withdrawn before the work started. */
    record Cancelled(ChangeId changeId, String reason, StaffId actor, Instant occurredAt) implements ChangeEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.cancelled(this);
        }
    }

    /** A problem whose permanent fix this change is. */
    record ProblemLinked(ChangeId changeId, ProblemId problemId, StaffId actor, Instant occurredAt)
            implements ChangeEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.problemLinked(this);
        }
    }

    /** An incident the change caused or resolves. */
    record IncidentLinked(ChangeId changeId, IncidentLink link, StaffId actor, Instant occurredAt)
            implements ChangeEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.incidentLinked(this);
        }
    }
}
