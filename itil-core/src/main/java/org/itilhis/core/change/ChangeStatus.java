package org.itilhis.core.change;

/** The states of a change's lifecycle; see {@link ChangeWorkflows} for the arrows. */
public enum ChangeStatus {
    /** Being written by the requester; nobody is asked anything yet. */
    DRAFT,
    /** Handed to change management for risk assessment (normal and emergency changes). */
    SUBMITTED,
    /** The risk is assessed; the approvals it needs are known. */
    ASSESSED,
    /** The CAB (or the change manager alone, for low risk) is voting. */
    AWAITING_APPROVAL,
    /** Authorised: by the CAB's decision, or in advance by a standard change's template. */
    APPROVED,
    /** The CAB's rule can no longer be met. Terminal: a revised change is a new change. */
    REJECTED,
    /** Has a window in the forward schedule of changes. */
    SCHEDULED,
    /** Work is under way. */
    IMPLEMENTING,
    /** The work is done and tested. */
    IMPLEMENTED,
    /** The work went wrong; whether the backout ran is recorded. */
    FAILED,
    /** The work was undone by the backout plan, as planned when the tests failed. */
    BACKED_OUT,
    /** The post-implementation review is recorded; the change may close. */
    IN_REVIEW,
    /** Reviewed and done. Terminal. */
    CLOSED,
    /** Withdrawn before the work started. Terminal. */
    CANCELLED;

    public boolean isTerminal() {
        return this == CLOSED || this == CANCELLED || this == REJECTED;
    }
}
