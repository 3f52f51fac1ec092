package org.itilhis.ports.servicelevel.out;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.sla.ClockState;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.core.ticket.TicketStatus;
import org.itilhis.ports.servicelevel.in.DeadlinePosition;

/**
 * The stored summary of a ticket's clocks at its last measurement: a projection of the
 * event log, re-derivable at any time, kept so that escalation finds the tickets that are
 * due without measuring every open ticket, and reports find the open ones at risk.
 *
 * @param status        the ticket's status when measured
 * @param nextCheckAt   when the ticket must be measured again because a threshold may then
 *                      be crossed; empty when no clock runs
 * @param atRisk        whether the ticket was at risk when measured ({@link
 *                      org.itilhis.core.sla.SlaMeasurement#isAtRisk()}); it stays so until its
 *                      next event or {@code nextCheckAt}
 * @param ticketVersion the ticket's {@code version()}, the count of its events, when
 *                      measured: which history the watch was derived from, so that a
 *                      measurement of an older history never replaces one of a newer
 *                      ({@link SlaWatchList#put}); at least 1, the raising event
 */
public record ClockWatch(TicketId ticketId, TicketNumber number, String service, Priority priority, GroupId group,
                         TicketStatus status,
                         ClockState response, ClockState resolution, Optional<Instant> resolutionDeadline,
                         Optional<Instant> nextCheckAt, boolean atRisk, long ticketVersion, Instant measuredAt) {
    public ClockWatch {
        checkNotNull(ticketId, "ticketId");
        checkNotNull(number, "number");
        checkNotNull(service, "service");
        checkNotNull(priority, "priority");
        checkNotNull(group, "group");
        checkNotNull(status, "status");
        checkNotNull(response, "response");
        checkNotNull(resolution, "resolution");
        checkNotNull(resolutionDeadline, "resolutionDeadline");
        checkNotNull(nextCheckAt, "nextCheckAt");
        checkArgument(ticketVersion >= 1, "ticket version %s of ticket %s is below 1", ticketVersion, ticketId);
        checkNotNull(measuredAt, "measuredAt");
    }

    /** This watch, to be checked again at {@code at} instead. */
    public ClockWatch withNextCheckAt(Optional<Instant> at) {
        return new ClockWatch(ticketId, number, service, priority, group, status, response, resolution,
                resolutionDeadline, at, atRisk, ticketVersion, measuredAt);
    }

    /** This watch, with {@code atRisk} instead. */
    public ClockWatch withAtRisk(boolean atRisk) {
        return new ClockWatch(ticketId, number, service, priority, group, status, response, resolution,
                resolutionDeadline, nextCheckAt, atRisk, ticketVersion, measuredAt);
    }

    /** Where the ticket stands in the service-level work queue. */
    public DeadlinePosition position() {
        return DeadlinePosition.of(priority, resolutionDeadline, number);
    }
}
