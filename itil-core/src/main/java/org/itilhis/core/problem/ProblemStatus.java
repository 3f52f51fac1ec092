package org.itilhis.core.problem;

/** The states of a problem's lifecycle; see {@link ProblemWorkflows} for the arrows. */
public enum ProblemStatus {
    /** Recorded, from recurring incidents or proactively; nobody investigates yet. */
    LOGGED,
    /** The problem manager's group is looking for the cause; analysis steps are recorded. */
    UNDER_INVESTIGATION,
    /** The cause is categorised and stated; a workaround or a permanent fix is sought. */
    ROOT_CAUSE_KNOWN,
    /** A known error: cause and workaround published to the service desk. */
    KNOWN_ERROR,
    /** The permanent fix is in place; watched for recurrence before closure. */
    RESOLVED,
    /** The fix held. Terminal: a recurrence afterwards is a new problem. */
    CLOSED,
    /** Logged in error, a duplicate, or not worth pursuing. Terminal. */
    CANCELLED;

    public boolean isTerminal() {
        return this == CLOSED || this == CANCELLED;
    }

    /** Whether the problem is still being worked: neither resolved nor terminal. */
    public boolean isOpen() {
        return !isTerminal() && this != RESOLVED;
    }
}
