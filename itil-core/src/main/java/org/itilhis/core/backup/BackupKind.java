package org.itilhis.core.backup;

/** What a backup job copies each run. */
public enum BackupKind {
    /** Everything, every run. */
    FULL,
    /** What changed since the last backup. */
    INCREMENTAL,
    /** The database's transaction log since the last log backup. */
    LOG
}
