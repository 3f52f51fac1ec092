package org.itilhis.ports.servicelevel.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.sla.SlaEvent;
import org.itilhis.core.sla.SlaMeasurement;
import org.itilhis.core.sla.SlaThreshold;
import org.itilhis.core.sla.ThresholdCrossed;
import org.itilhis.core.sla.report.TicketStanding;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketEvent;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketStatus;
import org.itilhis.ports.common.LoggedEvent;
import org.itilhis.ports.servicelevel.out.ClockWatch;
import org.itilhis.ports.servicelevel.out.StoredStanding;
import org.itilhis.ports.servicelevel.service.SlaPolicies.Configured;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches every open ticket's clocks and escalates each crossed threshold exactly once:
 * the {@link ThresholdCrossed} event is appended. The lead of the group holding the ticket
 * hears of it through the notification relay, at least once, by the hospital's notification
 * rules ({@link org.itilhis.ports.notification.service.PeopleNotifications}): a node that
 * fails after the commit no longer loses the notification.
 *
 * <p>A {@link #run()} first brings the watch list up to date with the event log (the
 * outbox): every ticket with new events is measured again, its next check time stored and
 * its standing for the SLA report ({@link org.itilhis.ports.servicelevel.out.SlaStandings}) with it; a
 * closed or cancelled ticket leaves the watch list with its final standing. Then it
 * measures the tickets that are due and records the thresholds they have crossed.
 * The {@link org.itilhis.ports.servicelevel.out.EscalationLog} refuses a second record of the same
 * escalation, so a run that overlaps another (two nodes, or a retry after a crash) never
 * escalates twice. Meant to be called periodically by one cluster-safe scheduler (the JDBC adapter's);
 * runs may still overlap (a work-queue read catches up too, a node taken over finishes its
 * run): the log position only advances, of two measurements of a ticket the one of its newer
 * history stays in the watch list, and the escalation log records each escalation once.
 * Nothing happens while no SLA configuration is stored. Each run also checks that the
 * calendars hold this year's official holiday arrangement (and next year's from 60 days
 * before it) and logs a warning once a day for one that does not.
 */
public final class SlaMonitor {
    private static final Logger LOG = LoggerFactory.getLogger(SlaMonitor.class);
    static final int BATCH = 200;
    /** When a ticket whose escalation failed is checked again. */
    static final Duration RETRY_AFTER = Duration.ofMinutes(5);

    private final ServiceLevelPorts ports;
    private final SlaPolicies policies;
    private final CalendarCoverageCheck coverage;

    SlaMonitor(ServiceLevelPorts ports, CalendarCoverageCheck coverage) {
        this.ports = checkNotNull(ports, "ports");
        this.coverage = checkNotNull(coverage, "coverage");
        this.policies = new SlaPolicies(ports.configuration());
    }

    /** What one run did. */
    public record Run(int ticketsRemeasured, int escalations) {
    }

    /** Catches up with the event log, then escalates what is due; see the class comment. */
    public Run run() {
        coverage.missing(); // logs a missing holiday arrangement once a day
        Optional<Configured> policy = policies.configured();
        if (policy.isEmpty()) {
            return new Run(0, 0);
        }
        Instant now = ports.desk().clock().instant();
        return new Run(catchUp(policy.get(), now), escalateDue(policy.get(), now));
    }

    /** Brings the watch list up to date with the event log, without escalating; see the class comment. */
    void catchUp(Configured policy) {
        catchUp(policy, ports.desk().clock().instant());
    }

    private int catchUp(Configured policy, Instant now) {
        int remeasured = 0;
        Batch batch;
        do {
            long from = tx(() -> ports.watches().position());
            try {
                batch = tx(() -> catchUpBatch(policy, from, now));
            } catch (IllegalArgumentException positionBehind) {
                if (tx(() -> ports.watches().position()) > from) {
                    LOG.info("another run caught up with the event log first; this one leaves it");
                    return remeasured;
                }
                throw positionBehind;
            }
            remeasured += batch.tickets();
        } while (batch.events() == BATCH);
        return remeasured;
    }

    /** How many events a catch-up batch read, and how many tickets it measured again. */
    private record Batch(int events, int tickets) {
    }

    /**
     * One batch of events after {@code from}; the position refuses to go back if another run
     * went further. A changed catalogue or a new calendar version makes every watched ticket
     * measured again, under the configuration as it is now.
     */
    private Batch catchUpBatch(Configured policy, long from, Instant now) {
        List<LoggedEvent> events = ports.desk().events().readAfter(from, BATCH);
        Set<TicketId> tickets = new LinkedHashSet<>();
        events.stream().map(LoggedEvent::event).filter(TicketEvent.class::isInstance)
                .map(event -> ((TicketEvent) event).ticketId()).forEach(tickets::add);
        Configured current = policy;
        if (events.stream().anyMatch(e -> e.event() instanceof SlaEvent && !(e.event() instanceof ThresholdCrossed))) {
            current = policies.configured().orElse(policy);
            tickets.addAll(watchedTickets());
        }
        Map<TicketId, Optional<Ticket>> found = new LinkedHashMap<>();
        tickets.forEach(id -> found.put(id, ports.desk().tickets().find(id)));
        // read after the tickets: each history is at least as new as the version its watch is labelled with
        Map<TicketId, List<TicketEvent>> histories = SlaPolicies.histories(ports.desk().events(), List.copyOf(tickets));
        for (TicketId id : tickets) {
            watchSkippingUnmeasurable(current, id, found.get(id), histories.get(id), now);
        }
        if (!events.isEmpty()) {
            ports.watches().advanceTo(events.get(events.size() - 1).position());
        }
        return new Batch(events.size(), tickets.size());
    }

    private Set<TicketId> watchedTickets() {
        Set<TicketId> watched = new LinkedHashSet<>();
        List<ClockWatch> page = ports.watches().list(Optional.empty(), BATCH);
        while (!page.isEmpty()) {
            page.forEach(watch -> watched.add(watch.ticketId()));
            page = page.size() < BATCH ? List.of()
                    : ports.watches().list(Optional.of(page.get(page.size() - 1).ticketId()), BATCH);
        }
        return watched;
    }

    /**
     * A ticket whose history cannot be measured (events out of time order, written by nodes
     * whose clocks disagree) is logged and left as it was, so that it does not hold up the others.
     */
    private void watchSkippingUnmeasurable(Configured policy, TicketId id, Optional<Ticket> ticket,
                                           List<TicketEvent> history, Instant now) {
        try {
            watch(policy, id, ticket, history, now, true);
        } catch (IllegalArgumentException | IllegalStateException unmeasurable) {
            LOG.error("the clocks of ticket {} cannot be measured; it is not watched until its next event", id,
                    unmeasurable);
        }
    }

    /**
     * Escalates the due tickets, one transaction each. A ticket that fails is logged and
     * checked again after {@link #RETRY_AFTER}, so that it holds up neither the others nor
     * the next runs.
     */
    private int escalateDue(Configured policy, Instant now) {
        int escalations = 0;
        List<ClockWatch> due;
        do {
            due = tx(() -> ports.watches().due(now, BATCH));
            for (ClockWatch watch : due) {
                try {
                    escalations += tx(() -> escalate(policy, watch.ticketId(), now)).size();
                } catch (RuntimeException failure) {
                    LOG.error("escalating ticket {} failed; it is checked again in {}", watch.number(), RETRY_AFTER,
                            failure);
                    tx(() -> {
                        ports.watches().put(watch.withNextCheckAt(Optional.of(now.plus(RETRY_AFTER))));
                        return null;
                    });
                }
            }
        } while (due.size() == BATCH);
        return escalations;
    }

    /**
     * Records every threshold crossed that was not recorded before, then appends their
     * events: the escalation log's key, not the event log, decides which node escalates, so
     * two nodes escalating the same ticket record each escalation once.
     */
    private List<ThresholdCrossed> escalate(Configured policy, TicketId id, Instant now) {
        Optional<Ticket> ticket = ports.desk().tickets().find(id);
        Optional<Measured> measured = watch(policy, id, ticket, SlaPolicies.history(ports.desk().events(), id), now,
                false);
        List<ThresholdCrossed> recorded = new ArrayList<>();
        measured.ifPresent(m -> {
            for (SlaThreshold threshold : m.measurement().crossedThresholds()) {
                ThresholdCrossed escalation = new ThresholdCrossed(id, m.ticket().number(), threshold,
                        m.measurement().clock(threshold.clock()).startedAt(), m.ticket().priority(), m.ticket().group(),
                        Actor.SYSTEM_ID, now);
                if (ports.escalations().record(escalation)) {
                    recorded.add(escalation);
                    LOG.info("{} of ticket {} escalated", threshold, m.ticket().number());
                }
            }
            if (!recorded.isEmpty()) {
                ports.desk().events().append(recorded);
            }
        });
        return recorded;
    }

    /** A ticket with its measurement. */
    private record Measured(Ticket ticket, SlaMeasurement measurement) {
    }

    /**
     * Measures the ticket from {@code history}, read after {@code ticket} was found, and stores
     * its watch and its standing, or stops watching it once closed or cancelled (storing its
     * final standing) or gone.
     * With {@code checkCrossed}, a ticket that has crossed thresholds is due at once, so that
     * the escalation pass sees what its new events (a priority raised, say) have caused.
     */
    private Optional<Measured> watch(Configured policy, TicketId id, Optional<Ticket> ticket, List<TicketEvent> history,
                                     Instant now, boolean checkCrossed) {
        if (ticket.isEmpty()) {
            ports.watches().remove(id);
            return Optional.empty();
        }
        Ticket t = ticket.get();
        if (t.status() == TicketStatus.CLOSED || t.status() == TicketStatus.CANCELLED) {
            ports.watches().remove(id);
            ports.standings().put(new StoredStanding(TicketStanding.of(policy.policy().measure(history, now)), false,
                    t.version(), policy.version(), Optional.empty()));
            return Optional.empty();
        }
        SlaMeasurement m = policy.policy().measure(history, now);
        Optional<Instant> next = checkCrossed && !m.crossedThresholds().isEmpty() ? Optional.of(now)
                : m.nextThresholdAt();
        ports.watches().put(new ClockWatch(id, t.number(), m.service(), t.priority(), t.group(), t.status(),
                m.response().state(), m.resolution().state(), m.resolution().deadline(), next, m.isAtRisk(),
                t.version(), now));
        ZoneId zone = policy.policy().calendarOf(m.service(), m.response().startedAt(), now)
                .map(BusinessCalendar::zone).orElse(ZoneOffset.MAX); // the earliest new year, if no calendar
        ports.standings().put(new StoredStanding(TicketStanding.of(m), true, t.version(), policy.version(),
                TicketStanding.validUntil(m, zone)));
        return Optional.of(new Measured(t, m));
    }

    private <T> T tx(java.util.function.Supplier<T> work) {
        return ports.desk().transactions().inTransaction(work);
    }
}
