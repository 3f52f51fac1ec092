package org.itilhis.adapters.rest.operations;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.itilhis.core.backup.BackupJobDefinition;
import org.itilhis.core.backup.BackupJobSnapshot;
import org.itilhis.core.backup.BackupKind;
import org.itilhis.core.backup.BackupOutcome;
import org.itilhis.core.backup.BackupRun;
import org.itilhis.core.backup.MissedBackup;
import org.itilhis.core.backup.RestoreResult;
import org.itilhis.core.backup.RestoreTest;
import org.itilhis.core.calendar.CalendarDays;
import org.itilhis.ports.operations.in.BackupJobView;
import org.itilhis.ports.operations.in.BackupReportView;
import org.itilhis.ports.operations.in.RecordedRun;

/** The backup records as the API shows and takes them; durations as ISO-8601 text ({@code PT2H}). */
final class BackupJson {
    private BackupJson() {
    }

    /** A backup job: what it is, its schedule, and since when missed runs are looked for. */
    public record BackupJobJson(String code, String group, String name, String ci, String cron, CalendarDays days,
                          String calendar, BackupKind kind, String target, String grace,
                          String recoveryPointObjective, Instant watchedFrom, long version) {
        static BackupJobJson of(BackupJobView view) {
            BackupJobSnapshot job = view.state();
            BackupJobDefinition d = job.definition();
            return new BackupJobJson(job.code().value(), job.group().value(), d.name(), d.ci().toString(),
                    d.schedule().cron(), d.schedule().days(), d.schedule().calendar(), d.kind(), d.target(),
                    d.grace().toString(), d.recoveryPointObjective().toString(), job.watchedFrom(), view.version());
        }
    }

    /**
     * {@code POST /backups/jobs} ({@code code} and {@code group}) and {@code PUT /backups/jobs/{code}}
     * (neither): a job's definition.
     */
    public record DefineBackupJobJson(String code, String group, String name, String ci, String cron, CalendarDays days,
                                String calendar, BackupKind kind, String target, String grace,
                                String recoveryPointObjective) {
    }

    public record BackupJobsJson(List<BackupJobJson> items) {
    }

    /** A recorded run; {@code incident} the number of the incident a failed run raised or was added to. */
    public record BackupRunJson(String id, String job, String externalId, BackupOutcome outcome, Instant startedAt,
                          Instant endedAt, Long sizeBytes, String location, String message, Instant answers,
                          String recordedBy, Instant recordedAt, String incident, boolean replayed) {
        static BackupRunJson of(BackupRun run) {
            return new BackupRunJson(run.id().toString(), run.job().value(), run.externalId().orElse(null), run.outcome(),
                    run.startedAt(), run.endedAt(), run.sizeBytes().orElse(null), run.location().orElse(null),
                    run.message().orElse(null), run.answers().orElse(null), run.recordedBy().value(),
                    run.recordedAt(), null, false);
        }

        static BackupRunJson of(RecordedRun recorded) {
            BackupRunJson run = of(recorded.run());
            return new BackupRunJson(run.id, run.job, run.externalId, run.outcome, run.startedAt, run.endedAt,
                    run.sizeBytes, run.location, run.message, run.answers, run.recordedBy, run.recordedAt,
                    recorded.incident().orElse(null), recorded.replayed());
        }
    }

    /**
     * {@code POST /backups/jobs/{code}/runs}: a run as the backup software or an engineer reports it;
     * {@code externalId} is the backup software's own id of the run.
     */
    public record RecordBackupRunJson(String externalId, BackupOutcome outcome, String startedAt, String endedAt,
                                Long sizeBytes, String location, String message) {
    }

    /** A page of runs, newest first; {@code next} the cursor of the next page, null on the last. */
    public record BackupRunsJson(List<BackupRunJson> items, String next) {
    }

    public record MissedBackupJson(String job, Instant dueAt, Instant deadline, Instant detectedAt) {
        static MissedBackupJson of(MissedBackup missed) {
            return new MissedBackupJson(missed.job().value(), missed.dueAt(), missed.deadline(), missed.detectedAt());
        }
    }

    public record MissedBackupsJson(List<MissedBackupJson> items) {
    }

    public record RestoreTestJson(String id, String job, String run, Instant testedAt, String restored, String tester,
                                  RestoreResult result, String notes, String recordedBy, Instant recordedAt) {
        static RestoreTestJson of(RestoreTest test) {
            return new RestoreTestJson(test.id().toString(), test.job().value(),
                    test.run().map(Object::toString).orElse(null), test.testedAt(), test.restored(),
                    test.tester().value(), test.result(), test.notes().orElse(null), test.recordedBy().value(),
                    test.recordedAt());
        }
    }

    /** {@code POST /backups/jobs/{code}/restore-tests}: the evidence; {@code tester} defaults to the caller. */
    public record RecordRestoreTestJson(String run, String testedAt, String restored, String tester,
                                        RestoreResult result, String notes) {
    }

    public record RestoreTestsJson(List<RestoreTestJson> items) {
    }

    /** How one job stands, for the report per system. */
    public record BackupReportItemJson(BackupJobJson job, BackupRunJson lastGood, String recoveryPointAge, boolean recoveryPointMet,
                                 List<Instant> missed, List<BackupRunJson> failed, RestoreTestJson lastRestoreTest) {
        static BackupReportItemJson of(BackupReportView report) {
            return new BackupReportItemJson(BackupJobJson.of(new BackupJobView(report.job())),
                    report.lastGood().map(BackupRunJson::of).orElse(null),
                    report.recoveryPointAge().map(Duration::toString).orElse(null), report.recoveryPointMet(),
                    report.missed(), report.failed().stream().map(BackupRunJson::of).toList(),
                    report.lastRestoreTest().map(RestoreTestJson::of).orElse(null));
        }
    }

    public record BackupReportJson(Instant from, Instant to, List<BackupReportItemJson> items) {
    }
}
