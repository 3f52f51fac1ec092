package org.itilhis.core.sla;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.Messages;
import org.itilhis.core.sla.ClockTimeline.Phase;
import org.itilhis.core.sla.ClockTimeline.Piece;
import org.itilhis.core.ticket.TicketEvent;
import org.itilhis.core.ticket.TicketEvent.Cancelled;
import org.itilhis.core.ticket.TicketEvent.Closed;

/**
 * Derives a ticket's SLA clocks and OLA segments from its event history: a pure function of
 * the history, the service, the calendars and the measuring instant, so the same inputs
 * always give the same figures and any past figure can be recomputed.
 *
 * <p>Semantics:
 * <ul>
 *   <li>Both clocks start when the ticket is raised and measure in the calendar version in
 *       force at that instant, for the service's criticality ({@link CalendarPolicy}).</li>
 *   <li>The <b>response</b> clock is met at the first Accepted or Started event; holds do
 *       not pause it (a ticket cannot be put on hold before work started).</li>
 *   <li>The <b>resolution</b> clock pauses while the ticket is on hold for a reason the SLA
 *       names, stops at Resolved (or Closed), resumes at Reopened and is cancelled with the
 *       ticket. A hold for any other reason is noted but does not pause it.</li>
 *   <li>The target is that of the ticket's latest priority. When the priority changes, the
 *       target is recomputed from the original start, never restarted: the deadline is the
 *       instant at which counted business time reaches the new target.</li>
 *   <li>The deadline is found by walking the counted intervals and, in the interval where
 *       the remaining target runs out, asking the calendar for
 *       {@link BusinessCalendar#deadline}; pauses thus shift it by exactly their business time.</li>
 *   <li>A clock whose figures reach a year the calendar holds only provisionally is marked
 *       provisional. An open ticket measures with every official arrangement loaded by
 *       {@code now}; a closed or cancelled one with those loaded by its closing, so its
 *       figures stay as they were reported (ADR 0003).</li>
 * </ul>
 */
public final class SlaClocks {
    private SlaClocks() {
    }

    /**
     * Measures the clocks of the ticket whose complete history (oldest first) is given.
     *
     * @throws IllegalArgumentException if the history does not start with Raised or holds
     *         another ticket's event. An event recorded earlier than its predecessor counts at
     *         the predecessor's time, and a {@code now} before the last event as that event's
     *         time: nodes' clocks may disagree by seconds (ADR 0007).
     */
    public static SlaMeasurement measure(List<? extends TicketEvent> history, ServiceCatalogueEntry service,
                                         CalendarPolicy calendars, Instant now) {
        checkNotNull(history, "history");
        checkNotNull(service, "service");
        checkNotNull(calendars, "calendars");
        checkNotNull(now, "now");
        Instant raisedAt = history.isEmpty() ? now : history.get(0).occurredAt();
        Instant measuredAt = notBeforeTheHistory(history, now);
        BusinessCalendar calendar = calendars.calendarFor(service, raisedAt, dataAsOf(history, measuredAt));
        ClockTimeline timeline = ClockTimeline.walk(history, service.sla(), calendar.zone(), measuredAt);
        ClockMeter meter = new ClockMeter(calendar, service.sla(), timeline.priority(), raisedAt, measuredAt);
        return new SlaMeasurement(timeline.raised.ticketId(), service.service(), calendar.name(),
                response(meter, timeline), resolution(meter, timeline),
                KeepInLoopClock.measure(history, calendar, service.sla(), timeline.priority(), measuredAt),
                segments(calendar, timeline.pieces));
    }

    /**
     * {@code now}, or the latest event's time if that is later: a node whose clock is behind
     * the node that recorded the last event still measures the ticket, as of that event (ADR 0007).
     */
    private static Instant notBeforeTheHistory(List<? extends TicketEvent> history, Instant now) {
        Instant latest = now;
        for (TicketEvent event : history) {
            latest = event.occurredAt().isAfter(latest) ? event.occurredAt() : latest;
        }
        return latest;
    }

    /**
     * The instant whose calendar data measures the ticket: when it was closed or cancelled, so
     * that its figures stay as they were reported then, else {@code now}, so that an open
     * ticket takes a year's official arrangement as soon as it is loaded.
     */
    private static Instant dataAsOf(List<? extends TicketEvent> history, Instant now) {
        return history.stream().filter(event -> event instanceof Closed || event instanceof Cancelled)
                .map(TicketEvent::occurredAt).findFirst().orElse(now);
    }

    private static SlaClock response(ClockMeter meter, ClockTimeline t) {
        Instant until = t.respondedAt.or(() -> t.phase == Phase.CANCELLED ? t.stoppedAt : Optional.empty())
                .orElse(meter.now());
        Phase phase = t.respondedAt.isPresent() ? Phase.STOPPED
                : t.phase == Phase.CANCELLED ? Phase.CANCELLED : Phase.RUNNING;
        List<Interval> counted = until.isAfter(meter.start()) ? List.of(new Interval(meter.start(), until)) : List.of();
        return meter.clock(ClockKind.RESPONSE, counted, phase, t.respondedAt.or(() -> stopOf(phase, until)),
                t.responseLines);
    }

    private static SlaClock resolution(ClockMeter meter, ClockTimeline t) {
        List<Interval> counted = t.pieces.stream().filter(Piece::counting)
                .map(p -> new Interval(p.from(), p.to())).toList();
        return meter.clock(ClockKind.RESOLUTION, counted, t.phase, t.stoppedAt, t.resolutionLines);
    }

    private static Optional<Instant> stopOf(Phase phase, Instant until) {
        return phase == Phase.CANCELLED ? Optional.of(until) : Optional.empty();
    }

    private static ImmutableList<OlaSegment> segments(BusinessCalendar calendar, List<Piece> pieces) {
        ImmutableList.Builder<OlaSegment> segments = ImmutableList.builder();
        int i = 0;
        while (i < pieces.size()) {
            GroupId group = pieces.get(i).group();
            Instant from = pieces.get(i).from();
            Duration held = Duration.ZERO;
            Instant until = from;
            for (; i < pieces.size() && pieces.get(i).group().equals(group); i++) {
                Piece piece = pieces.get(i);
                held = piece.counting() ? held.plus(calendar.businessTimeBetween(piece.from(), piece.to())) : held;
                until = piece.to();
            }
            segments.add(new OlaSegment(group, from, until, held));
        }
        return segments.build();
    }

    /** A half-open interval {@code [from, to)} during which a clock counted. */
    record Interval(Instant from, Instant to) {
    }

    /** Turns counted intervals into a clock for one calendar, SLA, priority and instant. */
    record ClockMeter(BusinessCalendar calendar, ServiceLevelAgreement sla, Priority priority, Instant start,
                      Instant now) {
        SlaClock clock(ClockKind kind, List<Interval> counted, Phase phase, Optional<Instant> stoppedAt,
                       List<String> lines) {
            Duration target = sla.targetsFor(priority).of(kind);
            Duration elapsed = counted.stream().map(i -> calendar.businessTimeBetween(i.from(), i.to()))
                    .reduce(Duration.ZERO, Duration::plus);
            ClockState state = state(phase, elapsed, target);
            Optional<Instant> deadline = deadline(counted, phase, target);
            long percent = elapsed.getSeconds() * 100 / target.getSeconds();
            ImmutableList<Integer> crossed = sla.warningPercents().stream()
                    .filter(p -> elapsed.getSeconds() >= new SlaThreshold(kind, p).crossedAtElapsed(target.getSeconds()))
                    .collect(ImmutableList.toImmutableList());
            Optional<Instant> next = nextThreshold(kind, phase, elapsed, target);
            ImmutableSortedSet<Integer> provisional = calendar.provisionalYears(start,
                    latest(lastEnd(counted), latest(deadline.orElse(start), next.orElse(start))));
            ImmutableList.Builder<String> explanation = ImmutableList.<String>builder().addAll(lines)
                    .add(summary(state, elapsed, target, percent, deadline));
            if (!provisional.isEmpty()) {
                explanation.add(Messages.format("calendar.provisional", Locale.ENGLISH, provisional.asList(),
                        calendar.coverage().orElseThrow().holidays().label()));
            }
            return new SlaClock(kind, state, priority, target, start, deadline, elapsed, percent, crossed,
                    stoppedAt, now, next, explanation.build(), provisional);
        }

        /** Where the first threshold above {@code elapsed} falls if counting goes on from now. */
        private Optional<Instant> nextThreshold(ClockKind kind, Phase phase, Duration elapsed, Duration target) {
            if (phase != Phase.RUNNING) {
                return Optional.empty();
            }
            return Stream.concat(sla.warningPercents().stream().map(p -> new SlaThreshold(kind, p)),
                            Stream.of(SlaThreshold.breach(kind)))
                    .mapToLong(threshold -> threshold.crossedAtElapsed(target.getSeconds()))
                    .filter(seconds -> seconds > elapsed.getSeconds())
                    .min()
                    .stream()
                    .mapToObj(seconds -> calendar.deadline(now, Duration.ofSeconds(seconds - elapsed.getSeconds())))
                    .findFirst();
        }

        private static ClockState state(Phase phase, Duration elapsed, Duration target) {
            if (phase == Phase.CANCELLED) {
                return ClockState.CANCELLED;
            } else if (elapsed.compareTo(target) > 0) {
                return ClockState.BREACHED;
            } else if (phase == Phase.STOPPED) {
                return ClockState.MET;
            }
            return phase == Phase.PAUSED ? ClockState.PAUSED : ClockState.RUNNING;
        }

        /** Where counted time reaches {@code target}; see {@link SlaClock} for when it is empty. */
        private Optional<Instant> deadline(List<Interval> counted, Phase phase, Duration target) {
            Duration remaining = target;
            for (int i = 0; i < counted.size(); i++) {
                Interval interval = counted.get(i);
                boolean open = phase == Phase.RUNNING && i == counted.size() - 1;
                Duration counts = calendar.businessTimeBetween(interval.from(), interval.to());
                if (open || counts.compareTo(remaining) >= 0) {
                    return Optional.of(calendar.deadline(interval.from(), remaining));
                }
                remaining = remaining.minus(counts);
            }
            return switch (phase) {
                case RUNNING -> Optional.of(calendar.deadline(now, remaining)); // no counted interval yet: starts now
                case STOPPED -> Optional.of(calendar.deadline(lastEnd(counted), remaining));
                case PAUSED, CANCELLED -> Optional.empty();
            };
        }

        private static Instant latest(Instant a, Instant b) {
            return a.isAfter(b) ? a : b;
        }

        private Instant lastEnd(List<Interval> counted) {
            return counted.isEmpty() ? start : counted.get(counted.size() - 1).to();
        }

        private String summary(ClockState state, Duration elapsed, Duration target, long percent,
                               Optional<Instant> deadline) {
            return state + " at " + Explanations.at(now, calendar.zone()) + ": " + Explanations.duration(elapsed)
                    + " of " + Explanations.duration(target) + " (" + percent + "%) for " + priority
                    + ", deadline " + deadline.map(d -> Explanations.at(d, calendar.zone()))
                    .orElse("open while the clock does not run") + " (" + calendar.zone() + ")";
        }
    }
}
