package org.itilhis.ports.servicelevel.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.sla.ThresholdCrossed;
import org.itilhis.core.sla.report.ReportScope;
import org.itilhis.core.ticket.TicketEvent;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.ports.common.LoggedEvent;
import org.itilhis.ports.servicelevel.out.SlaStandings;
import org.itilhis.ports.servicelevel.out.StoredStanding;

/**
 * The stored standings the last report read ({@link SlaStandings#forEachReported}), kept in
 * memory and brought up to date from the event log before the next report of the same range:
 * only the standings of the tickets with events since are read again. A dashboard that asks
 * for this month's report every minute thus reads a few rows instead of every open ticket's.
 *
 * <p>The copy is as of a position of the event log, that of the SLA watch list when it was
 * read: every event up to that position has its standing stored (the monitor stores them in
 * the transaction that advances the position), so the standings of the tickets of the events
 * after it, up to the watch list's position now, are all that can have changed. A ticket
 * measured again without an event of its own does not need reading again: its thresholds are
 * logged ({@link ThresholdCrossed}), and a new SLA configuration (which has every watched
 * ticket measured again) reads the whole range afresh, as does another range, a position
 * that went back, or more changed tickets than reading them one by one is worth.
 *
 * <p>It keeps the two ranges asked for last (this month and today, say). Safe for concurrent
 * reports; each gets a list of its own.
 */
final class ReportedStandings {
    /** Events read per round trip while bringing a copy up to date. */
    private static final int EVENTS_PER_READ = 2_000;
    /** Beyond this many changed tickets the whole range is read again. */
    private static final int MOST_CHANGED = 20_000;
    /**
     * How many ranges are kept: this month's and today's, say. Each copy holds its own
     * standings (the open tickets' in each): about 50 MB per 100,000 open incidents (SlaReadLoad).
     */
    private static final int RANGES = 2;

    private final ServiceLevelPorts ports;
    private final Map<List<Instant>, Copy> copies = new LinkedHashMap<>(RANGES * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Instant>, Copy> eldest) {
            return size() > RANGES;
        }
    };

    ReportedStandings(ServiceLevelPorts ports) {
        this.ports = checkNotNull(ports, "ports");
    }

    /**
     * The standings a report of {@code scope} reads now, under the SLA configuration's version
     * {@code configurationVersion}; call it after catching up with the event log.
     */
    synchronized List<StoredStanding> of(ReportScope scope, long configurationVersion) {
        long now = tx(() -> ports.watches().position());
        List<Instant> range = List.of(scope.from(), scope.to());
        Copy copy = copies.get(range);
        if (copy == null || copy.configurationVersion != configurationVersion || now < copy.position
                || !copy.caughtUp(now)) {
            copy = new Copy(scope.from(), scope.to(), configurationVersion, now);
            copies.put(range, copy);
        }
        return List.copyOf(copy.standings.values());
    }

    /** The standings of one range, as of a position of the event log. */
    private final class Copy {
        private final Instant from;
        private final Instant to;
        private final long configurationVersion;
        private final Map<TicketId, StoredStanding> standings = new HashMap<>();
        private long position;

        /** Reads the whole range; {@code position} read before it. */
        Copy(Instant from, Instant to, long configurationVersion, long position) {
            this.from = from;
            this.to = to;
            this.configurationVersion = configurationVersion;
            this.position = position;
            tx(() -> {
                ports.standings().forEachReported(from, to, this::keep);
                return null;
            });
        }

        /** Reads again the standings of the tickets with events after the copy's position; false if not worth it. */
        boolean caughtUp(long upTo) {
            Set<TicketId> changed = new LinkedHashSet<>();
            long read = position;
            boolean more = true;
            while (more && read < upTo) {
                long after = read;
                List<LoggedEvent> events = tx(() -> ports.desk().events().readAfter(after, EVENTS_PER_READ));
                more = events.size() == EVENTS_PER_READ;
                for (LoggedEvent logged : events) {
                    if (logged.position() > upTo) {
                        more = false;
                        break;
                    }
                    ticketOf(logged.event()).ifPresent(changed::add);
                    read = logged.position();
                }
                if (changed.size() > MOST_CHANGED) {
                    return false;
                }
            }
            if (!changed.isEmpty()) {
                changed.forEach(standings::remove);
                tx(() -> {
                    ports.standings().forEachReported(from, to, changed, this::keep);
                    return null;
                });
            }
            position = upTo;
            return true;
        }

        private void keep(StoredStanding stored) {
            standings.put(stored.standing().ticketId(), stored);
        }
    }

    /** The ticket whose standing an event may have changed: its own events and its escalations. */
    private static Optional<TicketId> ticketOf(DomainEvent event) {
        if (event instanceof TicketEvent ticketEvent) {
            return Optional.of(ticketEvent.ticketId());
        }
        if (event instanceof ThresholdCrossed crossed) {
            return Optional.of(crossed.ticketId());
        }
        return Optional.empty();
    }

    private <T> T tx(Supplier<T> work) {
        return ports.desk().transactions().inTransaction(work);
    }
}
