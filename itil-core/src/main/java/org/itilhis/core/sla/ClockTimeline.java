package org.itilhis.core.sla;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.ticket.TicketEvent;
import org.itilhis.core.ticket.TicketEvent.Accepted;
import org.itilhis.core.ticket.TicketEvent.Assigned;
import org.itilhis.core.ticket.TicketEvent.CallerUpdated;
import org.itilhis.core.ticket.TicketEvent.Cancelled;
import org.itilhis.core.ticket.TicketEvent.Closed;
import org.itilhis.core.ticket.TicketEvent.ContactLinked;
import org.itilhis.core.ticket.TicketEvent.Escalated;
import org.itilhis.core.ticket.TicketEvent.EscalatedToLead;
import org.itilhis.core.ticket.TicketEvent.MajorIncidentDeclared;
import org.itilhis.core.ticket.TicketEvent.PriorityOverridden;
import org.itilhis.core.ticket.TicketEvent.PutOnHold;
import org.itilhis.core.ticket.TicketEvent.Raised;
import org.itilhis.core.ticket.TicketEvent.Rated;
import org.itilhis.core.ticket.TicketEvent.Reopened;
import org.itilhis.core.ticket.TicketEvent.Reprioritised;
import org.itilhis.core.ticket.TicketEvent.Resolved;
import org.itilhis.core.ticket.TicketEvent.Resumed;
import org.itilhis.core.ticket.TicketEvent.Started;
import org.itilhis.core.ticket.TicketEvent.WorkLogged;

/**
 * One pass over a ticket's history that cuts the time from raising to the measuring instant
 * into {@link Piece}s: each held by one group and either counting for the resolution clock
 * or not. It also notes the first response, the latest priority and a readable line for
 * every event that moves a clock. Mutable while walking; read only afterwards.
 */
final class ClockTimeline {
    /** A stretch of time with one holder, counting for the resolution clock or not. */
    record Piece(Instant from, Instant to, GroupId group, boolean counting) {
    }

    /** What the resolution clock is doing. */
    enum Phase { RUNNING, PAUSED, STOPPED, CANCELLED }

    private final ServiceLevelAgreement sla;
    private final ZoneId zone;
    final Raised raised;
    final List<Piece> pieces = new ArrayList<>();
    final List<String> resolutionLines = new ArrayList<>();
    final List<String> responseLines = new ArrayList<>();
    Phase phase = Phase.RUNNING;
    Optional<Instant> respondedAt = Optional.empty();
    Optional<Instant> stoppedAt = Optional.empty();
    private Instant pieceFrom;
    private GroupId group;
    private Priority assessed;
    private Optional<Priority> override = Optional.empty();

    private ClockTimeline(ServiceLevelAgreement sla, ZoneId zone, Raised raised) {
        this.sla = sla;
        this.zone = zone;
        this.raised = raised;
        this.pieceFrom = raised.occurredAt();
        this.group = raised.group();
        this.assessed = raised.assessment().priority();
    }

    /**
     * Walks {@code history} (oldest first, starting with Raised) up to {@code now}. An event
     * recorded earlier than its predecessor (two nodes' clocks apart) counts at its
     * predecessor's time, so time never runs backwards on a clock.
     */
    static ClockTimeline walk(List<? extends TicketEvent> history, ServiceLevelAgreement sla, ZoneId zone,
                              Instant now) {
        checkArgument(!history.isEmpty() && history.get(0) instanceof Raised, "a ticket's history starts with Raised");
        ClockTimeline timeline = new ClockTimeline(sla, zone, (Raised) history.get(0));
        timeline.startLines();
        Instant last = timeline.raised.occurredAt();
        for (TicketEvent event : history.subList(1, history.size())) {
            checkArgument(event.ticketId().equals(timeline.raised.ticketId()), "event %s belongs to another ticket", event);
            // A node whose clock was behind recorded it earlier than its predecessor (ADR 0007).
            last = event.occurredAt().isAfter(last) ? event.occurredAt() : last;
            checkArgument(!now.isBefore(last), "measured at %s, before event %s", now, event);
            timeline.apply(event, last);
        }
        checkArgument(!now.isBefore(timeline.pieceFrom), "measured at %s, before the ticket was raised", now);
        timeline.finish(now);
        return timeline;
    }

    /** The effective priority: a manual override if one stands, else the assessed priority. */
    Priority priority() {
        return override.orElse(assessed);
    }

    /** Applies {@code event} as if it happened {@code at}: its time, or its predecessor's if that is later. */
    private void apply(TicketEvent event, Instant at) {
        event.accept(new Step(at));
    }

    /** What one event does to the clocks. */
    private final class Step implements TicketEvent.Visitor<Void> {
        private final Instant at;

        Step(Instant at) {
            this.at = at;
        }

        @Override
        public Void raised(Raised e) {
            throw new IllegalArgumentException("a ticket is raised only once: " + e);
        }

        @Override
        public Void assigned(Assigned e) {
            handOver(e.group(), at, "assigned");
            return null;
        }

        @Override
        public Void accepted(Accepted e) {
            respond(at, "accepted");
            return null;
        }

        @Override
        public Void started(Started e) {
            respond(at, "started");
            return null;
        }

        @Override
        public Void putOnHold(PutOnHold e) {
            hold(e, at);
            return null;
        }

        @Override
        public Void resumed(Resumed e) {
            resume(at);
            return null;
        }

        @Override
        public Void escalated(Escalated e) {
            handOver(e.toGroup(), at, "escalated");
            return null;
        }

        @Override
        public Void escalatedToLead(EscalatedToLead e) {
            return null; // the lead is told; no clock moves
        }

        @Override
        public Void resolved(Resolved e) {
            stop(at, false, "resolved");
            return null;
        }

        @Override
        public Void closed(Closed e) {
            stop(at, false, "closed");
            return null;
        }

        @Override
        public Void reopened(Reopened e) {
            reopen(e, at);
            return null;
        }

        @Override
        public Void cancelled(Cancelled e) {
            stop(at, true, "cancelled");
            return null;
        }

        @Override
        public Void callerUpdated(CallerUpdated e) {
            return null; // the keep-in-loop clock's event (KeepInLoopClock)
        }

        @Override
        public Void workLogged(WorkLogged e) {
            return null;
        }

        @Override
        public Void rated(Rated e) {
            return null;
        }

        @Override
        public Void reprioritised(Reprioritised e) {
            reprioritise(e, at, () -> assessed = e.assessment().priority());
            return null;
        }

        @Override
        public Void priorityOverridden(PriorityOverridden e) {
            reprioritise(e, at, () -> override = Optional.of(e.override().priority()));
            return null;
        }

        @Override
        public Void majorIncidentDeclared(MajorIncidentDeclared e) {
            reprioritise(e, at, () -> {
                assessed = e.assessment().priority();
                override = Optional.empty();
            });
            return null;
        }

        @Override
        public Void contactLinked(ContactLinked e) {
            return null;
        }
    }

    private void startLines() {
        String start = "started " + when(raised.occurredAt()) + " when raised (" + priority() + ", group "
                + group + ")";
        resolutionLines.add("resolution clock " + start);
        responseLines.add("response clock " + start);
    }

    private void handOver(GroupId next, Instant at, String how) {
        if (!next.equals(group)) {
            cut(at);
            resolutionLines.add(how + " to group " + next + " " + when(at) + " (OLA segment of " + group + " ends)");
            group = next;
        }
    }

    private void respond(Instant at, String how) {
        if (respondedAt.isEmpty() && phase != Phase.CANCELLED) {
            respondedAt = Optional.of(at);
            responseLines.add("met " + when(at) + ": first " + how);
        }
    }

    private void hold(PutOnHold e, Instant at) {
        String reason = e.reason() + (e.note().isEmpty() ? "" : " (" + e.note() + ")");
        if (phase == Phase.RUNNING && sla.pauses(e.reason())) {
            cut(at);
            phase = Phase.PAUSED;
            resolutionLines.add("paused " + when(at) + ": on hold, " + reason);
        } else {
            resolutionLines.add("on hold " + when(at) + ", " + reason + ": does not pause the clock under SLA "
                    + sla.name());
        }
    }

    private void resume(Instant at) {
        if (phase == Phase.PAUSED) {
            cut(at);
            phase = Phase.RUNNING;
            resolutionLines.add("resumed " + when(at) + ": work continues");
        } else {
            resolutionLines.add("work continues " + when(at) + " (the clock had kept running)");
        }
    }

    private void stop(Instant at, boolean cancelled, String what) {
        if (phase == Phase.RUNNING || phase == Phase.PAUSED || cancelled && phase != Phase.CANCELLED) {
            cut(at);
            phase = cancelled ? Phase.CANCELLED : Phase.STOPPED;
            stoppedAt = Optional.of(at);
            resolutionLines.add("stopped " + when(at) + ": " + what);
        }
        if (cancelled && respondedAt.isEmpty()) {
            responseLines.add("cancelled " + when(at) + " before any response");
        }
    }

    private void reopen(Reopened e, Instant at) {
        if (phase == Phase.STOPPED) {
            cut(at);
            phase = Phase.RUNNING;
            stoppedAt = Optional.empty();
            resolutionLines.add("resumed " + when(at) + ": reopened, " + e.reason());
        }
    }

    /** Applies a priority change ({@code change}) of {@code event}; the target follows, from the original start. */
    private void reprioritise(TicketEvent event, Instant at, Runnable change) {
        Priority before = priority();
        change.run();
        if (priority() != before) {
            resolutionLines.add("priority " + before + " -> " + priority() + " " + when(at) + " ("
                    + event.type() + "): target becomes " + targetLine() + ", measured from the original start");
        }
    }

    private String targetLine() {
        SlaTargets t = sla.targetsFor(priority());
        return "respond " + Explanations.duration(t.response()) + ", resolve " + Explanations.duration(t.resolution());
    }

    private void cut(Instant at) {
        if (at.isAfter(pieceFrom)) {
            pieces.add(new Piece(pieceFrom, at, group, phase == Phase.RUNNING));
            pieceFrom = at;
        }
    }

    /**
     * The last piece, up to {@code now}, held by the group holding the ticket then; kept even
     * when empty, so that group always has the last segment, as it has when the ticket is
     * measured later (a ticket handed over and cancelled, resolved or paused at the measuring
     * instant, or cancelled the moment it was raised); while running it marks where counting resumed.
     */
    private void finish(Instant now) {
        pieces.add(new Piece(pieceFrom, now, group, phase == Phase.RUNNING));
    }

    String when(Instant at) {
        return Explanations.at(at, zone);
    }
}
