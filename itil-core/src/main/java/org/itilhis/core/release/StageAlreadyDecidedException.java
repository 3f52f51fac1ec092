package org.itilhis.core.release;

import org.itilhis.core.shared.DomainException;

/** A second decision on a stage: each stage is decided once, and the first decision stands. */
public final class StageAlreadyDecidedException extends DomainException {
    public StageAlreadyDecidedException(ReleaseNumber number, StageDecision earlier) {
        super("release.stage-already-decided", number, earlier.stage(), earlier.by(), earlier.at());
    }
}
