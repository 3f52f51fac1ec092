package org.itilhis.core.inspection;

/** Where an inspection round stands, as stored. */
public enum RoundStatus {
    /** Made by its schedule, waiting to be recorded until its due time plus the schedule's grace. */
    DUE,
    /** Recorded, once, with a result per item of its template version. */
    RECORDED,
    /** Not recorded by its due time plus the grace: flagged to the group lead, no longer recordable. */
    MISSED
}
