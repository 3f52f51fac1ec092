package org.itilhis.core.backup;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.shared.StaffId;

/**
 * One run of a backup job, as recorded: its outcome, when it started and ended, how many bytes it
 * wrote and where it stored them, the backup software's message, and the due time of the job's
 * schedule it answers (none for a run outside the schedule: a manual backup before a change).
 * Recorded once and never changed; the backup software's own run id ({@code externalId}) makes a
 * repeated post of the same run recognisable.
 */
public record BackupRun(BackupRunId id, BackupJobCode job, Optional<String> externalId, BackupOutcome outcome,
                        Instant startedAt, Instant endedAt, Optional<Long> sizeBytes, Optional<String> location,
                        Optional<String> message, Optional<Instant> answers, StaffId recordedBy,
                        Instant recordedAt) {
    public BackupRun {
        checkNotNull(id, "id");
        checkNotNull(job, "job");
        checkNotNull(externalId, "externalId");
        checkNotNull(outcome, "outcome");
        checkNotNull(startedAt, "startedAt");
        checkNotNull(endedAt, "endedAt");
        checkNotNull(sizeBytes, "sizeBytes");
        checkNotNull(location, "location");
        checkNotNull(message, "message");
        checkNotNull(answers, "answers");
        checkNotNull(recordedBy, "recordedBy");
        checkNotNull(recordedAt, "recordedAt");
        checkArgument(!endedAt.isBefore(startedAt), "run %s ends at %s, before it starts at %s", id, endedAt,
                startedAt);
        checkArgument(sizeBytes.orElse(0L) >= 0, "run %s has a negative size", id);
    }

    /**
     * How far ahead of the library's clock a reported time may be: the backup software runs on
     * other machines, whose clocks drift by seconds.
     */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

    /**
     * Checks a run reported at {@code now} started and ended in the past (give or take {@link
     * #CLOCK_SKEW}), in that order.
     *
     * @throws BackupTimeInTheFutureException     if it starts or ends after {@code now} plus the skew
     * @throws BackupRunEndsBeforeStartException  if it ends before it starts
     */
    public static void checkTimes(Instant startedAt, Instant endedAt, Instant now) {
        if (startedAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw new BackupTimeInTheFutureException("startedAt", startedAt, now);
        }
        if (endedAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw new BackupTimeInTheFutureException("endedAt", endedAt, now);
        }
        if (endedAt.isBefore(startedAt)) {
            throw new BackupRunEndsBeforeStartException(startedAt, endedAt);
        }
    }

    public boolean succeeded() {
        return outcome == BackupOutcome.SUCCEEDED;
    }

    /** How the run is named in an incident's link back: {@code backup-run <id>}. */
    public String reference() {
        return "backup-run " + id;
    }
}
