package org.itilhis.core.roster;

/** What a swap does to the roster. */
public enum SwapKind {
    /** The two engineers exchange one duty each. */
    EXCHANGE,
    /** The counterpart takes the requester's duty; the requester takes nothing in return. */
    COVER
}
