package org.itilhis.core.roster;

/** The states of a duty swap; see {@link SwapWorkflows} for the arrows. */
public enum SwapStatus {
    /** Asked for by an engineer, waiting for the group lead. */
    REQUESTED,
    /** Approved by the lead and made on the roster. Terminal. */
    APPROVED,
    /** Refused by the lead, with a reason. Terminal. */
    REJECTED,
    /** Taken back by the engineer who asked. Terminal. */
    WITHDRAWN;

    public boolean isTerminal() {
        return this != REQUESTED;
    }
}
