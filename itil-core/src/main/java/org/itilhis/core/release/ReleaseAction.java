package org.itilhis.core.release;

/** The workflow actions of a release: each is one ITIL release-management step. */
public enum ReleaseAction {
    /** Add a change to the bundle while planning. */
    BUNDLE_CHANGE,
    /** Take a change out of the bundle while planning. */
    UNBUNDLE_CHANGE,
    /** Freeze the bundle and begin the stages. */
    START,
    /** A go for the next stage: it is entered. */
    GO,
    /** A no-go for the next stage: the release halts. */
    NO_GO,
    /** Record a deployment to a configuration item in an entered stage. */
    DEPLOY,
    /** Every stage is entered: the release is deployed. */
    COMPLETE,
    /** Set every deployed item back to its previous version. */
    ROLL_BACK,
    /** The release held and its changes are finished. */
    CLOSE,
    CANCEL
}
