package org.itilhis.core.change;

/** The workflow actions of a change: each is one ITIL change-management step. */
public enum ChangeAction {
    /** Revise the implementation, backout and test plans of a draft. */
    REVISE_PLANS,
    /** Submit a normal or emergency change for assessment. */
    SUBMIT,
    /** Submit a standard change: its template approved it in advance. */
    SUBMIT_STANDARD,
    /** Record (or revise) the risk assessment. */
    ASSESS,
    /** Put the change before the board its risk calls for. */
    REQUEST_APPROVAL,
    /** One board member's vote. */
    VOTE,
    /** The board's rule is met (taken by the vote that meets it). */
    APPROVE,
    /** The board's rule can no longer be met (taken by the vote that makes it impossible). */
    REJECT,
    /** Give (or move) the change's window in the forward schedule. */
    SCHEDULE,
    /** Start the work. */
    START,
    /** The work is done and tested. */
    COMPLETE,
    /** The work failed; says whether the backout ran. */
    FAIL,
    /** The work was undone by the backout plan. */
    BACK_OUT,
    /** Record (or revise) the post-implementation review. */
    REVIEW,
    /** Reviewed: done. */
    CLOSE,
    /** Withdraw the change before the work starts. */
    CANCEL
}
