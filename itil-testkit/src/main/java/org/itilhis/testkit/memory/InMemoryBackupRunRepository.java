package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.itilhis.core.backup.BackupJobCode;
import org.itilhis.core.backup.BackupOutcome;
import org.itilhis.core.backup.BackupRun;
import org.itilhis.core.backup.BackupRunId;
import org.itilhis.core.backup.BackupRunPosition;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.operations.out.BackupRunRepository;

/**
 * Backup runs in a map by id, each also under its job and external id (or its id, without one),
 * so that a second run of a job with the same external id is refused.
 */
public final class InMemoryBackupRunRepository implements BackupRunRepository {
    /** Newest start first, a tie by id descending: the order pages are read in. */
    static final Comparator<BackupRun> NEWEST_FIRST = Comparator.comparing(BackupRun::startedAt)
            .thenComparing(run -> run.id().value()).reversed();

    private final SnapshotStore<BackupRunId, String, BackupRun> store;
    private final AtomicLong ids = new AtomicLong();

    public InMemoryBackupRunRepository(InMemoryTransactions transactions) {
        this.store = new SnapshotStore<>(transactions, "backup-run", BackupRun::id,
                run -> run.externalId().map(id -> run.job().value() + "/" + id).orElse(run.id().toString()),
                run -> 1);
    }

    @Override
    public BackupRunId nextId() {
        return new BackupRunId(new UUID(0xBAC0L, ids.incrementAndGet()));
    }

    @Override
    public void add(BackupRun run) {
        store.save(checkNotNull(run, "run"), 0);
    }

    @Override
    public Optional<BackupRun> find(BackupRunId id) {
        return store.byId(id);
    }

    @Override
    public Optional<BackupRun> byExternalId(BackupJobCode job, String externalId) {
        return store.byNumber(job.value() + "/" + externalId).filter(run -> run.externalId().isPresent());
    }

    @Override
    public List<BackupRun> ofJob(BackupJobCode job, Optional<BackupRunPosition> after, int limit) {
        return of(job).stream()
                .filter(run -> after.map(position -> NEWEST_FIRST.compare(run, at(position)) > 0).orElse(true))
                .sorted(NEWEST_FIRST).limit(limit).toList();
    }

    private static BackupRun at(BackupRunPosition position) {
        return new BackupRun(position.id(), BackupJobCode.of("position"), Optional.empty(), BackupOutcome.SUCCEEDED,
                position.startedAt(), position.startedAt(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Actor.SYSTEM_ID, position.startedAt());
    }

    @Override
    public List<BackupRun> startedBetween(BackupJobCode job, Instant from, Instant to) {
        return of(job).stream().filter(run -> !run.startedAt().isBefore(from) && run.startedAt().isBefore(to))
                .sorted(NEWEST_FIRST.reversed()).toList();
    }

    @Override
    public Set<Instant> answered(BackupJobCode job, Collection<Instant> dueTimes) {
        return of(job).stream().flatMap(run -> run.answers().stream()).filter(dueTimes::contains)
                .collect(Collectors.toSet());
    }

    @Override
    public Optional<BackupRun> lastSucceeded(BackupJobCode job) {
        return of(job).stream().filter(BackupRun::succeeded).max(Comparator.comparing(BackupRun::endedAt)
                .thenComparing(run -> run.id().value()));
    }

    private List<BackupRun> of(BackupJobCode job) {
        checkNotNull(job, "job");
        return store.all().stream().filter(run -> run.job().equals(job)).toList();
    }
}
