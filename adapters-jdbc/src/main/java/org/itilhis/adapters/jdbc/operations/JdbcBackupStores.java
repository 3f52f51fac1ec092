package org.itilhis.adapters.jdbc.operations;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.adapters.jdbc.common.JdbcStoreParts;

/**
 * The backup records' registration in a JDBC storage: the stores of backup jobs, their runs, the
 * missed runs and the restore tests (migration V29), built from the parts every practice shares.
 */
public final class JdbcBackupStores {
    private final JdbcBackupJobRepository jobs;
    private final JdbcBackupRunRepository runs;
    private final JdbcBackupMissedRuns missedRuns;
    private final JdbcRestoreTestRepository restoreTests;

    public JdbcBackupStores(JdbcStoreParts parts) {
        checkNotNull(parts, "parts");
        this.jobs = new JdbcBackupJobRepository(parts);
        this.runs = new JdbcBackupRunRepository(parts);
        this.missedRuns = new JdbcBackupMissedRuns(parts);
        this.restoreTests = new JdbcRestoreTestRepository(parts);
    }

    public JdbcBackupJobRepository jobs() {
        return jobs;
    }

    public JdbcBackupRunRepository runs() {
        return runs;
    }

    public JdbcBackupMissedRuns missedRuns() {
        return missedRuns;
    }

    public JdbcRestoreTestRepository restoreTests() {
        return restoreTests;
    }
}
