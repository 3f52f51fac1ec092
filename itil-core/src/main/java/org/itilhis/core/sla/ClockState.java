package org.itilhis.core.sla;

/**
 * Where a clock stands at the instant it was measured. Exactly one applies, tested in this
 * order: {@link #CANCELLED}, {@link #BREACHED}, {@link #MET}, {@link #PAUSED}, {@link #RUNNING}.
 */
public enum ClockState {
    /** Counting, within target. */
    RUNNING,
    /** On hold for a reason the SLA says pauses the clock, within target. */
    PAUSED,
    /** Stopped (responded, or resolved) within target. */
    MET,
    /** More business time elapsed than the target allows, whether or not the clock has stopped. */
    BREACHED,
    /** The ticket was cancelled before the clock was met; it counts neither as met nor as breached. */
    CANCELLED;

    /** Whether the clock no longer counts at this instant. */
    public boolean isStopped() {
        return this == MET || this == CANCELLED;
    }
}
