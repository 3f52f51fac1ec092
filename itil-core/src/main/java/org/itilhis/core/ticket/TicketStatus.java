package org.itilhis.core.ticket;

/** The states of a ticket's lifecycle; see {@link TicketWorkflows} for the arrows. */
public enum TicketStatus {
    /** Logged and routed to an owning group, nobody dispatched yet. */
    NEW,
    /** Dispatched to a group, and possibly to an engineer of it, at a support tier. */
    ASSIGNED,
    /** An engineer is working on it. */
    IN_PROGRESS,
    /** Waiting for the caller, a vendor or a change; see {@link HoldReason}. */
    ON_HOLD,
    /** Fixed or fulfilled; waiting for the caller to confirm. */
    RESOLVED,
    /** The fix did not hold; back in the owning group's queue. */
    REOPENED,
    /** Confirmed by the caller or closed after the quiet period. Terminal. */
    CLOSED,
    /** Withdrawn or logged in error. Terminal. */
    CANCELLED;

    public boolean isTerminal() {
        return this == CLOSED || this == CANCELLED;
    }

    public boolean isOpen() {
        return !isTerminal() && this != RESOLVED;
    }
}
