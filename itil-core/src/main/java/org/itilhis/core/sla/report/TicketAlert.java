package org.itilhis.core.sla.report;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Optional;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.sla.Explanations;
import org.itilhis.core.sla.SlaClock;
import org.itilhis.core.sla.SlaMeasurement;
import org.itilhis.core.ticket.TicketId;

/**
 * An open ticket the service desk must look at now, with the one clock that puts it on the
 * list: for a breached ticket its most urgent breached clock, for an at-risk ticket its most
 * urgent clock past a warning threshold. {@link #MOST_URGENT_FIRST} orders the lists.
 */
public record TicketAlert(TicketId ticketId, String service, SlaClock clock) {
    /** The order of {@link #MOST_URGENT_FIRST} on clocks alone; declared first, as that one uses it. */
    static final Comparator<SlaClock> CLOCK_URGENCY = Comparator
            .comparing((SlaClock c) -> c.deadline().orElse(Instant.MAX))
            .thenComparing(SlaClock::percent, Comparator.reverseOrder())
            .thenComparing(SlaClock::priority)
            .thenComparing(SlaClock::kind);

    /**
     * Earliest deadline first (a breach overdue longest comes first; a clock without a
     * deadline, being paused, comes after those with one), then the highest percentage of
     * target, then the higher priority, then response before resolution, then the ticket id.
     */
    public static final Comparator<TicketAlert> MOST_URGENT_FIRST = Comparator
            .comparing(TicketAlert::clock, TicketAlert.CLOCK_URGENCY)
            .thenComparing(a -> a.ticketId().value());

    public TicketAlert {
        checkNotNull(ticketId, "ticketId");
        checkNotNull(service, "service");
        checkNotNull(clock, "clock");
    }

    static TicketAlert of(SlaMeasurement measurement, SlaClock clock) {
        return new TicketAlert(measurement.ticketId(), measurement.service(), clock);
    }

    public Priority priority() {
        return clock.priority();
    }

    public Optional<Instant> deadline() {
        return clock.deadline();
    }

    /** One line, deadline shown in {@code zone}. */
    public String describe(ZoneId zone) {
        return ticketId + " " + service + " " + clock.priority() + " " + clock.kind() + " " + clock.state() + " "
                + clock.percent() + "% of " + Explanations.duration(clock.target()) + ", deadline "
                + clock.deadline().map(d -> Explanations.at(d, zone)).orElse("open while paused")
                + (clock.crossedWarnings().isEmpty() ? "" : ", warned at " + clock.crossedWarnings() + "%");
    }
}
