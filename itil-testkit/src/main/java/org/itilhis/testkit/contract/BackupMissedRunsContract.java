package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.itilhis.core.backup.BackupJobCode;
import org.itilhis.core.backup.MissedBackup;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.operations.out.BackupMissedRuns;
import org.junit.jupiter.api.Test;

/**
 * What every {@link BackupMissedRuns} must do: record a job's missed due time once, refuse it the
 * second time (leaving the transaction usable), say which due times are recorded and list a
 * job's missed runs over a span. Each test expects empty storage.
 */
public interface BackupMissedRunsContract {
    BackupMissedRuns missed();

    Transactions transactions();

    BackupJobCode HIS = BackupJobCode.of("HIS-DB-NIGHTLY");
    Instant DUE = Instant.parse("2027-02-09T18:00:00Z");

    @Test
    default void aMissedRunIsRecordedOnceTheSecondRecordIsRefusedAndTheTransactionGoesOn() {
        store(missed(HIS, 0));

        ContractSupport.committed(transactions(), () -> {
            assertThatThrownBy(() -> missed().record(missed(HIS, 0))).isInstanceOfSatisfying(
                    VersionConflictException.class, e -> assertThat(e.code()).isEqualTo("missed-backup.version-conflict"));
            missed().record(missed(HIS, 1));
            missed().record(missed(BackupJobCode.of("PACS-ARCHIVE"), 0));
        });

        assertThat(missed().recorded(HIS, List.of(DUE, day(1), day(2)))).containsExactlyInAnyOrder(DUE, day(1));
        assertThat(missed().ofJob(HIS, DUE, day(3))).containsExactly(missed(HIS, 0), missed(HIS, 1));
        assertThat(missed().ofJob(HIS, DUE.plusSeconds(1), day(1))).isEmpty();
    }

    @Test
    default void aRolledBackRecordLeavesTheDueTimeFree() {
        ContractSupport.rolledBack(transactions(), () -> missed().record(missed(HIS, 0)));

        assertThat(missed().recorded(HIS, List.of(DUE))).isEmpty();
        store(missed(HIS, 0));
        assertThat(missed().recorded(HIS, List.of(DUE))).containsExactly(DUE);
    }

    private static Instant day(int days) {
        return DUE.plus(Duration.ofDays(days));
    }

    private static MissedBackup missed(BackupJobCode job, int days) {
        return new MissedBackup(job, day(days), day(days).plus(Duration.ofHours(2)),
                day(days).plus(Duration.ofMinutes(125)).plusNanos(123_456_000));
    }

    private void store(MissedBackup record) {
        ContractSupport.committed(transactions(), () -> missed().record(record));
    }
}
