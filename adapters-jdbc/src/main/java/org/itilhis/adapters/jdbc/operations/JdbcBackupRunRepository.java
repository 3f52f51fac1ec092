package org.itilhis.adapters.jdbc.operations;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.itilhis.adapters.jdbc.common.SqlValues.utc;

import com.google.common.collect.Ordering;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.JdbcStoreParts;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.adapters.jdbc.common.JsonCodec;
import org.itilhis.adapters.jdbc.common.SqlValues;
import org.itilhis.core.backup.BackupJobCode;
import org.itilhis.core.backup.BackupRun;
import org.itilhis.core.backup.BackupRunId;
import org.itilhis.core.backup.BackupRunPosition;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.operations.out.BackupRunRepository;
import org.jdbi.v3.core.argument.Argument;

/**
 * Backup runs in the {@code backup_run} table: the job, external id, outcome, start, end and the
 * due time answered beside the whole {@link BackupRun} as JSON. The unique index on job and
 * external id refuses the same run posted twice; the insert skips it (PostgreSQL: {@code ON
 * CONFLICT DO NOTHING}, waiting for a concurrent insert of the same key to commit or roll back)
 * and reports a {@link VersionConflictException} (kind {@code backup-run}), leaving the transaction
 * usable. Pages are read by key (start, then id, both descending), never by offset. The runs' times
 * are kept to the microsecond, as the columns keep them.
 */
public final class JdbcBackupRunRepository implements BackupRunRepository {
    /** A null bound as a timestamp, which every database's driver takes for the column. */
    private static final Argument NO_TIMESTAMP = (position, statement, context) -> statement.setNull(position,
            Types.TIMESTAMP);

    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final JsonCodec codec;

    JdbcBackupRunRepository(JdbcStoreParts parts) {
        this.transactions = parts.transactions();
        this.dialect = parts.dialect();
        this.codec = parts.codec();
    }

    @Override
    public BackupRunId nextId() {
        return new BackupRunId(UUID.randomUUID());
    }

    @Override
    public void add(BackupRun run) {
        checkNotNull(run, "run");
        transactions.withHandle("recording backup run " + run.id(), handle -> {
            boolean inserted = dialect.inserted(() -> handle.createUpdate(dialect.insertSkippingDuplicates(
                            "INSERT INTO backup_run (id, job_code, external_id, succeeded, started_at, ended_at, "
                                    + "answers_due, run) VALUES (:id, :job, :external, :succeeded, :started, :ended, "
                                    + ":answers, " + dialect.json("run") + ")"))
                    .bind("id", dialect.uuid(run.id().value()))
                    .bind("job", run.job().value())
                    .bind("external", run.externalId().orElse(null))
                    .bind("succeeded", run.succeeded())
                    .bind("started", utc(run.startedAt()))
                    .bind("ended", utc(run.endedAt()))
                    .bind("answers", run.answers().map(SqlValues::utc).orElse(NO_TIMESTAMP))
                    .bind("run", codec.write(run))
                    .execute());
            if (!inserted) {
                throw new VersionConflictException("backup-run", run.job() + " " + run.externalId()
                        .orElse(run.id().toString()), 0, 1);
            }
            return null;
        });
    }

    @Override
    public Optional<BackupRun> find(BackupRunId id) {
        checkNotNull(id, "id");
        return transactions.withHandle("finding backup run " + id, handle -> handle
                .createQuery("SELECT run FROM backup_run WHERE id = :id")
                .bind("id", dialect.uuid(id.value()))
                .mapTo(String.class)
                .findOne()
                .map(this::read));
    }

    @Override
    public Optional<BackupRun> byExternalId(BackupJobCode job, String externalId) {
        checkNotNull(job, "job");
        checkNotNull(externalId, "externalId");
        return transactions.withHandle("finding the backup run " + externalId + " of " + job, handle -> handle
                .createQuery("SELECT run FROM backup_run WHERE job_code = :job AND external_id = :external")
                .bind("job", job.value())
                .bind("external", externalId)
                .mapTo(String.class)
                .findOne()
                .map(this::read));
    }

    @Override
    public List<BackupRun> ofJob(BackupJobCode job, Optional<BackupRunPosition> after, int limit) {
        checkNotNull(job, "job");
        checkNotNull(after, "after");
        String keyset = after.isPresent()
                ? " AND (started_at < :started OR (started_at = :started AND id < :id))" : "";
        return transactions.withHandle("reading a page of the runs of " + job, handle -> {
            var query = handle.createQuery("SELECT run FROM backup_run WHERE job_code = :job" + keyset
                            + " ORDER BY started_at DESC, id DESC LIMIT :limit")
                    .bind("job", job.value())
                    .bind("limit", limit);
            after.ifPresent(position -> query.bind("started", utc(position.startedAt()))
                    .bind("id", dialect.uuid(position.id().value())));
            return query.mapTo(String.class).map(this::read).list();
        });
    }

    @Override
    public List<BackupRun> startedBetween(BackupJobCode job, Instant from, Instant to) {
        checkNotNull(job, "job");
        return transactions.withHandle("reading the runs of " + job + " from " + from + " to " + to, handle -> handle
                .createQuery("SELECT run FROM backup_run WHERE job_code = :job AND started_at >= :from "
                        + "AND started_at < :to ORDER BY started_at, id")
                .bind("job", job.value())
                .bind("from", utc(from))
                .bind("to", utc(to))
                .mapTo(String.class)
                .map(this::read)
                .list());
    }

    @Override
    public Set<Instant> answered(BackupJobCode job, Collection<Instant> dueTimes) {
        checkNotNull(job, "job");
        if (dueTimes.isEmpty()) {
            return Set.of();
        }
        Set<Instant> asked = new HashSet<>(dueTimes);
        List<Instant> answered = transactions.withHandle("reading the due times answered by runs of " + job,
                handle -> handle.createQuery("SELECT answers_due FROM backup_run WHERE job_code = :job "
                                + "AND answers_due >= :from AND answers_due <= :to")
                        .bind("job", job.value())
                        .bind("from", utc(Ordering.natural().min(asked)))
                        .bind("to", utc(Ordering.natural().max(asked)))
                        .map((row, context) -> utc(row, "answers_due"))
                        .list());
        Set<Instant> found = new HashSet<>(answered);
        found.retainAll(asked);
        return found;
    }

    @Override
    public Optional<BackupRun> lastSucceeded(BackupJobCode job) {
        checkNotNull(job, "job");
        return transactions.withHandle("reading the last good run of " + job, handle -> handle
                .createQuery("SELECT run FROM backup_run WHERE job_code = :job AND succeeded = :succeeded "
                        + "ORDER BY ended_at DESC, id DESC LIMIT :limit")
                .bind("job", job.value())
                .bind("succeeded", true)
                .bind("limit", 1)
                .mapTo(String.class)
                .findFirst()
                .map(this::read));
    }

    private BackupRun read(String json) {
        return codec.read(json, BackupRun.class);
    }
}
