package org.itilhis.adapters.jdbc.operations;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.JdbcStoreParts;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.adapters.jdbc.common.JsonCodec;
import org.itilhis.core.backup.BackupJob;
import org.itilhis.core.backup.BackupJobCode;
import org.itilhis.core.backup.BackupJobSnapshot;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.operations.out.BackupJobRepository;
import org.jdbi.v3.core.Handle;

/**
 * Backup jobs in the {@code backup_job} table, one row per job by code: the group and item beside
 * the whole {@link BackupJobSnapshot} as JSON. A new job is inserted skipping a taken code, a
 * changed one updated {@code WHERE code = ? AND version = ?}; when nothing is written the save
 * fails with a {@link VersionConflictException} (kind {@code backup-job}) carrying the stored version.
 */
public final class JdbcBackupJobRepository implements BackupJobRepository {
    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final JsonCodec codec;

    JdbcBackupJobRepository(JdbcStoreParts parts) {
        this.transactions = parts.transactions();
        this.dialect = parts.dialect();
        this.codec = parts.codec();
    }

    @Override
    public Optional<BackupJob> find(BackupJobCode code) {
        checkNotNull(code, "code");
        return transactions.withHandle("finding backup job " + code, handle -> handle
                .createQuery("SELECT snapshot FROM backup_job WHERE code = :code")
                .bind("code", code.value())
                .mapTo(String.class)
                .findOne()
                .map(this::restore));
    }

    @Override
    public void save(BackupJob job) {
        checkNotNull(job, "job");
        BackupJobSnapshot next = job.snapshot();
        long expected = next.version() - job.pendingEvents().size();
        String code = next.code().value();
        transactions.withHandle("saving backup job " + code, handle -> {
            boolean written;
            if (expected == 0) {
                written = dialect.inserted(() -> handle.createUpdate(dialect.insertSkippingDuplicates(
                                "INSERT INTO backup_job (code, group_id, ci_id, version, snapshot) VALUES (:code, "
                                        + ":group_id, :ci_id, :version, " + dialect.json("snapshot") + ")"))
                        .bind("code", code)
                        .bind("group_id", next.group().value())
                        .bind("ci_id", dialect.uuid(next.definition().ci().value()))
                        .bind("version", next.version())
                        .bind("snapshot", codec.write(next))
                        .execute());
            } else {
                written = handle.createUpdate("UPDATE backup_job SET group_id = :group_id, ci_id = :ci_id, "
                                + "version = :version, snapshot = " + dialect.json("snapshot")
                                + " WHERE code = :code AND version = :expected")
                        .bind("code", code)
                        .bind("group_id", next.group().value())
                        .bind("ci_id", dialect.uuid(next.definition().ci().value()))
                        .bind("version", next.version())
                        .bind("snapshot", codec.write(next))
                        .bind("expected", expected)
                        .execute() > 0;
            }
            if (!written) {
                throw new VersionConflictException("backup-job", code, expected, storedVersion(handle, code));
            }
            return null;
        });
    }

    private static long storedVersion(Handle handle, String code) {
        return handle.createQuery("SELECT version FROM backup_job WHERE code = :code")
                .bind("code", code)
                .mapTo(Long.class)
                .findOne()
                .orElse(0L);
    }

    @Override
    public List<BackupJob> all() {
        return transactions.withHandle("reading every backup job", handle -> handle
                .createQuery("SELECT snapshot FROM backup_job")
                .mapTo(String.class)
                .map(this::restore)
                .list()
                .stream()
                // by code as Java compares text, whatever the database's collation
                .sorted(Comparator.comparing(job -> job.code().value()))
                .toList());
    }

    private BackupJob restore(String snapshot) {
        return BackupJob.restore(codec.read(snapshot, BackupJobSnapshot.class));
    }
}
