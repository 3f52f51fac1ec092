package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.itilhis.core.backup.BackupJobCode;
import org.itilhis.core.backup.RestoreTest;
import org.itilhis.core.backup.RestoreTestId;
import org.itilhis.ports.operations.out.RestoreTestRepository;

/** Restore tests in a map by id. */
public final class InMemoryRestoreTestRepository implements RestoreTestRepository {
    private final SnapshotStore<RestoreTestId, RestoreTestId, RestoreTest> store;
    private final AtomicLong ids = new AtomicLong();

    public InMemoryRestoreTestRepository(InMemoryTransactions transactions) {
        this.store = SnapshotStore.withoutNumbers(transactions, "restore-test", RestoreTest::id, test -> 1);
    }

    @Override
    public RestoreTestId nextId() {
        return new RestoreTestId(new UUID(0x4E57L, ids.incrementAndGet()));
    }

    @Override
    public void add(RestoreTest test) {
        store.save(checkNotNull(test, "test"), 0);
    }

    @Override
    public List<RestoreTest> ofJob(BackupJobCode job) {
        checkNotNull(job, "job");
        return store.all().stream().filter(test -> test.job().equals(job))
                .sorted(Comparator.comparing(RestoreTest::testedAt).thenComparing(test -> test.id().value())
                        .reversed()).toList();
    }
}
