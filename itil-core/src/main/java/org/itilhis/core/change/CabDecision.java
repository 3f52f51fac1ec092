package org.itilhis.core.change;

/** What a board decided on a change. */
public enum CabDecision {
    /** The approval rule was met. */
    APPROVED,
    /** The approval rule can no longer be met, whatever the members still to vote do. */
    REJECTED
}
