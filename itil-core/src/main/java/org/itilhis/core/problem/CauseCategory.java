package org.itilhis.core.problem;

/**
 * The kind of root cause, so that problems can be counted and compared by cause (how many
 * of this year's problems were vendor defects?). A cause that fits none is not yet a known
 * root cause, which is why there is no "unknown": a problem stays under investigation
 * until its cause can be categorised.
 */
public enum CauseCategory {
    /** A part failed or wore out: a disk, a power supply, a printer's fuser. */
    HARDWARE,
    /** A defect in software, the hospital's own or a supplier's. */
    SOFTWARE_DEFECT,
    /** A wrong or drifted setting: a certificate left to expire, a wrong driver, a firewall rule. */
    CONFIGURATION,
    /** Not enough of something: disk space, licences, connections, bandwidth. */
    CAPACITY,
    /** A supplier's service or obligation: a support contract, a vendor's change. */
    VENDOR,
    /** The network: switches, cabling, wireless, DNS, links between buildings. */
    NETWORK,
    /** A person's mistake: an operation done wrong, a missing step of a procedure. */
    HUMAN_ERROR,
    /** The surroundings: power, cooling, humidity, water in the machine room. */
    ENVIRONMENT
}
