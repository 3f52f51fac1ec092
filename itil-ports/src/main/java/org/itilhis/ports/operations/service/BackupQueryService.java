package org.itilhis.ports.operations.service;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.itilhis.core.backup.BackupJob;
import org.itilhis.core.backup.BackupJobCode;
import org.itilhis.core.backup.BackupOutcome;
import org.itilhis.core.backup.BackupRun;
import org.itilhis.core.backup.BackupRunId;
import org.itilhis.core.backup.BackupRunPosition;
import org.itilhis.core.backup.MissedBackup;
import org.itilhis.core.backup.RestoreTest;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.ports.operations.in.BackupJobView;
import org.itilhis.ports.operations.in.BackupQueries;
import org.itilhis.ports.operations.in.BackupRunNotFoundException;
import org.itilhis.ports.operations.in.BackupReportView;

/** Reads the backup records, each answer in a transaction of its own, limited to what the actor may see. */
final class BackupQueryService implements BackupQueries {
    /** The most runs one page holds. */
    static final int MAX_PAGE = 500;

    private final BackupPorts ports;
    private final BackupAccess access;

    BackupQueryService(BackupPorts ports, BackupAccess access) {
        this.ports = checkNotNull(ports, "ports");
        this.access = checkNotNull(access, "access");
    }

    @Override
    public BackupJobView job(Actor actor, BackupJobCode code) {
        return read(() -> BackupJobView.of(access.visibleJob(actor, code)));
    }

    @Override
    public List<BackupJobView> jobs(Actor actor, Optional<GroupId> group, Optional<CiId> ci) {
        return read(() -> visibleJobs(actor, group, ci).stream().map(BackupJobView::of).toList());
    }

    private List<BackupJob> visibleJobs(Actor actor, Optional<GroupId> group, Optional<CiId> ci) {
        return ports.jobs().all().stream()
                .filter(job -> group.map(job.group()::equals).orElse(true))
                .filter(job -> ci.map(job.definition().ci()::equals).orElse(true))
                .filter(job -> access.sees(actor, job.group()))
                .sorted(Comparator.comparing(job -> job.code().value()))
                .toList();
    }

    @Override
    public List<BackupRun> runs(Actor actor, BackupJobCode code, Optional<BackupRunPosition> after, int limit) {
        checkArgument(limit >= 1 && limit <= MAX_PAGE, "limit %s is not within 1 to %s", limit, MAX_PAGE);
        return read(() -> ports.runs().ofJob(access.visibleJob(actor, code).code(), after, limit));
    }

    @Override
    public BackupRun run(Actor actor, BackupRunId id) {
        return read(() -> ports.runs().find(id).filter(run -> ports.jobs().find(run.job())
                        .filter(job -> access.sees(actor, job.group())).isPresent())
                .orElseThrow(() -> new BackupRunNotFoundException(id)));
    }

    @Override
    public List<MissedBackup> missed(Actor actor, BackupJobCode code, Instant from, Instant to) {
        return read(() -> ports.missed().ofJob(access.visibleJob(actor, code).code(), from, to));
    }

    @Override
    public List<RestoreTest> restoreTests(Actor actor, BackupJobCode code) {
        return read(() -> ports.restoreTests().ofJob(access.visibleJob(actor, code).code()));
    }

    @Override
    public List<BackupReportView> report(Actor actor, Optional<CiId> ci, Optional<GroupId> group, Instant from,
                                         Instant to) {
        checkNotNull(from, "from");
        checkNotNull(to, "to");
        Instant now = ports.desk().clock().instant();
        return read(() -> visibleJobs(actor, group, ci).stream().map(job -> report(job, from, to, now)).toList());
    }

    private BackupReportView report(BackupJob job, Instant from, Instant to, Instant now) {
        Optional<BackupRun> lastGood = ports.runs().lastSucceeded(job.code());
        Optional<Duration> age = lastGood.map(run -> Duration.between(run.endedAt(), now));
        boolean met = age.map(a -> a.compareTo(job.definition().recoveryPointObjective()) <= 0).orElse(false);
        ImmutableList<Instant> missed = ports.missed().ofJob(job.code(), from, to).stream().map(MissedBackup::dueAt)
                .collect(ImmutableList.toImmutableList());
        ImmutableList<BackupRun> failed = ports.runs().startedBetween(job.code(), from, to).stream()
                .filter(run -> run.outcome() == BackupOutcome.FAILED).collect(ImmutableList.toImmutableList());
        return new BackupReportView(job.snapshot(), lastGood, age, met, missed, failed,
                ports.restoreTests().last(job.code()));
    }

    private <T> T read(Supplier<T> query) {
        return ports.desk().transactions().inTransaction(query);
    }
}
