package org.itilhis.core.backup;

import com.google.common.base.CaseFormat;
import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;

/**
 * Everything that happens to a backup job, in its history: defined and redefined by its group
 * lead, a run recorded (by an engineer or the backup software; a failed one with the incident it
 * raised), a run missed (the incident raised by the system), a restore test recorded.
 */
public sealed interface BackupEvent extends DomainEvent {
    /** The prefix of a backup job's aggregate id in the event log. */
    String AGGREGATE_PREFIX = "backup-job/";

    BackupJobCode job();

    @Override
    default String aggregateId() {
        return aggregateIdOf(job());
    }

    @Override
    default String type() {
        return "backup." + CaseFormat.UPPER_CAMEL.to(CaseFormat.LOWER_HYPHEN, getClass().getSimpleName());
    }

    /** The event log's aggregate id of job {@code job}'s history. */
    static String aggregateIdOf(BackupJobCode job) {
        return AGGREGATE_PREFIX + job.value();
    }

    record JobDefined(BackupJobCode job, GroupId group, BackupJobDefinition definition, StaffId actor,
                      Instant occurredAt) implements BackupEvent {
    }

    record JobRedefined(BackupJobCode job, BackupJobDefinition definition, StaffId actor, Instant occurredAt)
            implements BackupEvent {
    }

    /** A run recorded; {@code incident} is the number of the incident a failed run raised or was added to. */
    record RunRecorded(BackupJobCode job, BackupRun run, Optional<String> incident, StaffId actor,
                       Instant occurredAt) implements BackupEvent {
    }

    /** No run answered {@code missed.dueAt()} by its deadline; {@code incident} stands for it (actor: the system). */
    record RunMissed(BackupJobCode job, MissedBackup missed, String incident, StaffId actor, Instant occurredAt)
            implements BackupEvent {
    }

    record RestoreTested(BackupJobCode job, RestoreTest test, StaffId actor, Instant occurredAt)
            implements BackupEvent {
    }
}
