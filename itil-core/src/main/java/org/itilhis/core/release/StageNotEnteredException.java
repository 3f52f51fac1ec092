package org.itilhis.core.release;

import java.util.List;
import org.itilhis.core.shared.DomainException;

/** A deployment to a stage that has no go: deployments happen only in entered stages. */
public final class StageNotEnteredException extends DomainException {
    public StageNotEnteredException(ReleaseNumber number, String stage, List<String> entered) {
        super("release.stage-not-entered", number, stage, entered);
    }
}
