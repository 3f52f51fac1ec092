package org.itilhis.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.core.backup.BackupEvent;
import org.itilhis.core.backup.BackupJob;
import org.itilhis.core.backup.BackupJobCode;
import org.itilhis.core.backup.BackupOutcome;
import org.itilhis.core.backup.BackupRun;
import org.itilhis.core.backup.MissedBackup;
import org.itilhis.core.backup.RestoreTestId;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.operations.out.BackupJobRepository;
import org.itilhis.ports.operations.out.BackupMissedRuns;
import org.itilhis.ports.operations.out.BackupRunRepository;
import org.itilhis.ports.operations.out.RestoreTestRepository;
import org.itilhis.testkit.contract.BackupSamples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * As {@link RosterContractIT}, for the backup records' contracts; and the event log of the same
 * database reading every backup event back.
 */
abstract class BackupContractIT extends DatabaseIT {
    @BeforeEach
    void emptyTables() {
        db.emptyTables();
    }

    /** Every backup event, appended as the pipeline appends them, comes back equal in the job's history. */
    @Test
    void everyBackupEventIsAppendedToTheEventLogAndReadBackEqual() {
        BackupJob job = BackupSamples.job("HIS-DB-NIGHTLY");
        job.redefine(BackupSamples.nightly("TAPE-01"), BackupSamples.LEAD, BackupSamples.NIGHT.plusSeconds(60));
        BackupJobCode code = job.code();
        Instant due = Instant.parse("2027-02-09T18:00:00Z");
        BackupRun run = BackupSamples.run(storage.backups().runs().nextId(), code.value(), 24, BackupOutcome.FAILED,
                "veeam-1", due.plusSeconds(86_400));
        List<DomainEvent> events = new ArrayList<>(job.pullEvents());
        events.add(new BackupEvent.RunRecorded(code, run, Optional.of("INC-2027-000042"), Actor.SYSTEM_ID,
                run.recordedAt()));
        events.add(new BackupEvent.RunMissed(code, new MissedBackup(code, due, due.plusSeconds(7200),
                due.plusSeconds(7260)), "INC-2027-000042", Actor.SYSTEM_ID, due.plusSeconds(7260)));
        events.add(new BackupEvent.RestoreTested(code, BackupSamples.restoreTest(new RestoreTestId(
                UUID.randomUUID()), code.value(), 2, run.id()), BackupSamples.ENGINEER,
                due.plusSeconds(200_000)));
        storage.transactions().inTransaction(() -> {
            storage.events().append(events);
            return null;
        });

        assertThat(storage.events().history(BackupEvent.aggregateIdOf(code))).containsExactlyElementsOf(events);
        assertThat(events).extracting(DomainEvent::type).containsExactly("backup.job-defined",
                "backup.job-redefined", "backup.run-recorded", "backup.run-missed", "backup.restore-tested");
    }

    public Transactions transactions() {
        return storage.transactions();
    }

    public BackupJobRepository jobs() {
        return storage.backups().jobs();
    }

    public BackupRunRepository runs() {
        return storage.backups().runs();
    }

    public BackupMissedRuns missed() {
        return storage.backups().missedRuns();
    }

    public RestoreTestRepository restoreTests() {
        return storage.backups().restoreTests();
    }
}
