package org.itilhis.core.sla.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.sla.ClockKind;
import org.itilhis.core.sla.ClockState;
import org.itilhis.core.sla.OlaSegment;
import org.itilhis.core.sla.SlaClock;
import org.itilhis.core.sla.SlaMeasurement;
import org.itilhis.core.ticket.TicketId;

/**
 * Hand-made measurements with figures chosen for the report tests, as if measured round the
 * clock at {@link #NOW} under the targets of the SLA fixture (P2: respond 30m, resolve 8h;
 * warn at 50% and 75%). Unless told otherwise both clocks run from zero and the desk holds
 * the ticket for the resolution clock's elapsed time.
 */
final class Measurements {
    static final Instant NOW = Instant.parse("2026-03-31T00:00:00Z");
    static final GroupId DESK = GroupId.of("desktop-first-line");
    static final GroupId NETWORK = GroupId.of("network-first-line");
    private static final Map<Priority, long[]> TARGET_MINUTES = Map.of(
            Priority.P1, new long[] {15, 240}, Priority.P2, new long[] {30, 480}, Priority.P3, new long[] {60, 960},
            Priority.P4, new long[] {120, 1440}, Priority.P5, new long[] {240, 4800});

    private enum Run { RUNNING, PAUSED, STOPPED, CANCELLED }

    private final int number;
    private final String service;
    private final Priority priority;
    private final Instant raisedAt;
    private Run response = Run.RUNNING;
    private long responseMinutes;
    private Run resolution = Run.RUNNING;
    private long resolutionMinutes;
    private final List<OlaSegment> segments = new ArrayList<>();

    private Measurements(int number, String service, Priority priority, Instant raisedAt) {
        this.number = number;
        this.service = service;
        this.priority = priority;
        this.raisedAt = raisedAt;
    }

    static Measurements ticket(int number, String service, Priority priority, Instant raisedAt) {
        return new Measurements(number, service, priority, raisedAt);
    }

    static TicketId id(int number) {
        return new TicketId(new UUID(0, number));
    }

    Measurements responded(long minutes) {
        return response(Run.STOPPED, minutes);
    }

    Measurements unanswered(long minutes) {
        return response(Run.RUNNING, minutes);
    }

    Measurements resolved(long minutes) {
        return resolution(Run.STOPPED, minutes);
    }

    Measurements working(long minutes) {
        return resolution(Run.RUNNING, minutes);
    }

    Measurements onHold(long minutes) {
        return resolution(Run.PAUSED, minutes);
    }

    Measurements cancelled() {
        response = response == Run.STOPPED ? Run.STOPPED : Run.CANCELLED;
        resolution = Run.CANCELLED;
        return this;
    }

    Measurements heldBy(GroupId group, long minutes) {
        Instant from = segments.isEmpty() ? raisedAt : segments.get(segments.size() - 1).until();
        segments.add(new OlaSegment(group, from, from.plus(Duration.ofMinutes(minutes)), Duration.ofMinutes(minutes)));
        return this;
    }

    SlaMeasurement build() {
        if (segments.isEmpty()) {
            heldBy(DESK, resolutionMinutes);
        }
        long[] targets = TARGET_MINUTES.get(priority);
        return new SlaMeasurement(id(number), service, "24x7",
                clock(ClockKind.RESPONSE, response, responseMinutes, targets[0]),
                clock(ClockKind.RESOLUTION, resolution, resolutionMinutes, targets[1]),
                clock(ClockKind.KEEP_IN_LOOP, Run.RUNNING, 0, targets[0]), ImmutableList.copyOf(segments));
    }

    private Measurements response(Run run, long minutes) {
        response = run;
        responseMinutes = minutes;
        return this;
    }

    private Measurements resolution(Run run, long minutes) {
        resolution = run;
        resolutionMinutes = minutes;
        return this;
    }

    private SlaClock clock(ClockKind kind, Run run, long minutes, long targetMinutes) {
        Duration elapsed = Duration.ofMinutes(minutes);
        Duration target = Duration.ofMinutes(targetMinutes);
        boolean late = minutes > targetMinutes;
        ClockState state = run == Run.CANCELLED ? ClockState.CANCELLED : late ? ClockState.BREACHED
                : run == Run.STOPPED ? ClockState.MET : run == Run.PAUSED ? ClockState.PAUSED : ClockState.RUNNING;
        Optional<Instant> deadline = (run == Run.PAUSED || run == Run.CANCELLED) && !late ? Optional.empty()
                : Optional.of(raisedAt.plus(target));
        Optional<Instant> stoppedAt = run == Run.STOPPED ? Optional.of(raisedAt.plus(elapsed))
                : run == Run.CANCELLED ? Optional.of(NOW) : Optional.empty();
        ImmutableList<Integer> crossed = ImmutableList.of(50, 75).stream().filter(p -> minutes * 100 >= p * targetMinutes)
                .collect(ImmutableList.toImmutableList());
        return new SlaClock(kind, state, priority, target, raisedAt, deadline, elapsed, minutes * 100 / targetMinutes,
                crossed, stoppedAt, NOW, Optional.empty(), ImmutableList.of(), ImmutableSortedSet.of());
    }
}
