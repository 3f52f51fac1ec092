package org.itilhis.ports.servicelevel.out;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.sla.report.TicketStanding;

/**
 * A ticket's {@link TicketStanding} as {@link SlaStandings} keeps it, with what says whether it
 * still holds: a projection of the event log, re-derivable at any time.
 *
 * @param watched              whether the ticket is watched (neither closed nor cancelled) when measured
 * @param ticketVersion        the ticket's event count when measured, as in {@link ClockWatch}
 * @param configurationVersion the SLA configuration's version the ticket was measured with
 * @param validUntil           for a watched ticket, the instant from which the standing may be out
 *                             of date without a new event ({@link TicketStanding#validUntil}); empty
 *                             when it never is
 */
public record StoredStanding(TicketStanding standing, boolean watched, long ticketVersion,
                             long configurationVersion, Optional<Instant> validUntil) {
    public StoredStanding {
        checkNotNull(standing, "standing");
        checkArgument(ticketVersion >= 1, "ticket version %s of ticket %s is below 1", ticketVersion,
                standing.ticketId());
        checkArgument(configurationVersion >= 0, "negative configuration version %s", configurationVersion);
        checkNotNull(validUntil, "validUntil");
    }

    /**
     * Whether the standing gives the report's figures at {@code now} ({@link TicketStanding#at}),
     * for a ticket without events since and configuration version {@code configuration}: the
     * same configuration, not measured after {@code now}, before {@code validUntil}, and not a
     * ticket the report lists (those are measured afresh).
     */
    public boolean holdsAt(Instant now, long configuration) {
        return configurationVersion == configuration && !now.isBefore(standing.measuredAt())
                && validUntil.map(now::isBefore).orElse(true) && !standing.mayAlert();
    }
}
