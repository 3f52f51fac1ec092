package org.itilhis.adapters.rest.servicedesk;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.TicketStatus;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.ports.servicedesk.in.TicketView;

/** A ticket in a list (the work queue, search results): enough to pick it, not its whole story. */
public record TicketSummaryJson(UUID id, String number, TicketType type, TicketStatus status, String summary,
                                Priority priority, boolean majorIncident, String group, String engineer,
                                String department, Instant raisedAt, Instant updatedAt, long version) {

    public static TicketSummaryJson of(TicketView v) {
        return new TicketSummaryJson(v.id().value(), v.number().toString(), v.type(), v.status(), v.details().summary(),
                v.priority(), v.majorIncident(), v.group().value(), v.engineer().map(StaffId::value).orElse(null),
                v.details().department().value(), v.raisedAt(), v.updatedAt(), v.version());
    }

    /** A page of tickets; {@code next} is the cursor of the following page, absent on the last. */
    public record PageJson(List<TicketSummaryJson> items, String next) {
    }
}
