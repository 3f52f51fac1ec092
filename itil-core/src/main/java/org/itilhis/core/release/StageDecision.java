package org.itilhis.core.release;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import org.itilhis.core.shared.StaffId;

/**
 * The go / no-go decision on one stage of a release: who took it, when and why. A go enters
 * the stage; a no-go halts the release. Each stage is decided at most once.
 */
public record StageDecision(String stage, StageVerdict verdict, String reason, StaffId by, Instant at) {
    public StageDecision {
        checkNotNull(stage, "stage");
        checkNotNull(verdict, "verdict");
        reason = Release.text(reason, "reason");
        checkNotNull(by, "by");
        checkNotNull(at, "at");
    }

    public boolean isGo() {
        return verdict == StageVerdict.GO;
    }
}
