package org.itilhis.core.problem;

/** The workflow actions of a problem: each is one ITIL problem-management step. */
public enum ProblemAction {
    /** Start investigating a logged problem. */
    INVESTIGATE,
    /** Record one step of the analysis, such as one of the "five whys". */
    ADD_ANALYSIS_STEP,
    /** State the root cause and its category (again, to revise it). */
    IDENTIFY_ROOT_CAUSE,
    /** Record or revise the workaround the desk can apply meanwhile. */
    RECORD_WORKAROUND,
    /** Publish the problem as a known error, visible to the service desk. */
    PUBLISH_KNOWN_ERROR,
    /** The desk applied the known error's workaround to a contact or a ticket. */
    APPLY_WORKAROUND,
    /** Record or revise the permanent fix (later linked to a change). */
    RECORD_PERMANENT_FIX,
    /** The permanent fix is in place. */
    RESOLVE,
    /** The fix held: closed. */
    CLOSE,
    /** The fix did not hold: back under investigation. */
    REOPEN,
    CANCEL
}
