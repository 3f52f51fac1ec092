package org.itilhis.core.sla;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import org.itilhis.core.ticket.TicketId;

/**
 * A ticket's SLA clocks and OLA segments as measured at one instant by {@link SlaClocks}.
 *
 * @param calendar the name of the calendar version that measured it: the one in force when the ticket was raised
 */
public record SlaMeasurement(TicketId ticketId, String service, String calendar, SlaClock response,
                             SlaClock resolution, ImmutableList<OlaSegment> segments) {
    public SlaMeasurement {
        checkNotNull(ticketId, "ticketId");
        checkNotNull(service, "service");
        checkNotNull(calendar, "calendar");
        checkNotNull(response, "response");
        checkNotNull(resolution, "resolution");
        checkNotNull(segments, "segments");
    }

    /** The business time summed over the OLA segments; equals the resolution clock's elapsed time. */
    public Duration segmentTotal() {
        return segments.stream().map(OlaSegment::businessTime).reduce(Duration.ZERO, Duration::plus);
    }

    /** Both clocks' explanations and the segments, printable. */
    public String explain() {
        StringBuilder text = new StringBuilder(service).append(", measured in ").append(calendar).append('\n');
        text.append(response.explain()).append('\n').append(resolution.explain()).append('\n');
        for (OlaSegment s : segments) {
            text.append("group ").append(s.group()).append(" held it ").append(s.from()).append(" .. ")
                    .append(s.until()).append(": ").append(Explanations.duration(s.businessTime())).append('\n');
        }
        return text.toString();
    }
}
