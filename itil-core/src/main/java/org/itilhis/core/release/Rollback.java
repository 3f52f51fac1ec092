package org.itilhis.core.release;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import org.itilhis.core.shared.StaffId;

/**
 * The rollback of a release: why, and every configuration item it deployed to, each set back
 * to the version it had before the release. A rollback covers the whole release; it is
 * never partial, so the CMDB never shows half a release.
 */
public record Rollback(String reason, ImmutableList<Restoration> restorations, StaffId by, Instant at) {
    public Rollback {
        reason = Release.text(reason, "reason");
        checkNotNull(restorations, "restorations");
        checkArgument(!restorations.isEmpty(), "a rollback restores at least one item");
        checkNotNull(by, "by");
        checkNotNull(at, "at");
    }
}
