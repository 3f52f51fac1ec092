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
import org.itilhis.core.ticket.TicketEvent.Cancelled;
import org.itilhis.core.ticket.TicketEvent.Closed;
import org.itilhis.core.ticket.TicketEvent.Escalated;
import org.itilhis.core.ticket.TicketEvent.MajorIncidentDeclared;
import org.itilhis.core.ticket.TicketEvent.PriorityOverridden;
import org.itilhis.core.ticket.TicketEvent.PutOnHold;
import org.itilhis.core.ticket.TicketEvent.Raised;
import org.itilhis.core.ticket.TicketEvent.Reopened;
import org.itilhis.core.ticket.TicketEvent.Reprioritised;
import org.itilhis.core.ticket.TicketEvent.Resolved;
import org.itilhis.core.ticket.TicketEvent.Resumed;
import org.itilhis.core.ticket.TicketEvent.Started;

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
        if (event instanceof Assigned e) {
            handOver(e.group(), at, "assigned");
        } else if (event instanceof Escalated e) {
            handOver(e.toGroup(), at, "escalated");
        } else if (event instanceof Accepted || event instanceof Started) {
            respond(at, event instanceof Accepted ? "accepted" : "started");
        } else if (event instanceof PutOnHold e) {
            hold(e, at);
        } else if (event instanceof Resumed) {
            resume(at);
        } else if (event instanceof Resolved || event instanceof Closed || event instanceof Cancelled) {
            stop(event, at);
        } else if (event instanceof Reopened e) {
            reopen(e, at);
        } else {
            reprioritise(event, at);
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

    private void stop(TicketEvent event, Instant at) {
        boolean cancelled = event instanceof Cancelled;
        if (phase == Phase.RUNNING || phase == Phase.PAUSED || cancelled && phase != Phase.CANCELLED) {
            cut(at);
            phase = cancelled ? Phase.CANCELLED : Phase.STOPPED;
            stoppedAt = Optional.of(at);
            String what = cancelled ? "cancelled" : event instanceof Resolved ? "resolved" : "closed";
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

    private void reprioritise(TicketEvent event, Instant at) {
        Priority before = priority();
        if (event instanceof Reprioritised e) {
            assessed = e.assessment().priority();
        } else if (event instanceof MajorIncidentDeclared e) {
            assessed = e.assessment().priority();
            override = Optional.empty();
        } else if (event instanceof PriorityOverridden e) {
            override = Optional.of(e.override().priority());
        } else {
            return; // work logs, ratings, linked contacts, lead escalations: no clock moves
        }
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
     * The last piece, up to {@code now}; kept even when empty while running, so it marks
     * where counting resumed, and when it would be the only one, so a group always holds the ticket.
     */
    private void finish(Instant now) {
        if (!now.isAfter(pieceFrom) && (phase == Phase.RUNNING || pieces.isEmpty())) {
            pieces.add(new Piece(pieceFrom, now, group, phase == Phase.RUNNING));
        } else {
            cut(now);
        }
    }

    String when(Instant at) {
        return Explanations.at(at, zone);
    }
}
