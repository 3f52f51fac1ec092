package org.itilhis.core.ticket;

/** Why work on a ticket waits. The SLA of a service decides which reasons pause its clocks. */
public enum HoldReason {
    AWAITING_CALLER,
    AWAITING_VENDOR,
    AWAITING_CHANGE
}
