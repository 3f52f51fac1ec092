package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.itilhis.core.backup.BackupJobCode;
import org.itilhis.core.backup.BackupOutcome;
import org.itilhis.core.backup.BackupRun;
import org.itilhis.core.backup.BackupRunPosition;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.operations.out.BackupRunRepository;
import org.junit.jupiter.api.Test;

/**
 * What every {@link BackupRunRepository} must do: store a run whole, once; refuse a second run of
 * a job under the same external id (leaving the transaction usable); page a job's runs newest
 * first; list them by start; say which due times are answered and which good run ended last.
 * Each test expects empty storage.
 */
public interface BackupRunRepositoryContract {
    BackupRunRepository runs();

    Transactions transactions();

    BackupJobCode HIS = BackupJobCode.of("HIS-DB-NIGHTLY");

    @Test
    default void aRecordedRunComesBackEqualByIdAndByExternalId() {
        BackupRun run = run(0, BackupOutcome.FAILED, "veeam-7781", BackupSamples.NIGHT);
        BackupRun manual = run(5, BackupOutcome.SUCCEEDED, null, null);
        store(run);
        store(manual);

        assertThat(runs().find(run.id())).contains(run);
        assertThat(runs().find(manual.id())).contains(manual);
        assertThat(runs().byExternalId(HIS, "veeam-7781")).contains(run);
        assertThat(runs().byExternalId(BackupJobCode.of("PACS-ARCHIVE"), "veeam-7781")).isEmpty();
        assertThat(runs().find(runs().nextId())).isEmpty();
    }

    @Test
    default void aSecondRunOfTheJobUnderTheSameExternalIdIsRefusedAndTheTransactionGoesOn() {
        BackupRun first = run(0, BackupOutcome.SUCCEEDED, "veeam-7781", null);
        store(first);
        BackupRun again = run(1, BackupOutcome.SUCCEEDED, "veeam-7781", null);
        BackupRun other = run(2, BackupOutcome.SUCCEEDED, "veeam-7782", null);
        BackupRun otherJob = BackupSamples.run(runs().nextId(), "PACS-ARCHIVE", 0, BackupOutcome.SUCCEEDED,
                "veeam-7781", null);

        ContractSupport.committed(transactions(), () -> {
            assertThatThrownBy(() -> runs().add(again)).isInstanceOfSatisfying(VersionConflictException.class,
                    e -> assertThat(e.code()).isEqualTo("backup-run.version-conflict"));
            runs().add(other);
            runs().add(otherJob);
        });

        assertThat(runs().find(again.id())).isEmpty();
        assertThat(runs().find(other.id())).contains(other);
        assertThat(runs().find(otherJob.id())).contains(otherJob);
        assertThat(runs().byExternalId(HIS, "veeam-7781")).contains(first);
    }

    @Test
    default void aJobsRunsArePagedNewestStartFirst() {
        for (int hours : new int[] {48, 0, 24, 72, 96}) {
            store(run(hours, BackupOutcome.SUCCEEDED, "run-" + hours, null));
        }
        store(BackupSamples.run(runs().nextId(), "PACS-ARCHIVE", 12, BackupOutcome.SUCCEEDED, null, null));

        List<BackupRun> first = runs().ofJob(HIS, Optional.empty(), 2);
        List<BackupRun> second = runs().ofJob(HIS, Optional.of(BackupRunPosition.of(first.get(1))), 2);
        List<BackupRun> last = runs().ofJob(HIS, Optional.of(BackupRunPosition.of(second.get(1))), 2);

        assertThat(first).extracting(run -> run.externalId().orElseThrow()).containsExactly("run-96", "run-72");
        assertThat(second).extracting(run -> run.externalId().orElseThrow()).containsExactly("run-48", "run-24");
        assertThat(last).extracting(run -> run.externalId().orElseThrow()).containsExactly("run-0");
    }

    @Test
    default void runsStartedInASpanAreListedOldestFirst() {
        for (int hours : new int[] {48, 0, 24}) {
            store(run(hours, BackupOutcome.SUCCEEDED, "run-" + hours, null));
        }
        Instant from = BackupSamples.NIGHT;
        Instant to = BackupSamples.NIGHT.plus(Duration.ofHours(48));

        assertThat(runs().startedBetween(HIS, from, to)).extracting(run -> run.externalId().orElseThrow())
                .containsExactly("run-0", "run-24");
        assertThat(runs().startedBetween(HIS, from.plusNanos(1000), to)).extracting(run -> run.externalId()
                .orElseThrow()).containsExactly("run-24");
    }

    @Test
    default void theAnsweredDueTimesAndTheLastGoodRunAreFound() {
        Instant due = BackupSamples.NIGHT.minusNanos(123_456_000);
        Instant nextDue = due.plus(Duration.ofDays(1));
        BackupRun good = run(0, BackupOutcome.SUCCEEDED, "a", due);
        BackupRun failed = run(24, BackupOutcome.FAILED, "b", nextDue);
        store(good);
        store(failed);
        store(run(30, BackupOutcome.FAILED, "c", null));

        assertThat(runs().answered(HIS, List.of(due, nextDue, nextDue.plus(Duration.ofDays(1)))))
                .containsExactlyInAnyOrder(due, nextDue);
        assertThat(runs().answered(BackupJobCode.of("PACS-ARCHIVE"), List.of(due))).isEmpty();
        assertThat(runs().lastSucceeded(HIS)).contains(good);
        assertThat(runs().lastSucceeded(BackupJobCode.of("PACS-ARCHIVE"))).isEmpty();
    }

    @Test
    default void aRolledBackRunIsNotStored() {
        BackupRun run = run(0, BackupOutcome.SUCCEEDED, "veeam-1", null);

        ContractSupport.rolledBack(transactions(), () -> runs().add(run));

        assertThat(runs().find(run.id())).isEmpty();
        assertThat(runs().byExternalId(HIS, "veeam-1")).isEmpty();
    }

    private BackupRun run(int hours, BackupOutcome outcome, String externalId, Instant answers) {
        return BackupSamples.run(runs().nextId(), HIS.value(), hours, outcome, externalId, answers);
    }

    private void store(BackupRun run) {
        ContractSupport.committed(transactions(), () -> runs().add(run));
    }
}
