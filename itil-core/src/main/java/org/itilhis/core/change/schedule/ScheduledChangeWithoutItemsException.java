package org.itilhis.core.change.schedule;

import org.itilhis.core.change.ChangeNumber;
import org.itilhis.core.shared.DomainException;

/** A change touches at least one configuration item; without one the schedule cannot check it. */
public final class ScheduledChangeWithoutItemsException extends DomainException {
    public ScheduledChangeWithoutItemsException(ChangeNumber number) {
        super("change-schedule.no-items", number);
    }
}
