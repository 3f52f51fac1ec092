package org.itilhis.core.contact;

/** How a contact reached the service desk. */
public enum ContactChannel {
    PHONE,
    WALK_IN,
    PORTAL,
    /** The "report an IT problem" button embedded in the clinical system. */
    HIS_BUTTON,
    EMAIL,
    /** An alert from a monitoring feed, logged by the system. */
    MONITORING
}
