package org.itilhis.core.backup;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import org.itilhis.core.shared.GroupId;

/** A backup job as stored: what {@link BackupJob#restore} rebuilds it from. */
public record BackupJobSnapshot(BackupJobCode code, GroupId group, BackupJobDefinition definition,
                                Instant watchedFrom, long version) {
    public BackupJobSnapshot {
        checkNotNull(code, "code");
        checkNotNull(group, "group");
        checkNotNull(definition, "definition");
        checkNotNull(watchedFrom, "watchedFrom");
        checkArgument(version >= 1, "version %s is below 1", version);
    }
}
