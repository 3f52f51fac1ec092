package org.itilhis.core.backup;

/** What a restore test showed. */
public enum RestoreResult {
    /** Everything restored and checked. */
    PASSED,
    /** Restored, with some data or checks missing (the notes say which). */
    PARTIAL,
    /** Could not be restored. */
    FAILED
}
