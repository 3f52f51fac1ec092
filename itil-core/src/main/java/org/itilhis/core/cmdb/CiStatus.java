package org.itilhis.core.cmdb;

/** Where a configuration item is in its life, from purchase order to disposal. */
public enum CiStatus {
    /** Bought, not yet delivered. */
    ORDERED,
    /** Delivered and kept in the store, ready to be put in use. */
    IN_STOCK,
    /** Installed and serving its department or system. */
    IN_USE,
    /** Out of service while it is repaired (on site, in the workshop or by the vendor). */
    UNDER_REPAIR,
    /** Taken out of service for good; its data may still need wiping. */
    RETIRED,
    /** Gone: scrapped, returned or sold, with the record kept for the audit. */
    DISPOSED
}
