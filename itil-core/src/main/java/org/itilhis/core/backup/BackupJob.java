package org.itilhis.core.backup;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.List;
import org.itilhis.core.shared.AggregateEvents;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;

/**
 * A backup job: one configuration item backed up on a schedule by the backup software, owned by
 * an assignment group whose engineers answer for its runs. Its runs are recorded beside it
 * ({@link BackupRun}); a due time no run answers within the grace period is a missed run ({@link
 * MissedBackup}). Missed runs are looked for from {@link #watchedFrom()} on: the definition, or the
 * last change of schedule (the old schedule's due times no longer count).
 */
public final class BackupJob {
    private final BackupJobCode code;
    private final GroupId group;
    private BackupJobDefinition definition;
    private Instant watchedFrom;
    private final AggregateEvents<BackupEvent> events = new AggregateEvents<>();

    private BackupJob(BackupJobCode code, GroupId group, BackupJobDefinition definition, Instant watchedFrom) {
        this.code = checkNotNull(code, "code");
        this.group = checkNotNull(group, "group");
        this.definition = checkNotNull(definition, "definition");
        this.watchedFrom = checkNotNull(watchedFrom, "watchedFrom");
    }

    /** Defines job {@code code} of {@code group}, watched from {@code at}. */
    public static BackupJob define(BackupJobCode code, GroupId group, BackupJobDefinition definition, StaffId actor,
                                   Instant at) {
        BackupJob job = new BackupJob(code, group, definition, at);
        job.events.created(new BackupEvent.JobDefined(code, group, definition, actor, at));
        return job;
    }

    public static BackupJob restore(BackupJobSnapshot s) {
        BackupJob job = new BackupJob(s.code(), s.group(), s.definition(), s.watchedFrom());
        job.events.restoredAt(s.version());
        return job;
    }

    /** Replaces what the job is; a new schedule is watched from {@code at}. */
    public void redefine(BackupJobDefinition next, StaffId actor, Instant at) {
        checkNotNull(next, "next");
        events.recorded(new BackupEvent.JobRedefined(code, next, actor, at), e -> {
            if (!next.schedule().equals(definition.schedule())) {
                watchedFrom = at;
            }
            definition = next;
        });
    }

    public BackupJobCode code() {
        return code;
    }

    public GroupId group() {
        return group;
    }

    public BackupJobDefinition definition() {
        return definition;
    }

    public Instant watchedFrom() {
        return watchedFrom;
    }

    public long version() {
        return events.version();
    }

    public List<BackupEvent> pendingEvents() {
        return events.pending();
    }

    public List<BackupEvent> pullEvents() {
        return events.pull();
    }

    public BackupJobSnapshot snapshot() {
        return new BackupJobSnapshot(code, group, definition, watchedFrom, version());
    }
}
