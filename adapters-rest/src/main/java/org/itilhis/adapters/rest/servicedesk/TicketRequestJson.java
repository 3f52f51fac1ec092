package org.itilhis.adapters.rest.servicedesk;

import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.HoldReason;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.ports.servicedesk.in.TicketCommand;

/**
 * The bodies of the steps on an incident or service request, each the {@link TicketStep} that
 * turns itself into its {@link TicketCommand}. Steps without a body (accept, start, resume,
 * confirm, close) need no record ({@link TicketStep.Bodiless}); {@code resolve} takes a {@link
 * ResolutionJson}; a {@link ReasonJson} serves four steps, which {@link TicketStep.Reasoned}
 * tells apart.
 */
public final class TicketRequestJson {
    private TicketRequestJson() {
    }

    /** {@code assign}: to {@code group}, and to {@code engineer} (a member of it) when given. */
    public record AssignJson(String group, String engineer) implements TicketStep {
        @Override
        public TicketCommand.Assign command(Actor actor, TicketId ticket, Long expectedVersion, Fields fields) {
            return new TicketCommand.Assign(actor, ticket, expectedVersion,
                    fields.id("group", group, GroupId::of), fields.id("engineer", engineer, StaffId::of));
        }
    }

    /** {@code hold}: why work waits. */
    public record HoldJson(HoldReason reason, String note) implements TicketStep {
        @Override
        public TicketCommand.Hold command(Actor actor, TicketId ticket, Long expectedVersion, Fields fields) {
            return new TicketCommand.Hold(actor, ticket, expectedVersion, reason, note);
        }
    }

    /** {@code escalate}: functional escalation to {@code toGroup}, a group of the next tier. */
    public record EscalateJson(String toGroup, String reason) implements TicketStep {
        @Override
        public TicketCommand.Escalate command(Actor actor, TicketId ticket, Long expectedVersion, Fields fields) {
            return new TicketCommand.Escalate(actor, ticket, expectedVersion,
                    fields.id("toGroup", toGroup, GroupId::of), reason);
        }
    }

    /** The reason of {@code escalate-to-lead}, {@code reopen}, {@code cancel} and {@code declare-major-incident}. */
    public record ReasonJson(String reason) {
    }

    /** {@code update-caller}: what the caller is told about their ticket. */
    public record CallerUpdateJson(String message) implements TicketStep {
        @Override
        public TicketCommand.UpdateCaller command(Actor actor, TicketId ticket, Long expectedVersion, Fields fields) {
            return new TicketCommand.UpdateCaller(actor, ticket, expectedVersion, message);
        }
    }

    /**
     * {@code work-logs}: minutes spent (1 to 1440) and what was done; an internal note unless
     * {@code forCaller} is true, when the caller reads it too.
     */
    public record WorkLogJson(Integer minutes, String note, Boolean forCaller) implements TicketStep {
        @Override
        public TicketCommand.AddWorkLog command(Actor actor, TicketId ticket, Long expectedVersion, Fields fields) {
            int given = fields.requiredInt("minutes", minutes);
            return new TicketCommand.AddWorkLog(actor, ticket, expectedVersion, given, note, Boolean.TRUE.equals(forCaller));
        }
    }

    /** {@code rating}: the caller's score (1 to 5) and comment, once the ticket is closed. */
    public record RatingJson(Integer score, String comment) implements TicketStep {
        @Override
        public TicketCommand.Rate command(Actor actor, TicketId ticket, Long expectedVersion, Fields fields) {
            int given = fields.requiredInt("score", score);
            return new TicketCommand.Rate(actor, ticket, expectedVersion, given, comment);
        }
    }

    /** {@code reprioritise}: corrected impact, urgency and criticality; the matrix is applied again. */
    public record ReprioritiseJson(String impact, String urgency, ServiceCriticality criticality, String reason)
            implements TicketStep {
        @Override
        public TicketCommand.Reprioritise command(Actor actor, TicketId ticket, Long expectedVersion, Fields fields) {
            return new TicketCommand.Reprioritise(actor, ticket, expectedVersion, impact, urgency, criticality, reason);
        }
    }

    /** {@code override-priority}: a group lead sets the priority by hand, with a reason. */
    public record OverridePriorityJson(Priority priority, String reason) implements TicketStep {
        @Override
        public TicketCommand.OverridePriority command(Actor actor, TicketId ticket, Long expectedVersion,
                                                      Fields fields) {
            return new TicketCommand.OverridePriority(actor, ticket, expectedVersion, priority, reason);
        }
    }
}
