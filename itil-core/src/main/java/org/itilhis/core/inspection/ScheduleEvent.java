package org.itilhis.core.inspection;

import com.google.common.base.CaseFormat;
import java.time.Duration;
import java.time.Instant;
import org.itilhis.core.calendar.CalendarDays;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;

/** What happens to an inspection schedule: defined, changed, retired. */
public sealed interface ScheduleEvent extends DomainEvent {
    ScheduleId scheduleId();

    @Override
    default String aggregateId() {
        return scheduleId().toString();
    }

    @Override
    default String type() {
        return "inspection-schedule." + CaseFormat.UPPER_CAMEL.to(CaseFormat.LOWER_HYPHEN, getClass().getSimpleName());
    }

    record Defined(ScheduleId scheduleId, GroupId group, String template, String expression, CalendarDays days,
                   String calendar, Duration grace, StaffId actor, Instant occurredAt) implements ScheduleEvent {
    }

    record Changed(ScheduleId scheduleId, String template, String expression, CalendarDays days, String calendar,
                   Duration grace, StaffId actor, Instant occurredAt) implements ScheduleEvent {
    }

    record Retired(ScheduleId scheduleId, StaffId actor, Instant occurredAt) implements ScheduleEvent {
    }
}
