package org.itilhis.core.sla;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import org.itilhis.core.ticket.TicketId;

/**
 * A ticket's SLA clocks and OLA segments as measured at one instant by {@link SlaClocks}.
 * The keep-in-loop clock restarts at every update of the caller, so its thresholds are
 * crossed afresh in every silence; an escalation names the clock's start
 * ({@link ThresholdCrossed#key()}) and so happens once per silence.
 *
 * @param calendar the name of the calendar version that measured it: the one in force when the ticket was raised
 */
public record SlaMeasurement(TicketId ticketId, String service, String calendar, SlaClock response,
                             SlaClock resolution, SlaClock keepInLoop, ImmutableList<OlaSegment> segments) {
    public SlaMeasurement {
        checkNotNull(ticketId, "ticketId");
        checkNotNull(service, "service");
        checkNotNull(calendar, "calendar");
        checkNotNull(response, "response");
        checkNotNull(resolution, "resolution");
        checkNotNull(keepInLoop, "keepInLoop");
        checkNotNull(segments, "segments");
    }

    /** The clocks: response, resolution, keep-in-loop. */
    public ImmutableList<SlaClock> clocks() {
        return ImmutableList.of(response, resolution, keepInLoop);
    }

    /** Every threshold crossed on any clock, in clock order. */
    public ImmutableList<SlaThreshold> crossedThresholds() {
        return clocks().stream().flatMap(clock -> clock.crossedThresholds().stream())
                .collect(ImmutableList.toImmutableList());
    }

    /**
     * Whether the ticket belongs on the at-risk list: a threshold is crossed and its resolution
     * clock has not stopped. Changes only with the ticket's events, the configuration, or at
     * {@link #nextThresholdAt()}.
     */
    public boolean isAtRisk() {
        return !crossedThresholds().isEmpty() && !resolution.state().isStopped();
    }

    /** The earliest instant at which a running clock crosses its next threshold, if any runs. */
    public Optional<Instant> nextThresholdAt() {
        return clocks().stream().flatMap(clock -> clock.nextThresholdAt().stream()).min(Comparator.naturalOrder());
    }

    /** The clock of {@code kind}. */
    public SlaClock clock(ClockKind kind) {
        return clocks().stream().filter(clock -> clock.kind() == kind).findFirst().orElseThrow();
    }

    /** The years any clock's figures depend on whose official holiday arrangement was not loaded. */
    public ImmutableSortedSet<Integer> provisionalYears() {
        return clocks().stream().flatMap(clock -> clock.provisionalYears().stream())
                .collect(ImmutableSortedSet.toImmutableSortedSet(Integer::compare));
    }

    /** Whether any clock is provisional ({@link SlaClock#isProvisional()}). */
    public boolean isProvisional() {
        return clocks().stream().anyMatch(SlaClock::isProvisional);
    }

    /** The business time summed over the OLA segments; equals the resolution clock's elapsed time. */
    public Duration segmentTotal() {
        return segments.stream().map(OlaSegment::businessTime).reduce(Duration.ZERO, Duration::plus);
    }

    /** The clocks' explanations and the segments, printable. */
    public String explain() {
        StringBuilder text = new StringBuilder(service).append(", measured in ").append(calendar)
                .append(isProvisional() ? ", provisional for " + provisionalYears() : "").append('\n');
        text.append(response.explain()).append('\n').append(resolution.explain()).append('\n')
                .append(keepInLoop.explain()).append('\n');
        for (OlaSegment s : segments) {
            text.append("group ").append(s.group()).append(" held it ").append(s.from()).append(" .. ")
                    .append(s.until()).append(": ").append(Explanations.duration(s.businessTime())).append('\n');
        }
        return text.toString();
    }
}
