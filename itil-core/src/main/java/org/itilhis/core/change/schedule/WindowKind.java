package org.itilhis.core.change.schedule;

/** What a change window means to the schedule. */
public enum WindowKind {
    /** No change may run in it (outpatient peak, a holiday freeze) unless an emergency overrides it. */
    BLACKOUT,
    /** Where work on its items is preferred: a change inside one is the better choice, never a conflict. */
    MAINTENANCE
}
