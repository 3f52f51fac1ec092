package org.itilhis.adapters.jdbc.operations;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.itilhis.adapters.jdbc.common.SqlValues.utc;

import com.google.common.collect.Ordering;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.JdbcStoreParts;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.core.backup.BackupJobCode;
import org.itilhis.core.backup.MissedBackup;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.operations.out.BackupMissedRuns;

/**
 * Missed backup runs in the {@code backup_missed_run} table, whose primary key is the job and the
 * due time. A record is inserted skipping a taken key (PostgreSQL: {@code ON CONFLICT DO NOTHING},
 * which waits for another transaction inserting the same key to commit or roll back, then skips or
 * inserts), and a skipped one is reported as a {@link VersionConflictException} (kind {@code
 * missed-backup}) that leaves the transaction usable: of two nodes recording the same missed run at
 * once, exactly one commits it.
 */
public final class JdbcBackupMissedRuns implements BackupMissedRuns {
    private final JdbcTransactions transactions;
    private final Dialect dialect;

    JdbcBackupMissedRuns(JdbcStoreParts parts) {
        this.transactions = parts.transactions();
        this.dialect = parts.dialect();
    }

    @Override
    public void record(MissedBackup missed) {
        checkNotNull(missed, "missed");
        transactions.withHandle("recording the missed run of " + missed.job() + " due " + missed.dueAt(), handle -> {
            boolean inserted = dialect.inserted(() -> handle.createUpdate(dialect.insertSkippingDuplicates(
                            "INSERT INTO backup_missed_run (job_code, due_at, deadline, detected_at) "
                                    + "VALUES (:job, :due, :deadline, :detected)"))
                    .bind("job", missed.job().value())
                    .bind("due", utc(missed.dueAt()))
                    .bind("deadline", utc(missed.deadline()))
                    .bind("detected", utc(missed.detectedAt()))
                    .execute());
            if (!inserted) {
                throw new VersionConflictException("missed-backup", missed.job() + " due " + missed.dueAt(), 0, 1);
            }
            return null;
        });
    }

    @Override
    public Set<Instant> recorded(BackupJobCode job, Collection<Instant> dueTimes) {
        checkNotNull(job, "job");
        if (dueTimes.isEmpty()) {
            return Set.of();
        }
        Set<Instant> asked = new HashSet<>(dueTimes);
        Set<Instant> found = new HashSet<>();
        ofJob(job, Ordering.natural().min(asked), Ordering.natural().<Instant>max(asked).plusNanos(1000))
                .forEach(missed -> found.add(missed.dueAt()));
        found.retainAll(asked);
        return found;
    }

    @Override
    public List<MissedBackup> ofJob(BackupJobCode job, Instant from, Instant to) {
        checkNotNull(job, "job");
        return transactions.withHandle("reading the missed runs of " + job, handle -> handle
                .createQuery("SELECT job_code, due_at, deadline, detected_at FROM backup_missed_run "
                        + "WHERE job_code = :job AND due_at >= :from AND due_at < :to ORDER BY due_at")
                .bind("job", job.value())
                .bind("from", utc(from))
                .bind("to", utc(to))
                .map((row, context) -> new MissedBackup(BackupJobCode.of(row.getString("job_code")),
                        utc(row, "due_at"), utc(row, "deadline"), utc(row, "detected_at")))
                .list());
    }
}
