package org.itilhis.core.roster;

/**
 * What kind of duty a shift is: the roster's fairness counts night duties (and holiday duties,
 * whatever their kind) per quarter, and the on-call chain is made of on-call duties.
 */
public enum ShiftKind {
    /** Office hours on site (08:00-17:30 on working days, say). */
    DAY,
    /** An evening on site after office hours. */
    EVENING,
    /** A night on site. */
    NIGHT,
    /** Reachable by phone outside office hours, coming in when called, with a response time. */
    ON_CALL
}
