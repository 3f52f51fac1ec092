package org.itilhis.ports.notification.out;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.shared.StaffId;

/**
 * What a webhook delivery tells of an event: its id, type, time, position in the log, the record
 * it is about and who did it, and for a ticket's event the ticket's number, kind, priority,
 * status, group and summary as they are now. Never free text (no description, no work log, no
 * caller): a patient's data never leaves in a webhook.
 *
 * @param id the event's stable id, {@code evt_<position>}: also the {@code webhook-id} header
 */
public record WebhookPayload(String id, String type, Instant occurredAt, long position, String aggregateId,
                             StaffId actor, Optional<TicketFacts> ticket) {
    public WebhookPayload {
        checkNotNull(id, "id");
        checkNotNull(type, "type");
        checkNotNull(occurredAt, "occurredAt");
        checkArgument(position > 0, "position %s", position);
        checkNotNull(aggregateId, "aggregateId");
        checkNotNull(actor, "actor");
        checkNotNull(ticket, "ticket");
    }

    /**
     * A ticket's facts a webhook may carry.
     *
     * @param kind     {@code INCIDENT} or {@code SERVICE_REQUEST}
     * @param priority {@code P1} to {@code P5}
     */
    public record TicketFacts(String number, String kind, String priority, String status, String group,
                              String summary) {
        public TicketFacts {
            checkNotNull(number, "number");
            checkNotNull(kind, "kind");
            checkNotNull(priority, "priority");
            checkNotNull(status, "status");
            checkNotNull(group, "group");
            checkNotNull(summary, "summary");
        }
    }
}
