package org.itilhis.ports.operations.out;

import java.util.List;
import java.util.Optional;
import org.itilhis.core.backup.BackupJobCode;
import org.itilhis.core.backup.RestoreTest;
import org.itilhis.core.backup.RestoreTestId;

/** Stores restore tests, each once, never changed. */
public interface RestoreTestRepository {
    RestoreTestId nextId();

    /**
     * @throws org.itilhis.core.shared.VersionConflictException (kind {@code restore-test}) if the id is taken
     * @throws org.itilhis.ports.common.StorageException on an infrastructure failure
     */
    void add(RestoreTest test);

    /** The restore tests of {@code job}, newest test first. */
    List<RestoreTest> ofJob(BackupJobCode job);

    /** The restore test of {@code job} done last. */
    default Optional<RestoreTest> last(BackupJobCode job) {
        return ofJob(job).stream().findFirst();
    }
}
