package org.itilhis.core.release;

import java.util.List;
import org.itilhis.core.shared.DomainException;

/** The command names a stage the release does not declare; the message lists those it does. */
public final class UnknownStageException extends DomainException {
    public UnknownStageException(ReleaseNumber number, String stage, List<String> stages) {
        super("release.unknown-stage", number, stage, stages);
    }
}
