package org.itilhis.core.ticket;

/** The workflow actions of a ticket: each is one ITIL step an actor can take. */
public enum TicketAction {
    ASSIGN,
    ACCEPT,
    START,
    HOLD,
    RESUME,
    /** Functional escalation: up one support tier, to a group of that tier. */
    ESCALATE,
    /** Hierarchical escalation: the owning group's lead is told; the ticket stays. */
    ESCALATE_TO_LEAD,
    /** Keep the caller in the loop: tell them where their ticket stands. */
    UPDATE_CALLER,
    RESOLVE,
    /** The caller (or the desk on the caller's word) confirms the resolution: closed. */
    CONFIRM,
    REOPEN,
    /** Closed automatically after the quiet period with no word from the caller. */
    CLOSE,
    CANCEL
}
