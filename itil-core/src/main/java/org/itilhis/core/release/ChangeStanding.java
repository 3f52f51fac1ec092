package org.itilhis.core.release;

/**
 * Where a bundled change stands in change management, as the application service found it
 * when a release's step needs it. Core's release cannot read changes (change management is
 * its own aggregate), so the service maps each change's state to one of these and hands them
 * to the step ({@link BundledChange}); the release decides with them.
 */
public enum ChangeStanding {
    /** Not approved yet: draft, submitted, assessed or awaiting approval. */
    NOT_APPROVED,
    /** Approved, scheduled or being implemented. */
    APPROVED,
    /** Implemented, or in its post-implementation review. */
    IMPLEMENTED,
    /** Closed after its review. */
    CLOSED,
    /** Failed or backed out. */
    FAILED,
    /** Rejected by the CAB, or cancelled. */
    WITHDRAWN;

    /** Whether the change was approved and has not failed: it may reach the whole hospital. */
    public boolean isApproved() {
        return this == APPROVED || this == IMPLEMENTED || this == CLOSED;
    }

    /** Whether the change's work is done: a release bundling it may close. */
    public boolean isFinished() {
        return this == IMPLEMENTED || this == CLOSED;
    }
}
