package org.itilhis.adapters.wecom;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The messages sent to each robot in the last minute, in this process: lets the channel hold a
 * message back itself rather than post it past the robot's limit.
 */
final class SendingWindow {
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final int perMinute;
    private final InstantSource clock;
    private final Map<String, Deque<Instant>> sent = new HashMap<>();

    SendingWindow(int perMinute, InstantSource clock) {
        checkArgument(perMinute > 0, "perMinute is not positive: %s", perMinute);
        this.perMinute = perMinute;
        this.clock = checkNotNull(clock, "clock");
    }

    int perMinute() {
        return perMinute;
    }

    /** Counts a message to {@code robot} and says yes, unless the last minute already holds {@link #perMinute}. */
    synchronized boolean admit(String robot) {
        Instant now = clock.instant();
        Deque<Instant> times = sent.computeIfAbsent(robot, any -> new ArrayDeque<>());
        while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(MINUTE))) {
            times.pollFirst();
        }
        if (times.size() >= perMinute) {
            return false;
        }
        times.addLast(now);
        return true;
    }
}
