package org.itilhis.core.roster;

/** What can be done to a requested swap. */
public enum SwapAction {
    APPROVE,
    REJECT,
    WITHDRAW
}
