package org.itilhis.core.inspection;

import java.time.Duration;
import org.itilhis.core.shared.DomainException;

/** A schedule's grace (field {@code grace}) is not positive, or longer than the hospital allows. */
public final class GraceOutOfRangeException extends DomainException {
    public GraceOutOfRangeException(Duration grace, Duration max) {
        super("inspection.schedule.grace-out-of-range", grace, max);
    }
}
