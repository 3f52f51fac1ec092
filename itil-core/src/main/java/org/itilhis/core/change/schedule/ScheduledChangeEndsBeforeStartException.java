package org.itilhis.core.change.schedule;

import org.itilhis.core.change.ChangeNumber;
import org.itilhis.core.shared.DomainException;

/** A change's planned window must end after it starts. */
public final class ScheduledChangeEndsBeforeStartException extends DomainException {
    public ScheduledChangeEndsBeforeStartException(ChangeNumber number, Object start, Object end) {
        super("change-schedule.ends-before-start", number, start, end);
    }
}
