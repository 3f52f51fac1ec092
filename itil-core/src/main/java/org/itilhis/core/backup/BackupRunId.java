package org.itilhis.core.backup;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.UUID;

/** The identity of a recorded backup run, from {@code BackupRunRepository.nextId()}. */
public record BackupRunId(UUID value) {
    public BackupRunId {
        checkNotNull(value, "value");
    }

    public static BackupRunId parse(String text) {
        return new BackupRunId(UUID.fromString(checkNotNull(text, "text")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
