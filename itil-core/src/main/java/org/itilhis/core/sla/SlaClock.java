package org.itilhis.core.sla;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.priority.Priority;

/**
 * One SLA clock of a ticket as measured at {@code measuredAt}: derived, never stored as
 * truth, so it can be recomputed from the ticket's history at any time.
 *
 * <p>{@code elapsed} is the business time counted so far (paused and stopped intervals
 * excluded). The {@code deadline} is the instant at which counted time reaches the target:
 * exact when the target was reached, or while the clock runs (assuming no further pause);
 * for a clock met early it is where the deadline would have fallen had it kept running; it
 * is empty while the clock is paused or cancelled short of its target, because it then
 * depends on when work resumes. {@code crossedWarnings} are the SLA's warning percentages
 * that elapsed time has reached; {@code explanation} says, line by line, how the figures
 * came about. {@code nextThresholdAt} is when the next threshold not yet crossed (a warning
 * or the breach) will be crossed if the clock keeps running without further events; empty
 * when the clock does not run or has breached.
 *
 * <p>{@code provisionalYears} are the years the figures depend on (from the start to the
 * latest of the counted time, the deadline and the next threshold) whose official holiday
 * arrangement the calendar did not hold when measured: the figures are provisional and may
 * change once it is loaded (ADR 0003); the explanation says so too.
 *
 * @param priority the ticket's priority whose target applies (the latest one)
 * @param percent  elapsed as a whole percentage of the target, rounded down; may exceed 100
 * @param stoppedAt when the clock last stopped counting for good (met, resolved late or cancelled)
 */
public record SlaClock(ClockKind kind, ClockState state, Priority priority, Duration target, Instant startedAt,
                       Optional<Instant> deadline, Duration elapsed, long percent,
                       ImmutableList<Integer> crossedWarnings, Optional<Instant> stoppedAt, Instant measuredAt,
                       Optional<Instant> nextThresholdAt, ImmutableList<String> explanation,
                       ImmutableSortedSet<Integer> provisionalYears) {
    public SlaClock {
        checkNotNull(kind, "kind");
        checkNotNull(state, "state");
        checkNotNull(priority, "priority");
        checkNotNull(target, "target");
        checkNotNull(startedAt, "startedAt");
        checkNotNull(deadline, "deadline");
        checkArgument(!checkNotNull(elapsed, "elapsed").isNegative(), "negative elapsed time %s", elapsed);
        checkNotNull(crossedWarnings, "crossedWarnings");
        checkNotNull(stoppedAt, "stoppedAt");
        checkNotNull(measuredAt, "measuredAt");
        checkNotNull(nextThresholdAt, "nextThresholdAt");
        checkNotNull(explanation, "explanation");
        checkNotNull(provisionalYears, "provisionalYears");
        checkArgument((state == ClockState.BREACHED) == (elapsed.compareTo(target) > 0 && state != ClockState.CANCELLED),
                "state %s does not match elapsed %s of target %s", state, elapsed, target);
    }

    /** The business time left before the target is reached; zero once it has been. */
    public Duration remaining() {
        Duration left = target.minus(elapsed);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Whether elapsed time exceeds the target. */
    public boolean isBreached() {
        return state == ClockState.BREACHED;
    }

    /** The thresholds this clock has crossed: its warnings, then the breach if it breached. */
    public ImmutableList<SlaThreshold> crossedThresholds() {
        ImmutableList.Builder<SlaThreshold> crossed = ImmutableList.builder();
        crossedWarnings.forEach(percent -> crossed.add(new SlaThreshold(kind, percent)));
        if (isBreached()) {
            crossed.add(SlaThreshold.breach(kind));
        }
        return crossed.build();
    }

    /** Whether a figure depends on a year whose official holiday arrangement is not loaded. */
    public boolean isProvisional() {
        return !provisionalYears.isEmpty();
    }

    /** The explanation as one text, a line each. */
    public String explain() {
        return String.join("\n", explanation);
    }
}
