package org.itilhis.core.sla;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.sla.ClockTimeline.Phase;
import org.itilhis.core.sla.SlaClocks.ClockMeter;
import org.itilhis.core.sla.SlaClocks.Interval;
import org.itilhis.core.ticket.HoldReason;
import org.itilhis.core.ticket.TicketEvent;
import org.itilhis.core.ticket.TicketEvent.CallerUpdated;
import org.itilhis.core.ticket.TicketEvent.Cancelled;
import org.itilhis.core.ticket.TicketEvent.Closed;
import org.itilhis.core.ticket.TicketEvent.PutOnHold;
import org.itilhis.core.ticket.TicketEvent.Reopened;
import org.itilhis.core.ticket.TicketEvent.Resolved;

/**
 * The keep-in-loop clock: the business time since the caller was last told where their
 * ticket stands, against the keep-in-loop interval of the ticket's priority.
 *
 * <p>The caller counts as updated when the ticket is raised (they were just heard), at
 * every {@link CallerUpdated}, when the ticket is put on hold awaiting the caller (they were
 * asked for something), when it is resolved (they are told the outcome) and when it is
 * reopened (they have just spoken). Nothing else counts: work logs, assignments and
 * escalations happen out of the caller's sight. Each update restarts the clock from zero;
 * it never pauses. It stops at resolution (met, or breached when the last gap before it
 * was too long), runs again from a reopen and is cancelled with the ticket. Breached thus
 * means: the current (or, once stopped, the last) stretch without an update exceeds the
 * interval.
 */
final class KeepInLoopClock {
    private final ZoneId zone;
    private final List<String> lines = new ArrayList<>();
    private Instant lastUpdate;
    private Phase phase = Phase.RUNNING;
    private Optional<Instant> stoppedAt = Optional.empty();

    private KeepInLoopClock(Instant raisedAt, ZoneId zone) {
        this.zone = zone;
        this.lastUpdate = raisedAt;
        lines.add("keep-in-loop clock started " + when(raisedAt) + " when raised");
    }

    /** Measures the clock of the ticket whose complete history (oldest first, validated by the caller) is given. */
    static SlaClock measure(List<? extends TicketEvent> history, BusinessCalendar calendar, ServiceLevelAgreement sla,
                            Priority priority, Instant now) {
        KeepInLoopClock clock = new KeepInLoopClock(history.get(0).occurredAt(), calendar.zone());
        Instant last = history.get(0).occurredAt();
        for (TicketEvent event : history.subList(1, history.size())) {
            last = event.occurredAt().isAfter(last) ? event.occurredAt() : last; // see ClockTimeline.walk
            clock.apply(event, last);
        }
        Instant until = clock.stoppedAt.orElse(now);
        List<Interval> counted = until.isAfter(clock.lastUpdate)
                ? List.of(new Interval(clock.lastUpdate, until)) : List.of();
        return new ClockMeter(calendar, sla, priority, clock.lastUpdate, now)
                .clock(ClockKind.KEEP_IN_LOOP, counted, clock.phase, clock.stoppedAt, ImmutableList.copyOf(clock.lines));
    }

    private void apply(TicketEvent event, Instant at) {
        event.accept(new Step(at));
    }

    /** What one event does to the keep-in-loop clock: only news for the caller and the ticket's end move it. */
    private final class Step implements TicketEvent.Visitor<Void> {
        private final Instant at;

        Step(Instant at) {
            this.at = at;
        }

        @Override
        public Void raised(TicketEvent.Raised e) {
            throw new IllegalArgumentException("a ticket is raised only once: " + e);
        }

        @Override
        public Void callerUpdated(CallerUpdated e) {
            update(at, "caller updated: " + e.message());
            return null;
        }

        @Override
        public Void putOnHold(PutOnHold e) {
            if (e.reason() == HoldReason.AWAITING_CALLER) {
                update(at, "on hold awaiting the caller, who was asked");
            }
            return null;
        }

        @Override
        public Void resolved(Resolved e) {
            stop(at, Phase.STOPPED, "resolved: the caller is told the outcome");
            return null;
        }

        @Override
        public Void closed(Closed e) {
            stop(at, Phase.STOPPED, "closed");
            return null;
        }

        @Override
        public Void cancelled(Cancelled e) {
            stop(at, Phase.CANCELLED, "cancelled");
            return null;
        }

        @Override
        public Void reopened(Reopened e) {
            phase = Phase.RUNNING;
            stoppedAt = Optional.empty();
            lastUpdate = at;
            lines.add("restarted " + when(at) + ": reopened on the caller's word");
            return null;
        }

        // Work on the ticket that the caller does not hear of leaves the clock running.

        @Override
        public Void assigned(TicketEvent.Assigned e) {
            return null;
        }

        @Override
        public Void accepted(TicketEvent.Accepted e) {
            return null;
        }

        @Override
        public Void started(TicketEvent.Started e) {
            return null;
        }

        @Override
        public Void resumed(TicketEvent.Resumed e) {
            return null;
        }

        @Override
        public Void escalated(TicketEvent.Escalated e) {
            return null;
        }

        @Override
        public Void escalatedToLead(TicketEvent.EscalatedToLead e) {
            return null;
        }

        @Override
        public Void workLogged(TicketEvent.WorkLogged e) {
            return null;
        }

        @Override
        public Void rated(TicketEvent.Rated e) {
            return null;
        }

        @Override
        public Void reprioritised(TicketEvent.Reprioritised e) {
            return null;
        }

        @Override
        public Void priorityOverridden(TicketEvent.PriorityOverridden e) {
            return null;
        }

        @Override
        public Void majorIncidentDeclared(TicketEvent.MajorIncidentDeclared e) {
            return null;
        }

        @Override
        public Void contactLinked(TicketEvent.ContactLinked e) {
            return null;
        }
    }

    private void update(Instant at, String why) {
        if (phase == Phase.RUNNING) {
            lastUpdate = at;
            lines.add("restarted " + when(at) + ": " + why);
        }
    }

    private void stop(Instant at, Phase next, String why) {
        if (phase == Phase.RUNNING) { // a resolved ticket is closed, never cancelled: only a running clock stops
            stoppedAt = Optional.of(at);
            phase = next;
            lines.add("stopped " + when(at) + ": " + why);
        }
    }

    private String when(Instant at) {
        return Explanations.at(at, zone);
    }
}
