package org.itilhis.core.backup;

/** How a backup run ended. A failed run raises an incident on the job's item. */
public enum BackupOutcome {
    SUCCEEDED,
    FAILED
}
