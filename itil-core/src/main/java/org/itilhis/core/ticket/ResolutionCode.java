package org.itilhis.core.ticket;

/** How a ticket was resolved; counted in workload and problem-management reports. */
public enum ResolutionCode {
    /** The root cause was removed. */
    FIXED,
    /** Service restored by a workaround; the cause remains (a candidate problem). */
    WORKAROUND,
    /** Parts or a whole device replaced. */
    HARDWARE_REPLACED,
    /** Settings or configuration corrected. */
    CONFIGURATION_CORRECTED,
    /** The caller was shown how to do it. */
    ADVICE_GIVEN,
    /** A service request was delivered. */
    FULFILLED,
    /** Could not be reproduced; nothing was changed. */
    NOT_REPRODUCIBLE,
    /** Fixed by the vendor. */
    VENDOR_FIXED
}
