package org.itilhis.core.calendar;

import org.itilhis.core.shared.DomainException;

/**
 * A schedule (of inspection rounds, of a backup job) is not a cron expression of five fields:
 * minute, hour, day of month, month, day of week, such as {@code 0 8,20 * * *}.
 */
public final class InvalidScheduleException extends DomainException {
    public InvalidScheduleException(String field, String expression) {
        super("schedule.not-a-cron-expression", field, expression);
    }
}
