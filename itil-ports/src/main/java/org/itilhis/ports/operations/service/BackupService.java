package org.itilhis.ports.operations.service;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.validation.Validator;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.itilhis.core.access.Permission;
import org.itilhis.core.backup.BackupEvent;
import org.itilhis.core.backup.BackupJob;
import org.itilhis.core.backup.BackupJobCodeTakenException;
import org.itilhis.core.backup.BackupJobDefinition;
import org.itilhis.core.backup.BackupRun;
import org.itilhis.core.backup.BackupSchedule;
import org.itilhis.core.backup.RestoreFromOtherJobException;
import org.itilhis.core.backup.RestoreTest;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.common.CommandPipeline;
import org.itilhis.ports.common.CommandPipeline.Outcome;
import org.itilhis.ports.common.InvalidCommandException;
import org.itilhis.ports.configuration.in.FaultIncident;
import org.itilhis.ports.configuration.in.FaultIncidents;
import org.itilhis.ports.configuration.in.ReportFault;
import org.itilhis.ports.operations.in.BackupCommand;
import org.itilhis.ports.operations.in.BackupJobView;
import org.itilhis.ports.operations.in.BackupRunNotFoundException;
import org.itilhis.ports.operations.in.BackupUseCase;
import org.itilhis.ports.operations.in.RecordedRun;

/**
 * Keeps the backup records: jobs defined and redefined by the group lead, runs and restore tests
 * recorded. Every command runs through the {@link CommandPipeline}: validate, authorise in the
 * job's group's scope, load, check the expected version, decide, save; the pipeline appends the
 * events. A failed run raises its incident in the run's transaction.
 */
final class BackupService implements BackupUseCase {
    /** The {@code source} of the faults the backup records report. */
    static final String FAULT_SOURCE = "backup";

    private final BackupPorts ports;
    private final BackupAccess access;
    private final BackupSchedules schedules;
    private final FaultIncidents faults;
    private final CommandPipeline pipeline;

    BackupService(BackupPorts ports, BackupAccess access, BackupSchedules schedules, FaultIncidents faults,
                  Validator validator) {
        this.ports = checkNotNull(ports, "ports");
        this.access = checkNotNull(access, "access");
        this.schedules = checkNotNull(schedules, "schedules");
        this.faults = checkNotNull(faults, "faults");
        this.pipeline = new CommandPipeline(validator, ports.desk().transactions(), ports.desk().events());
    }

    @Override
    public BackupJobView defineJob(BackupCommand.DefineJob command) {
        return pipeline.run(command, () -> {
            Actor actor = command.actor();
            access.check(actor, Permission.MANAGE_BACKUP_JOBS, command.group(), command.code().value());
            access.checkGroupExists(command.group());
            if (ports.jobs().find(command.code()).isPresent()) {
                throw new BackupJobCodeTakenException(command.code());
            }
            BackupJob job = BackupJob.define(command.code(), command.group(), definition(command.job()),
                    actor.staffId(), now());
            ports.jobs().save(job);
            return Outcome.of(BackupJobView.of(job), job.pullEvents());
        });
    }

    @Override
    public BackupJobView redefineJob(BackupCommand.RedefineJob command) {
        return pipeline.run(command, () -> {
            Actor actor = command.actor();
            BackupJob job = access.visibleJob(actor, command.code());
            access.check(actor, Permission.MANAGE_BACKUP_JOBS, job.group(), command.code().value());
            CommandPipeline.checkVersion("backup-job", command.code().value(), command.expectedVersion(),
                    job.version());
            job.redefine(definition(command.job()), actor.staffId(), now());
            ports.jobs().save(job);
            return Outcome.of(BackupJobView.of(job), job.pullEvents());
        });
    }

    private BackupJobDefinition definition(BackupCommand.JobFields fields) {
        if (fields.grace().isNegative()) {
            throw InvalidCommandException.of("grace", "must not be negative: " + fields.grace());
        }
        if (fields.recoveryPointObjective().isNegative() || fields.recoveryPointObjective().isZero()) {
            throw InvalidCommandException.of("recoveryPointObjective", "must be positive: "
                    + fields.recoveryPointObjective());
        }
        if (ports.items().find(fields.ci()).isEmpty()) {
            throw InvalidCommandException.of("ci", "no configuration item " + fields.ci() + " is in the CMDB");
        }
        BackupSchedule schedule = new BackupSchedule(fields.cron(), fields.days(), fields.calendar());
        schedules.check(schedule);
        return new BackupJobDefinition(fields.name(), fields.ci(), schedule, fields.kind(), fields.target(),
                fields.grace(), fields.recoveryPointObjective());
    }

    @Override
    public RecordedRun recordRun(BackupCommand.RecordRun command) {
        try {
            return pipeline.run(command, () -> decideRun(command));
        } catch (VersionConflictException e) {
            // The same run posted at the same moment by another request, which won the external id
            // (answered as a replay), or the job's fault reported at once by another transaction
            // (the missed-run check): once more, the fault is added to the incident that won.
            return pipeline.run(command, () -> decideRun(command));
        }
    }

    private Outcome<RecordedRun> decideRun(BackupCommand.RecordRun command) {
        Actor actor = command.actor();
        BackupJob job = access.visibleJob(actor, command.job());
        access.check(actor, Permission.RECORD_BACKUP_RUN, job.group(), command.job().value());
        Optional<String> externalId = Optional.ofNullable(command.externalId()).map(String::strip)
                .filter(id -> !id.isEmpty());
        if (externalId.isPresent()) {
            Optional<BackupRun> recorded = ports.runs().byExternalId(job.code(), externalId.get());
            if (recorded.isPresent()) {
                return Outcome.of(replay(recorded.get()));
            }
        }
        Instant now = now();
        Instant started = command.startedAt().truncatedTo(ChronoUnit.MICROS);
        Instant ended = command.endedAt().truncatedTo(ChronoUnit.MICROS);
        BackupRun.checkTimes(started, ended, now);
        Optional<Instant> answers = schedules.answeredBy(job, started,
                due -> ports.runs().answered(job.code(), due));
        BackupRun run = new BackupRun(ports.runs().nextId(), job.code(), externalId, command.outcome(), started,
                ended, Optional.ofNullable(command.sizeBytes()), text(command.location()), text(command.message()),
                answers, actor.staffId(), now);
        ports.runs().add(run);
        Optional<String> incident = run.succeeded() ? Optional.empty()
                : Optional.of(faults.report(failure(actor, job, run)).number());
        return Outcome.of(new RecordedRun(run, incident, false),
                List.of(new BackupEvent.RunRecorded(job.code(), run, incident, actor.staffId(), now)));
    }

    private RecordedRun replay(BackupRun run) {
        Optional<String> incident = run.succeeded() ? Optional.empty()
                : faults.openIncident(FAULT_SOURCE, run.job().value()).map(FaultIncident::number);
        return new RecordedRun(run, incident, true);
    }

    private static ReportFault failure(Actor actor, BackupJob job, BackupRun run) {
        BackupJobDefinition d = job.definition();
        String description = "Backup job " + job.code() + " (" + d.name() + ", " + d.kind() + " to " + d.target()
                + ") failed: run started " + run.startedAt() + ", ended " + run.endedAt()
                + run.sizeBytes().map(size -> ", " + size + " bytes").orElse("")
                + run.location().map(where -> ", stored at " + where).orElse("")
                + run.message().map(message -> ".\n" + message).orElse(".");
        return new ReportFault(actor, d.ci(), FAULT_SOURCE, job.code().value(),
                "备份失败 Backup failed: " + truncated(d.name(), 150), description, run.reference(), null);
    }

    static String truncated(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    private static Optional<String> text(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(text -> !text.isEmpty());
    }

    @Override
    public RestoreTest recordRestoreTest(BackupCommand.RecordRestoreTest command) {
        return pipeline.run(command, () -> {
            Actor actor = command.actor();
            BackupJob job = access.visibleJob(actor, command.job());
            access.check(actor, Permission.RECORD_RESTORE_TEST, job.group(), command.job().value());
            Instant now = now();
            Instant tested = command.testedAt().truncatedTo(ChronoUnit.MICROS);
            RestoreTest.checkTime(tested, now);
            if (command.run() != null) {
                BackupRun run = ports.runs().find(command.run())
                        .orElseThrow(() -> new BackupRunNotFoundException(command.run()));
                if (!run.job().equals(job.code())) {
                    throw new RestoreFromOtherJobException(run.id(), run.job(), job.code());
                }
            }
            RestoreTest test = new RestoreTest(ports.restoreTests().nextId(), job.code(),
                    Optional.ofNullable(command.run()), tested, command.restored().strip(),
                    command.tester() != null ? command.tester() : actor.staffId(), command.result(),
                    text(command.notes()), actor.staffId(), now);
            ports.restoreTests().add(test);
            return Outcome.of(test, List.of(new BackupEvent.RestoreTested(job.code(), test, actor.staffId(), now)));
        });
    }

    private Instant now() {
        return ports.desk().clock().instant();
    }
}
