package org.itilhis.adapters.rest.servicelevel;

import java.time.Instant;
import java.util.List;
import org.itilhis.adapters.rest.servicedesk.TicketSummaryJson;
import org.itilhis.ports.servicelevel.in.DeadlinePosition;
import org.itilhis.ports.servicelevel.in.QueuedTicket;

/**
 * {@code GET /api/v1/sla/queue}: a page of the work queue in service-level order (priority,
 * then resolution deadline, then number); {@code next} is the cursor of the following page,
 * absent on the last.
 */
public record SlaQueueJson(List<QueuedTicketJson> items, String next) {

    /**
     * A ticket of the queue and the resolution deadline it is ordered by; absent while its
     * resolution clock is paused (such tickets come after the others of their priority).
     */
    public record QueuedTicketJson(TicketSummaryJson ticket, Instant resolutionDeadline) {

        public static QueuedTicketJson of(QueuedTicket queued) {
            Instant deadline = queued.position().deadline();
            return new QueuedTicketJson(TicketSummaryJson.of(queued.ticket()),
                    deadline.equals(DeadlinePosition.NO_DEADLINE) ? null : deadline);
        }
    }
}
