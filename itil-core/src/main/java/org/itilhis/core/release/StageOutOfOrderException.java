package org.itilhis.core.release;

import org.itilhis.core.shared.DomainException;

/** A decision on a stage whose predecessor has no go yet: stages are entered in order. */
public final class StageOutOfOrderException extends DomainException {
    private final String nextStage;

    public StageOutOfOrderException(ReleaseNumber number, String stage, String nextStage) {
        super("release.stage-out-of-order", number, stage, nextStage);
        this.nextStage = nextStage;
    }

    /** The stage the next decision must be about. */
    public String nextStage() {
        return nextStage;
    }
}
