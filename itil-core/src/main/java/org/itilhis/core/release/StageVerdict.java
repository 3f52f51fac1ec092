package org.itilhis.core.release;

/** The answer of a go / no-go decision on a release's stage. */
public enum StageVerdict {
    /** The stage may be entered: deployments to it may begin. */
    GO,
    /** The stage is not entered: the release halts, to be rolled back or cancelled. */
    NO_GO
}
