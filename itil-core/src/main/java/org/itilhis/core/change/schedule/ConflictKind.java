package org.itilhis.core.change.schedule;

/** The kinds of schedule conflict, so that the caller can tell a blackout (which an emergency may override) from the others. */
public enum ConflictKind {
    /** The change runs in a blackout of an item it touches or impacts. */
    BLACKOUT,
    /** The change overlaps another on the same item or one within k relationships of it. */
    NEARBY_CHANGE,
    /** Overlapping changes together take a business service down, although none alone would. */
    COMBINED_OUTAGE
}
