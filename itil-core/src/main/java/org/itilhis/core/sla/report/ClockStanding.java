package org.itilhis.core.sla.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.util.Optional;
import org.itilhis.core.sla.ClockState;
import org.itilhis.core.sla.SlaClock;

/**
 * What the SLA report counts of one clock ({@link TicketStanding}): its state, whether it has
 * stopped for good, whether it has crossed a warning, and its elapsed time once done.
 *
 * @param doneElapsed the elapsed business time of a clock stopped because the work was done
 *                    (met or late); empty otherwise
 */
public record ClockStanding(ClockState state, boolean stopped, boolean warned, Optional<Duration> doneElapsed) {
    public ClockStanding {
        checkNotNull(state, "state");
        checkArgument(checkNotNull(doneElapsed, "doneElapsed").isPresent()
                        == (stopped && (state == ClockState.MET || state == ClockState.BREACHED)),
                "a %s clock, stopped %s, with elapsed time %s", state, stopped, doneElapsed);
        checkArgument(doneElapsed.map(d -> !d.isNegative()).orElse(true), "negative elapsed time %s", doneElapsed);
    }

    /** The standing of {@code clock}. */
    public static ClockStanding of(SlaClock clock) {
        boolean stopped = clock.stoppedAt().isPresent();
        boolean done = stopped && (clock.state() == ClockState.MET || clock.state() == ClockState.BREACHED);
        return new ClockStanding(clock.state(), stopped, !clock.crossedWarnings().isEmpty(),
                done ? Optional.of(clock.elapsed()) : Optional.empty());
    }

    /** Whether the clock has not stopped for good: not met, resolved, or cancelled. */
    public boolean isOpen() {
        return !stopped && state != ClockState.CANCELLED && state != ClockState.MET;
    }

    /** Running or paused within target, past a warning threshold: what puts a ticket at risk. */
    boolean isWarnedWithinTarget() {
        return (state == ClockState.RUNNING || state == ClockState.PAUSED) && warned;
    }
}
