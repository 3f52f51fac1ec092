package org.itilhis.core.ticket;

import com.google.common.base.CaseFormat;
import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.priority.PriorityAssessment;
import org.itilhis.core.priority.PriorityOverride;
import org.itilhis.core.shared.ContactId;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;

/**
 * Everything that can happen to a ticket. Each successful command records exactly one
 * event; applying a ticket's events in order rebuilds it ({@link Ticket#replay}). Events
 * carry identities and values only.
 */
public sealed interface TicketEvent extends DomainEvent {
    TicketId ticketId();

    @Override
    default String aggregateId() {
        return ticketId().toString();
    }

    @Override
    default String type() {
        return "ticket." + CaseFormat.UPPER_CAMEL.to(CaseFormat.LOWER_HYPHEN, getClass().getSimpleName());
    }

    /** Calls {@code visitor}'s method for this event's type: dispatch whose completeness the compiler checks. */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per ticket event. A class that handles ticket events implements every method,
     * so a new event does not compile until each handler says what it does with it (nothing,
     * often, but said). Used instead of a type switch while Java 17 is the baseline.
     *
     * @param <R> what handling an event gives ({@code Void} for none)
     */
    interface Visitor<R> {
        R raised(Raised e);

        R assigned(Assigned e);

        R accepted(Accepted e);

        R started(Started e);

        R putOnHold(PutOnHold e);

        R resumed(Resumed e);

        R escalated(Escalated e);

        R escalatedToLead(EscalatedToLead e);

        R resolved(Resolved e);

        R closed(Closed e);

        R reopened(Reopened e);

        R cancelled(Cancelled e);

        R callerUpdated(CallerUpdated e);

        R workLogged(WorkLogged e);

        R rated(Rated e);

        R reprioritised(Reprioritised e);

        R priorityOverridden(PriorityOverridden e);

        R majorIncidentDeclared(MajorIncidentDeclared e);

        R contactLinked(ContactLinked e);
    }

    /** Logged and routed: the ticket exists, owned by {@code group}, in state NEW. */
    record Raised(TicketId ticketId, TicketNumber number, TicketType ticketType, TicketDetails details,
                  PriorityAssessment assessment, GroupId group, String routing, Optional<ContactId> origin,
                  StaffId actor, Instant occurredAt) implements TicketEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.raised(this);
        }
    }

    /** Dispatched to a group (and possibly an engineer) at a tier; {@code reassignment} when it had been dispatched before. */
    record Assigned(TicketId ticketId, GroupId group, Optional<StaffId> engineer, SupportTier tier,
                    boolean reassignment, StaffId actor, Instant occurredAt) implements TicketEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.assigned(this);
        }
    }

    /** The engineer {@code actor} took the ticket: the first response. */
    record Accepted(TicketId ticketId, StaffId actor, Instant occurredAt) implements TicketEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.accepted(this);
        }
    }

    record Started(TicketId ticketId, StaffId actor, Instant occurredAt) implements TicketEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.started(this);
        }
    }

    record PutOnHold(TicketId ticketId, HoldReason reason, String note, StaffId actor, Instant occurredAt)
            implements TicketEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.putOnHold(this);
        }
    }

    record Resumed(TicketId ticketId, StaffId actor, Instant occurredAt) implements TicketEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.resumed(this);
        }
    }

    /** Functional escalation to a group of the next tier. */
    record Escalated(TicketId ticketId, SupportTier fromTier, SupportTier toTier, GroupId toGroup, String reason,
                     StaffId actor, Instant occurredAt) implements TicketEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.escalated(this);
        }
    }

    /** Hierarchical escalation: the lead of {@code group} is to be told. */
    record EscalatedToLead(TicketId ticketId, GroupId group, String reason, StaffId actor, Instant occurredAt)
            implements TicketEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.escalatedToLead(this);
        }
    }

    record Resolved(TicketId ticketId, Resolution resolution, StaffId actor, Instant occurredAt)
            implements TicketEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.resolved(this);
        }
    }

    /** Closed: confirmed by the caller, or after the quiet period ({@code automatically}). */
    record Closed(TicketId ticketId, boolean automatically, StaffId actor, Instant occurredAt) implements TicketEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.closed(this);
        }
    }

    record Reopened(TicketId ticketId, String reason, StaffId actor, Instant occurredAt) implements TicketEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.reopened(this);
        }
    }

    record Cancelled(TicketId ticketId, String reason, StaffId actor, Instant occurredAt) implements TicketEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.cancelled(this);
        }
    }

    /** The caller was told where their ticket stands: restarts the keep-in-loop clock. */
    record CallerUpdated(TicketId ticketId, String message, StaffId actor, Instant occurredAt) implements TicketEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.callerUpdated(this);
        }
    }

    record WorkLogged(TicketId ticketId, WorkLogEntry entry, StaffId actor, Instant occurredAt) implements TicketEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.workLogged(this);
        }
    }

    record Rated(TicketId ticketId, Satisfaction satisfaction, StaffId actor, Instant occurredAt) implements TicketEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.rated(this);
        }
    }

    /** Impact, urgency or criticality was corrected and the matrix re-applied. */
    record Reprioritised(TicketId ticketId, PriorityAssessment assessment, String reason, StaffId actor,
                         Instant occurredAt) implements TicketEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.reprioritised(this);
        }
    }

    /** A group lead set the priority by hand, with a reason. */
    record PriorityOverridden(TicketId ticketId, PriorityOverride override, StaffId actor, Instant occurredAt)
            implements TicketEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.priorityOverridden(this);
        }
    }

    /** Declared a major incident (or a patient-safety case): the top priority is forced. */
    record MajorIncidentDeclared(TicketId ticketId, PriorityAssessment assessment, String reason, StaffId actor,
                                 Instant occurredAt) implements TicketEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.majorIncidentDeclared(this);
        }
    }

    /** Another contact about the same outage was linked to this ticket. */
    record ContactLinked(TicketId ticketId, ContactId contactId, StaffId actor, Instant occurredAt)
            implements TicketEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.contactLinked(this);
        }
    }
}
