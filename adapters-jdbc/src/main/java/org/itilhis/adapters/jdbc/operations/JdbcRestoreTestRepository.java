package org.itilhis.adapters.jdbc.operations;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.itilhis.adapters.jdbc.common.SqlValues.utc;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.JdbcStoreParts;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.adapters.jdbc.common.JsonCodec;
import org.itilhis.core.backup.BackupJobCode;
import org.itilhis.core.backup.RestoreTest;
import org.itilhis.core.backup.RestoreTestId;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.operations.out.RestoreTestRepository;

/** Restore tests in the {@code restore_test} table: the job and the time beside the whole test as JSON. */
public final class JdbcRestoreTestRepository implements RestoreTestRepository {
    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final JsonCodec codec;

    JdbcRestoreTestRepository(JdbcStoreParts parts) {
        this.transactions = parts.transactions();
        this.dialect = parts.dialect();
        this.codec = parts.codec();
    }

    @Override
    public RestoreTestId nextId() {
        return new RestoreTestId(UUID.randomUUID());
    }

    @Override
    public void add(RestoreTest test) {
        checkNotNull(test, "test");
        transactions.withHandle("recording restore test " + test.id(), handle -> {
            boolean inserted = dialect.inserted(() -> handle.createUpdate(dialect.insertSkippingDuplicates(
                            "INSERT INTO restore_test (id, job_code, tested_at, test) VALUES (:id, :job, :tested, "
                                    + dialect.json("test") + ")"))
                    .bind("id", dialect.uuid(test.id().value()))
                    .bind("job", test.job().value())
                    .bind("tested", utc(test.testedAt()))
                    .bind("test", codec.write(test))
                    .execute());
            if (!inserted) {
                throw new VersionConflictException("restore-test", test.id().toString(), 0, 1);
            }
            return null;
        });
    }

    @Override
    public List<RestoreTest> ofJob(BackupJobCode job) {
        checkNotNull(job, "job");
        return transactions.withHandle("reading the restore tests of " + job, handle -> handle
                .createQuery("SELECT test FROM restore_test WHERE job_code = :job")
                .bind("job", job.value())
                .mapTo(String.class)
                .map(json -> codec.read(json, RestoreTest.class))
                .list()
                .stream()
                .sorted(Comparator.comparing(RestoreTest::testedAt).thenComparing(test -> test.id().value())
                        .reversed())
                .toList());
    }
}
