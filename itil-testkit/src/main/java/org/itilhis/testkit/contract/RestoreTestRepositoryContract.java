package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.itilhis.core.backup.BackupJobCode;
import org.itilhis.core.backup.BackupRunId;
import org.itilhis.core.backup.RestoreTest;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.operations.out.RestoreTestRepository;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RestoreTestRepository} must do: store a restore test whole, list a job's
 * tests newest first, and take part in transactions. Each test expects empty storage.
 */
public interface RestoreTestRepositoryContract {
    RestoreTestRepository restoreTests();

    Transactions transactions();

    @Test
    default void aJobsRestoreTestsComeBackEqualNewestFirst() {
        RestoreTest first = sample("HIS-DB-NIGHTLY", 0, new BackupRunId(new UUID(5, 5)));
        RestoreTest second = sample("HIS-DB-NIGHTLY", 30, null);
        RestoreTest other = sample("PACS-ARCHIVE", 40, null);
        for (RestoreTest test : new RestoreTest[] {second, other, first}) {
            ContractSupport.committed(transactions(), () -> restoreTests().add(test));
        }

        assertThat(restoreTests().ofJob(BackupJobCode.of("HIS-DB-NIGHTLY"))).containsExactly(second, first);
        assertThat(restoreTests().last(BackupJobCode.of("HIS-DB-NIGHTLY"))).contains(second);
        assertThat(restoreTests().last(BackupJobCode.of("LIS-DB"))).isEmpty();
    }

    @Test
    default void aRolledBackRestoreTestIsNotStored() {
        ContractSupport.rolledBack(transactions(), () -> restoreTests().add(sample("HIS-DB-NIGHTLY", 0, null)));

        assertThat(restoreTests().ofJob(BackupJobCode.of("HIS-DB-NIGHTLY"))).isEmpty();
    }

    private RestoreTest sample(String job, int days, BackupRunId run) {
        return BackupSamples.restoreTest(restoreTests().nextId(), job, days, run);
    }
}
