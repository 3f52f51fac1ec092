package org.itilhis.adapters.rest.servicelevel;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.sla.ClockKind;
import org.itilhis.core.sla.ClockState;
import org.itilhis.core.sla.SlaClock;
import org.itilhis.core.sla.SlaMeasurement;
import org.itilhis.core.ticket.TicketType;

/**
 * {@code GET /api/v1/sla/at-risk}: the open tickets with a clock past a warning threshold or
 * breached, most urgent first (breached before at risk, then by resolution deadline). Only the
 * tickets the caller may see are listed.
 */
public record AtRiskJson(List<AtRiskTicketJson> items) {

    /**
     * One ticket of the list with a summary of its clocks.
     *
     * @param number the ticket number ({@code INC-2026-000042})
     * @param breached any of its clocks breached
     */
    public record AtRiskTicketJson(UUID ticketId, String number, TicketType type, String service, String calendar,
                                   boolean breached, List<ClockSummaryJson> clocks) {

        public static AtRiskTicketJson of(SlaMeasurement m, String number, TicketType type) {
            return new AtRiskTicketJson(m.ticketId().value(), number, type, m.service(), m.calendar(),
                    m.clocks().stream().anyMatch(SlaClock::isBreached),
                    m.clocks().stream().map(ClockSummaryJson::of).toList());
        }
    }

    /**
     * A clock in a list: where it stands and when it is due.
     *
     * @param provisional the figures depend on a year whose official holiday arrangement is not loaded
     */
    public record ClockSummaryJson(ClockKind kind, ClockState state, Priority priority, Instant deadline,
                                   String remaining, long remainingSeconds, long percent, boolean breached,
                                   List<Integer> crossedWarnings, boolean provisional) {

        public static ClockSummaryJson of(SlaClock c) {
            return new ClockSummaryJson(c.kind(), c.state(), c.priority(), c.deadline().orElse(null),
                    c.remaining().toString(), c.remaining().getSeconds(), c.percent(), c.isBreached(),
                    c.crossedWarnings(), c.isProvisional());
        }
    }
}
