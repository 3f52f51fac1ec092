package org.itilhis.core.change;

/** How likely the assessor judges it that the change goes wrong; given with a reason. */
public enum Likelihood {
    /** Done many times the same way, fully tested, vendor-supported. */
    RARE,
    /** Done before; tested in the test environment. */
    UNLIKELY,
    /** New to the team, or tested only in part. */
    POSSIBLE,
    /** New, untested or known to be fragile. */
    LIKELY
}
