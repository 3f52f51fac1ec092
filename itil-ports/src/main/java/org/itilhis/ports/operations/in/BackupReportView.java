package org.itilhis.ports.operations.in;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.backup.BackupJobSnapshot;
import org.itilhis.core.backup.BackupRun;
import org.itilhis.core.backup.RestoreTest;

/**
 * How a backup job stands, for the report per system: its last good (succeeded) run, whether the
 * recovery point objective is met now (the last good run ended less than the objective ago),
 * the due times missed and the runs failed in the period asked for, and its last restore test.
 *
 * @param recoveryPointAge how long ago the last good run ended; empty without one
 */
public record BackupReportView(BackupJobSnapshot job, Optional<BackupRun> lastGood, Optional<Duration> recoveryPointAge,
                               boolean recoveryPointMet, ImmutableList<Instant> missed, ImmutableList<BackupRun> failed,
                               Optional<RestoreTest> lastRestoreTest) {
    public BackupReportView {
        checkNotNull(job, "job");
        checkNotNull(lastGood, "lastGood");
        checkNotNull(recoveryPointAge, "recoveryPointAge");
        checkNotNull(missed, "missed");
        checkNotNull(failed, "failed");
        checkNotNull(lastRestoreTest, "lastRestoreTest");
    }
}
