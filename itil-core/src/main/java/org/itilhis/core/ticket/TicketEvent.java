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

    /** Logged and routed: the ticket exists, owned by {@code group}, in state NEW. */
    record Raised(TicketId ticketId, TicketNumber number, TicketType ticketType, TicketDetails details,
                  PriorityAssessment assessment, GroupId group, String routing, Optional<ContactId> origin,
                  StaffId actor, Instant occurredAt) implements TicketEvent {}

    /** Dispatched to a group (and possibly an engineer) at a tier; {@code reassignment} when it had been dispatched before. */
    record Assigned(TicketId ticketId, GroupId group, Optional<StaffId> engineer, SupportTier tier,
                    boolean reassignment, StaffId actor, Instant occurredAt) implements TicketEvent {}

    /** The engineer {@code actor} took the ticket: the first response. */
    record Accepted(TicketId ticketId, StaffId actor, Instant occurredAt) implements TicketEvent {}

    record Started(TicketId ticketId, StaffId actor, Instant occurredAt) implements TicketEvent {}

    record PutOnHold(TicketId ticketId, HoldReason reason, String note, StaffId actor, Instant occurredAt)
            implements TicketEvent {}

    record Resumed(TicketId ticketId, StaffId actor, Instant occurredAt) implements TicketEvent {}

    /** Functional escalation to a group of the next tier. */
    record Escalated(TicketId ticketId, SupportTier fromTier, SupportTier toTier, GroupId toGroup, String reason,
                     StaffId actor, Instant occurredAt) implements TicketEvent {}

    /** Hierarchical escalation: the lead of {@code group} is to be told. */
    record EscalatedToLead(TicketId ticketId, GroupId group, String reason, StaffId actor, Instant occurredAt)
            implements TicketEvent {}

    record Resolved(TicketId ticketId, Resolution resolution, StaffId actor, Instant occurredAt)
            implements TicketEvent {}

    /** Closed: confirmed by the caller, or after the quiet period ({@code automatically}). */
    record Closed(TicketId ticketId, boolean automatically, StaffId actor, Instant occurredAt) implements TicketEvent {}

    record Reopened(TicketId ticketId, String reason, StaffId actor, Instant occurredAt) implements TicketEvent {}

    record Cancelled(TicketId ticketId, String reason, StaffId actor, Instant occurredAt) implements TicketEvent {}

    /** The caller was told where their ticket stands: restarts the keep-in-loop clock. */
    record CallerUpdated(TicketId ticketId, String message, StaffId actor, Instant occurredAt) implements TicketEvent {}

    record WorkLogged(TicketId ticketId, WorkLogEntry entry, StaffId actor, Instant occurredAt) implements TicketEvent {}

    record Rated(TicketId ticketId, Satisfaction satisfaction, StaffId actor, Instant occurredAt) implements TicketEvent {}

    /** Impact, urgency or criticality was corrected and the matrix re-applied. */
    record Reprioritised(TicketId ticketId, PriorityAssessment assessment, String reason, StaffId actor,
                         Instant occurredAt) implements TicketEvent {}

    /** A group lead set the priority by hand, with a reason. */
    record PriorityOverridden(TicketId ticketId, PriorityOverride override, StaffId actor, Instant occurredAt)
            implements TicketEvent {}

    /** Declared a major incident (or a patient-safety case): the top priority is forced. */
    record MajorIncidentDeclared(TicketId ticketId, PriorityAssessment assessment, String reason, StaffId actor,
                                 Instant occurredAt) implements TicketEvent {}

    /** Another contact about the same outage was linked to this ticket. */
    record ContactLinked(TicketId ticketId, ContactId contactId, StaffId actor, Instant occurredAt)
            implements TicketEvent {}
}
