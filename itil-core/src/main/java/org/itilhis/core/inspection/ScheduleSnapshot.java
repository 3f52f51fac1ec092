package org.itilhis.core.inspection;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.time.Instant;
import org.itilhis.core.calendar.CalendarDays;
import org.itilhis.core.shared.GroupId;

/**
 * An inspection schedule as stored: what {@link InspectionSchedule#restore} rebuilds it from.
 *
 * @param calendar the name of the business calendar (service level configuration) whose days and zone it is read in
 * @param since    rounds fall due after this instant
 */
public record ScheduleSnapshot(ScheduleId id, GroupId group, String template, String expression, CalendarDays days,
                               String calendar, Duration grace, Instant since, boolean active, long version) {
    public ScheduleSnapshot {
        checkNotNull(id, "id");
        checkNotNull(group, "group");
        checkNotNull(template, "template");
        checkNotNull(expression, "expression");
        checkNotNull(days, "days");
        checkNotNull(calendar, "calendar");
        checkNotNull(grace, "grace");
        checkNotNull(since, "since");
        checkArgument(version >= 1, "version %s is below 1", version);
    }
}
