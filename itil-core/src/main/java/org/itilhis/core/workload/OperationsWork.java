package org.itilhis.core.workload;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.OptionalDouble;

/**
 * The additive counters of the operations records' work (issue 18) in one slice of work: the
 * inspection rounds, repairs, backup runs, restore tests and stock issues, counted as the
 * {@link WorkCounts} they are part of, so that they add up over engineers, groups and months.
 *
 * @param roundsRecorded     inspection rounds recorded, counted for who performed them in the
 *                           round's group on the day recorded
 * @param roundsLate         of those, the rounds recorded after their due time's grace
 * @param roundsMissed       rounds flagged missed by the library: counted for the round's group
 *                           and no engineer (the library's flag is no one's work)
 * @param repairsOpened      repairs opened, for who opened them, in their first group by id
 * @param repairsClosed      repairs closed, for who closed them, in their first group by id
 * @param backupRunsRecorded backup runs recorded by a person (not posted by the backup software),
 *                           in the job's group
 * @param restoreTests       restore tests, for who tested, in the job's group
 * @param stockIssues        stock issues (movements of an item out of a store room to a person,
 *                           department, ticket or repair), for who issued, in their first group
 */
public record OperationsWork(long roundsRecorded, long roundsLate, long roundsMissed, long repairsOpened,
                             long repairsClosed, long backupRunsRecorded, long restoreTests, long stockIssues) {
    public static final OperationsWork ZERO = new OperationsWork(0, 0, 0, 0, 0, 0, 0, 0);

    public OperationsWork {
        checkArgument(roundsRecorded >= 0 && roundsLate >= 0 && roundsMissed >= 0 && repairsOpened >= 0
                && repairsClosed >= 0 && backupRunsRecorded >= 0 && restoreTests >= 0 && stockIssues >= 0,
                "negative operations counter");
        checkArgument(roundsLate <= roundsRecorded, "%s late rounds of %s recorded", roundsLate, roundsRecorded);
    }

    /** The counters of both slices together. */
    public OperationsWork plus(OperationsWork other) {
        return new OperationsWork(roundsRecorded + other.roundsRecorded, roundsLate + other.roundsLate,
                roundsMissed + other.roundsMissed, repairsOpened + other.repairsOpened,
                repairsClosed + other.repairsClosed, backupRunsRecorded + other.backupRunsRecorded,
                restoreTests + other.restoreTests, stockIssues + other.stockIssues);
    }

    /** Rounds recorded per round that fell due and was either recorded or missed; empty without any. */
    public OptionalDouble roundCompletionRate() {
        long due = roundsRecorded + roundsMissed;
        return due == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) roundsRecorded / due);
    }

    /** The counters in declaration order, as the facts' columns and the exports list them. */
    public long[] values() {
        return new long[] {roundsRecorded, roundsLate, roundsMissed, repairsOpened, repairsClosed, backupRunsRecorded,
            restoreTests, stockIssues};
    }

    /** The counters of {@link #values()}' order. */
    public static OperationsWork of(long[] v) {
        checkArgument(v.length == 8, "%s operations counters, not 8", v.length);
        return new OperationsWork(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]);
    }

    public static OperationsWork oneRoundRecorded(boolean late) {
        return new OperationsWork(1, late ? 1 : 0, 0, 0, 0, 0, 0, 0);
    }

    public static OperationsWork oneRoundMissed() {
        return new OperationsWork(0, 0, 1, 0, 0, 0, 0, 0);
    }

    public static OperationsWork oneRepairOpened() {
        return new OperationsWork(0, 0, 0, 1, 0, 0, 0, 0);
    }

    public static OperationsWork oneRepairClosed() {
        return new OperationsWork(0, 0, 0, 0, 1, 0, 0, 0);
    }

    public static OperationsWork oneBackupRunRecorded() {
        return new OperationsWork(0, 0, 0, 0, 0, 1, 0, 0);
    }

    public static OperationsWork oneRestoreTest() {
        return new OperationsWork(0, 0, 0, 0, 0, 0, 1, 0);
    }

    public static OperationsWork oneStockIssue() {
        return new OperationsWork(0, 0, 0, 0, 0, 0, 0, 1);
    }
}
