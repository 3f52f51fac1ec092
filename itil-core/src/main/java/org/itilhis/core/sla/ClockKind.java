package org.itilhis.core.sla;

/** Which promise a clock measures. */
public enum ClockKind {
    /** From raising to the first response: an engineer accepts or starts the ticket. */
    RESPONSE,
    /** From raising to resolution, excluding pausing holds and time spent resolved. */
    RESOLUTION,
    /**
     * From the caller's last update (raising, a caller update, a hold awaiting the caller,
     * a reopen) to now; stops at resolution. See {@link KeepInLoopClock}.
     */
    KEEP_IN_LOOP
}
