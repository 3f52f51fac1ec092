package org.itilhis.ports.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.sla.SlaMeasurement;
import org.itilhis.core.sla.SlaPolicy;
import org.itilhis.core.sla.SlaThreshold;
import org.itilhis.core.sla.ThresholdCrossed;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketEvent;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketStatus;
import org.itilhis.ports.out.ClockWatch;
import org.itilhis.ports.out.LoggedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches every open ticket's clocks and escalates each crossed threshold exactly once:
 * the {@link ThresholdCrossed} event is appended and a notification sent.
 *
 * <p>A {@link #run()} first brings the watch list up to date with the event log (the
 * outbox): every ticket with new events is measured again and its next check time stored.
 * Then it measures the tickets that are due and records the thresholds they have crossed.
 * The {@link org.itilhis.ports.out.EscalationLog} refuses a second record of the same
 * escalation, so a run that overlaps another (two nodes, or a retry after a crash) never
 * escalates twice; the notification goes out after the commit of the node that recorded
 * it. Meant to be called periodically by one cluster-safe scheduler (the JDBC adapter's).
 * Nothing happens while no SLA configuration is stored.
 */
public final class SlaMonitor {
    private static final Logger LOG = LoggerFactory.getLogger(SlaMonitor.class);
    static final int BATCH = 200;

    private final ServiceLevelPorts ports;
    private final SlaPolicies policies;
    private final EscalationNotifications notifications;

    SlaMonitor(ServiceLevelPorts ports) {
        this.ports = checkNotNull(ports, "ports");
        this.policies = new SlaPolicies(ports.configuration());
        this.notifications = new EscalationNotifications(ports.desk().directory(), ports.desk().notifier());
    }

    /** What one run did. */
    public record Run(int ticketsRemeasured, int escalations) {
    }

    /** Catches up with the event log, then escalates what is due; see the class comment. */
    public Run run() {
        Optional<SlaPolicy> policy = policies.current();
        if (policy.isEmpty()) {
            return new Run(0, 0);
        }
        Instant now = ports.desk().clock().instant();
        return new Run(catchUp(policy.get(), now), escalateDue(policy.get(), now));
    }

    /** Brings the watch list up to date with the event log, without escalating; see the class comment. */
    void catchUp() {
        policies.current().ifPresent(policy -> catchUp(policy, ports.desk().clock().instant()));
    }

    private int catchUp(SlaPolicy policy, Instant now) {
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

    /** How many events a catch-up batch read, and how many tickets they touched. */
    private record Batch(int events, int tickets) {
    }

    /** One batch of events after {@code from}; the position refuses to go back if another run went further. */
    private Batch catchUpBatch(SlaPolicy policy, long from, Instant now) {
        List<LoggedEvent> events = ports.desk().events().readAfter(from, BATCH);
        Set<TicketId> tickets = new LinkedHashSet<>();
        events.stream().map(LoggedEvent::event).filter(TicketEvent.class::isInstance)
                .map(event -> ((TicketEvent) event).ticketId()).forEach(tickets::add);
        tickets.forEach(id -> watch(policy, id, now, true));
        if (!events.isEmpty()) {
            ports.watches().advanceTo(events.get(events.size() - 1).position());
        }
        return new Batch(events.size(), tickets.size());
    }

    private int escalateDue(SlaPolicy policy, Instant now) {
        int escalations = 0;
        List<ClockWatch> due;
        do {
            due = tx(() -> ports.watches().due(now, BATCH));
            for (ClockWatch watch : due) {
                List<ThresholdCrossed> recorded = tx(() -> escalate(policy, watch.ticketId(), now));
                recorded.forEach(notifications::send);
                escalations += recorded.size();
            }
        } while (due.size() == BATCH);
        return escalations;
    }

    private List<ThresholdCrossed> escalate(SlaPolicy policy, TicketId id, Instant now) {
        Optional<Measured> measured = watch(policy, id, now, false);
        List<ThresholdCrossed> recorded = new ArrayList<>();
        measured.ifPresent(m -> {
            for (SlaThreshold threshold : m.measurement().crossedThresholds()) {
                ThresholdCrossed escalation = new ThresholdCrossed(id, m.ticket().number(), threshold,
                        m.measurement().clock(threshold.clock()).startedAt(), m.ticket().priority(), m.ticket().group(),
                        Actor.SYSTEM_ID, now);
                if (ports.escalations().record(escalation)) {
                    ports.desk().events().append(List.of(escalation));
                    recorded.add(escalation);
                    LOG.info("{} of ticket {} escalated", threshold, m.ticket().number());
                }
            }
        });
        return recorded;
    }

    /** A ticket with its measurement. */
    private record Measured(Ticket ticket, SlaMeasurement measurement) {
    }

    /**
     * Measures the ticket and stores its watch, or stops watching it once closed or cancelled.
     * With {@code checkCrossed}, a ticket that has crossed thresholds is due at once, so that
     * the escalation pass sees what its new events (a priority raised, say) have caused.
     */
    private Optional<Measured> watch(SlaPolicy policy, TicketId id, Instant now, boolean checkCrossed) {
        Optional<Ticket> ticket = ports.desk().tickets().find(id);
        if (ticket.isEmpty() || ticket.get().status() == TicketStatus.CLOSED
                || ticket.get().status() == TicketStatus.CANCELLED) {
            ports.watches().remove(id);
            return Optional.empty();
        }
        List<TicketEvent> history = ports.desk().events().history(id.toString()).stream()
                .filter(TicketEvent.class::isInstance).map(TicketEvent.class::cast).toList();
        SlaMeasurement m = policy.measure(history, now);
        Optional<Instant> next = checkCrossed && !m.crossedThresholds().isEmpty() ? Optional.of(now)
                : m.nextThresholdAt();
        Ticket t = ticket.get();
        ports.watches().put(new ClockWatch(id, t.number(), m.service(), t.priority(), t.group(), t.status(),
                m.response().state(), m.resolution().state(), m.resolution().deadline(), next, t.version(), now));
        return Optional.of(new Measured(t, m));
    }

    private <T> T tx(java.util.function.Supplier<T> work) {
        return ports.desk().transactions().inTransaction(work);
    }
}
