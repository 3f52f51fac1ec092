package org.itilhis.core.sla.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Collection;
import java.util.Optional;
import org.itilhis.core.sla.SlaMeasurement;

/**
 * The SLA figures of one group of tickets (a service, a priority, an assignment group, a
 * period, or all of them): the standing of their response and resolution clocks, and the
 * times to acknowledge and to resolve in business time.
 *
 * <p>The <b>time to acknowledge</b> of a ticket is its response clock's elapsed time, taken
 * only once the ticket has been responded to (clock stopped, met or late); the <b>time to
 * resolve</b> is its resolution clock's elapsed time, taken only while the ticket stands
 * resolved or closed (a reopened ticket is not resolved). Cancelled tickets count in neither.
 * Both are empty when no ticket qualifies. Each clock count totals {@code tickets}.
 */
public record ComplianceFigures(int tickets, ClockCompliance response, ClockCompliance resolution,
                                Optional<BusinessTimeStatistics> timeToAcknowledge,
                                Optional<BusinessTimeStatistics> timeToResolve) {
    public ComplianceFigures {
        checkArgument(tickets >= 0, "negative ticket count %s", tickets);
        checkNotNull(response, "response");
        checkNotNull(resolution, "resolution");
        checkNotNull(timeToAcknowledge, "timeToAcknowledge");
        checkNotNull(timeToResolve, "timeToResolve");
        checkArgument(response.total() == tickets && resolution.total() == tickets,
                "clock counts %s and %s do not match %s tickets", response.total(), resolution.total(), tickets);
    }

    /** The figures of {@code measurements}, one per ticket. */
    public static ComplianceFigures of(Collection<SlaMeasurement> measurements) {
        checkNotNull(measurements, "measurements");
        return ofStandings(measurements.stream().map(TicketStanding::of).toList());
    }

    /** The figures of {@code standings}, one per ticket. */
    public static ComplianceFigures ofStandings(Collection<TicketStanding> standings) {
        checkNotNull(standings, "standings");
        ComplianceTally tally = new ComplianceTally();
        standings.forEach(tally::add);
        return tally.figures();
    }

    /** Three lines: ticket count with times, response, resolution; each indented by {@code indent}. */
    public String describe(String indent) {
        return indent + tickets + " tickets; time to acknowledge "
                + timeToAcknowledge.map(BusinessTimeStatistics::describe).orElse("n/a") + "; time to resolve "
                + timeToResolve.map(BusinessTimeStatistics::describe).orElse("n/a") + '\n'
                + indent + "  response:   " + response.describe() + '\n'
                + indent + "  resolution: " + resolution.describe() + '\n';
    }
}
