package org.itilhis.core.change;

/** How an incident is linked to a change. */
public enum IncidentRelation {
    /** The change caused the incident (found during or after the window, or by the review). */
    CAUSED,
    /** The change resolves the incident (the fix of its cause). */
    RESOLVES
}
