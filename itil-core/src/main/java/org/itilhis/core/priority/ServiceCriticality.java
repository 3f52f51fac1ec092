package org.itilhis.core.priority;

/**
 * How much patient care depends on the IT service an incident affects, as recorded in the
 * service catalogue. A {@link PriorityPolicy} may raise the matrix priority of incidents on
 * more critical services; constants are ordered most critical first.
 */
public enum ServiceCriticality {
    /** Care stops or becomes unsafe without it: HIS order entry, PACS, LIS, the pharmacy system. */
    CLINICAL_CRITICAL,
    /** Needed for the hospital to run, but care can continue for a while: billing, scheduling. */
    IMPORTANT,
    /** Everything else: intranet, office software, printing for non-clinical areas. */
    GENERAL
}
