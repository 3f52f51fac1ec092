package org.itilhis.core.sla;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketNumber;

/**
 * The escalation event: a ticket's clock crossed a warning threshold or breached. It belongs
 * to the ticket's audit trail (same aggregate id) without changing the ticket: it is not a
 * {@link org.itilhis.core.ticket.TicketEvent} and does not count in the ticket's version.
 * Recorded once per ticket, clock, threshold and clock start ({@link #key()}): a
 * keep-in-loop clock starts afresh at every update of the caller, the others once.
 *
 * @param clockStartedAt when the crossed clock started counting this time
 * @param group          the assignment group holding the ticket when it was detected
 * @param occurredAt     when the crossing was detected, at or after the crossing itself
 */
public record ThresholdCrossed(TicketId ticketId, TicketNumber number, SlaThreshold threshold,
                                  Instant clockStartedAt, Priority priority, GroupId group, StaffId actor,
                                  Instant occurredAt) implements SlaEvent {
    public ThresholdCrossed {
        checkNotNull(ticketId, "ticketId");
        checkNotNull(number, "number");
        checkNotNull(threshold, "threshold");
        checkNotNull(clockStartedAt, "clockStartedAt");
        checkNotNull(priority, "priority");
        checkNotNull(group, "group");
        checkNotNull(actor, "actor");
        checkNotNull(occurredAt, "occurredAt");
    }

    /** What makes the escalation unique: at most one is ever recorded per key. */
    public String key() {
        return ticketId + "/" + threshold.clock() + "/" + threshold.percent() + "/" + clockStartedAt.getEpochSecond();
    }

    @Override
    public String aggregateId() {
        return ticketId.toString();
    }
}
