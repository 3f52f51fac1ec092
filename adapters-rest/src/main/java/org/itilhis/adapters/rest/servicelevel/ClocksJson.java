package org.itilhis.adapters.rest.servicelevel;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.sla.ClockKind;
import org.itilhis.core.sla.ClockState;
import org.itilhis.core.sla.OlaSegment;
import org.itilhis.core.sla.SlaClock;
import org.itilhis.core.sla.SlaMeasurement;
import org.itilhis.ports.servicedesk.in.TicketView;

/**
 * {@code GET /api/v1/tickets/{id}/clocks}: a ticket's SLA clocks and OLA segments as measured
 * at {@code measuredAt}, derived from its history in the calendar version in force when it was
 * raised. Durations are ISO-8601 ({@code PT4H}) with the same value in whole seconds beside
 * them ({@code targetSeconds}), for arithmetic.
 *
 * @param calendar         the name of the calendar version that measured the ticket
 * @param provisionalYears the years any clock depends on whose official holiday arrangement the
 *                         calendar did not hold: those figures may change once it is loaded
 */
public record ClocksJson(UUID ticketId, String number, String service, String calendar, Instant measuredAt,
                         List<Integer> provisionalYears, List<ClockJson> clocks, List<OlaSegmentJson> segments) {

    public static ClocksJson of(TicketView ticket, SlaMeasurement m) {
        return new ClocksJson(ticket.id().value(), ticket.number().toString(), m.service(), m.calendar(),
                m.resolution().measuredAt(), m.provisionalYears().asList(),
                m.clocks().stream().map(ClockJson::of).toList(), m.segments().stream().map(OlaSegmentJson::of).toList());
    }

    /**
     * One clock. {@code deadline} is absent while the clock is paused or was cancelled short
     * of its target; {@code nextThresholdAt} is when the next warning or the breach falls if
     * the clock keeps running; {@code explanation} says how the figures came about (English,
     * as the core writes it).
     *
     * @param percent elapsed as a whole percentage of the target, rounded down; may exceed 100
     * @param paused  the state is {@code PAUSED}
     * @param provisional the figures depend on a year whose official holiday arrangement is not
     *                    loaded ({@code provisionalYears}); the explanation's last line says so
     */
    public record ClockJson(ClockKind kind, ClockState state, Priority priority, String target, long targetSeconds,
                            Instant startedAt, Instant deadline, String elapsed, long elapsedSeconds,
                            String remaining, long remainingSeconds, long percent, boolean paused, boolean breached,
                            List<Integer> crossedWarnings, Instant nextThresholdAt, Instant stoppedAt,
                            boolean provisional, List<Integer> provisionalYears, List<String> explanation) {

        public static ClockJson of(SlaClock c) {
            return new ClockJson(c.kind(), c.state(), c.priority(), c.target().toString(), c.target().getSeconds(),
                    c.startedAt(), c.deadline().orElse(null), c.elapsed().toString(), c.elapsed().getSeconds(),
                    c.remaining().toString(), c.remaining().getSeconds(), c.percent(), c.state() == ClockState.PAUSED,
                    c.isBreached(), c.crossedWarnings(), c.nextThresholdAt().orElse(null), c.stoppedAt().orElse(null),
                    c.isProvisional(), c.provisionalYears().asList(), c.explanation());
        }
    }

    /** How long one assignment group held the ticket, in business time as the resolution clock counts. */
    public record OlaSegmentJson(String group, Instant from, Instant until, String businessTime,
                                 long businessTimeSeconds) {

        public static OlaSegmentJson of(OlaSegment s) {
            Duration time = s.businessTime();
            return new OlaSegmentJson(s.group().value(), s.from(), s.until(), time.toString(), time.getSeconds());
        }
    }
}
