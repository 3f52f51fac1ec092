package org.itilhis.core.release;

/** The states of a release's lifecycle; see {@link ReleaseWorkflows} for the arrows. */
public enum ReleaseStatus {
    /** Being put together: changes are bundled and unbundled; nothing is deployed. */
    PLANNED,
    /** Going through its stages: each entered by a go, deployments recorded per item. */
    IN_PROGRESS,
    /** A stage got a no-go: nothing more is deployed; rolled back or cancelled next. */
    HALTED,
    /** Every stage entered: the release runs hospital-wide, watched until closed. */
    DEPLOYED,
    /** The release is in place and its changes are finished. Terminal. */
    CLOSED,
    /** Every item it deployed to was set back to its previous version. Terminal. */
    ROLLED_BACK,
    /** Abandoned before anything was deployed. Terminal. */
    CANCELLED;

    public boolean isTerminal() {
        return this == CLOSED || this == ROLLED_BACK || this == CANCELLED;
    }
}
