package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.itilhis.core.backup.BackupJob;
import org.itilhis.core.backup.BackupJobCode;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.operations.out.BackupJobRepository;
import org.junit.jupiter.api.Test;

/**
 * What every {@link BackupJobRepository} must do: store a job whole by its code, lock
 * optimistically, refuse a second job under a taken code, list every job by code, and take part
 * in transactions. Each test expects empty storage.
 */
public interface BackupJobRepositoryContract {
    BackupJobRepository jobs();

    Transactions transactions();

    @Test
    default void aDefinedAndRedefinedJobComesBackEqualAtItsVersion() {
        BackupJob job = BackupSamples.job("HIS-DB-NIGHTLY");
        store(job);
        BackupJob changed = load("HIS-DB-NIGHTLY");
        changed.redefine(BackupSamples.nightly("TAPE-01"), BackupSamples.LEAD, BackupSamples.NIGHT.plusSeconds(60));

        store(changed);

        assertThat(load("HIS-DB-NIGHTLY").snapshot()).isEqualTo(changed.snapshot());
        assertThat(load("HIS-DB-NIGHTLY").version()).isEqualTo(2);
        assertThat(jobs().find(BackupJobCode.of("PACS-ARCHIVE"))).isEmpty();
    }

    @Test
    default void ofTwoWritersAtTheSameVersionTheSecondGetsAVersionConflictAndTheFirstWins() {
        store(BackupSamples.job("HIS-DB-NIGHTLY"));
        BackupJob first = load("HIS-DB-NIGHTLY");
        BackupJob second = load("HIS-DB-NIGHTLY");
        first.redefine(BackupSamples.nightly("TAPE-01"), BackupSamples.LEAD, BackupSamples.NIGHT.plusSeconds(60));
        second.redefine(BackupSamples.nightly("TAPE-02"), BackupSamples.LEAD, BackupSamples.NIGHT.plusSeconds(61));

        store(first);

        assertThatThrownBy(() -> store(second)).isInstanceOfSatisfying(VersionConflictException.class,
                e -> assertThat(e.code()).isEqualTo("backup-job.version-conflict"));
        assertThat(load("HIS-DB-NIGHTLY").snapshot()).isEqualTo(first.snapshot());
    }

    @Test
    default void aSecondNewJobUnderATakenCodeIsAVersionConflict() {
        store(BackupSamples.job("HIS-DB-NIGHTLY"));

        assertThatThrownBy(() -> store(BackupSamples.job("HIS-DB-NIGHTLY")))
                .isInstanceOf(VersionConflictException.class);
        assertThat(jobs().all()).hasSize(1);
    }

    @Test
    default void aRolledBackSaveLeavesNothingAndEveryJobIsListedByCode() {
        ContractSupport.rolledBack(transactions(), () -> jobs().save(BackupSamples.job("LIS-DB")));
        store(BackupSamples.job("PACS-ARCHIVE"));
        store(BackupSamples.job("HIS-DB-NIGHTLY"));

        assertThat(jobs().find(BackupJobCode.of("LIS-DB"))).isEmpty();
        assertThat(jobs().all()).extracting(job -> job.code().value()).containsExactly("HIS-DB-NIGHTLY",
                "PACS-ARCHIVE");
    }

    private void store(BackupJob job) {
        ContractSupport.committed(transactions(), () -> jobs().save(job));
    }

    private BackupJob load(String code) {
        return jobs().find(BackupJobCode.of(code)).orElseThrow();
    }
}
