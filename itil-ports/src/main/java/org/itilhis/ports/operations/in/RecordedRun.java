package org.itilhis.ports.operations.in;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.itilhis.core.backup.BackupRun;

/**
 * A recorded backup run: the run, the number of the incident it raised or was added to (a failed
 * run), and whether this call only answered an earlier recording of the same run ({@code
 * replayed}: the same external id posted again).
 */
public record RecordedRun(BackupRun run, Optional<String> incident, boolean replayed) {
    public RecordedRun {
        checkNotNull(run, "run");
        checkNotNull(incident, "incident");
    }
}
