package org.itilhis.core.backup;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.shared.StaffId;

/**
 * A restore test of a backup job, with its evidence: when it was done, what was restored (a
 * database to the test server, a sample of PACS studies), from which run, by whom, the result and
 * the notes (checks made, time taken, problems found).
 */
public record RestoreTest(RestoreTestId id, BackupJobCode job, Optional<BackupRunId> run, Instant testedAt,
                          String restored, StaffId tester, RestoreResult result, Optional<String> notes,
                          StaffId recordedBy, Instant recordedAt) {
    public RestoreTest {
        checkNotNull(id, "id");
        checkNotNull(job, "job");
        checkNotNull(run, "run");
        checkNotNull(testedAt, "testedAt");
        checkNotNull(restored, "restored");
        checkNotNull(tester, "tester");
        checkNotNull(result, "result");
        checkNotNull(notes, "notes");
        checkNotNull(recordedBy, "recordedBy");
        checkNotNull(recordedAt, "recordedAt");
        checkArgument(!restored.isBlank(), "what was restored is blank");
    }

    /**
     * Checks a test recorded at {@code now} was done by then (give or take {@link BackupRun#CLOCK_SKEW}).
     *
     * @throws BackupTimeInTheFutureException (field {@code testedAt}) if not
     */
    public static void checkTime(Instant testedAt, Instant now) {
        if (testedAt.isAfter(now.plus(BackupRun.CLOCK_SKEW))) {
            throw new BackupTimeInTheFutureException("testedAt", testedAt, now);
        }
    }
}
