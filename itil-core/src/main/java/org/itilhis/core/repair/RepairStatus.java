package org.itilhis.core.repair;

/** The states of a repair; see {@link RepairWorkflows} for the arrows. */
public enum RepairStatus {
    /** Recorded: the fault is known, the item still where it was. */
    OPENED,
    /** Out of service at the vendor or in the workshop: the item is under repair in the CMDB. */
    IN_REPAIR,
    /** Back and in use again; the downtime has its end. Costs and parts may still be recorded. */
    RETURNED,
    /** Done: nothing more is recorded. Terminal. */
    CLOSED,
    /** Given up before the item was sent (no fault found, replaced instead). Terminal. */
    CANCELLED;

    public boolean isTerminal() {
        return this == CLOSED || this == CANCELLED;
    }
}
