package org.itilhis.adapters.rest.operations;

import java.time.Instant;
import java.util.List;
import org.itilhis.core.calendar.CalendarDays;
import org.itilhis.core.inspection.ScheduleSnapshot;
import org.itilhis.ports.operations.in.InspectionScheduleView;

/**
 * An inspection schedule as the API shows it: the template whose rounds it makes, the cron
 * expression and the days of the business calendar it is read on, the grace (ISO-8601, {@code
 * PT2H}) after which a round not recorded is missed, since when it makes rounds, whether it is
 * active, and when its next round falls due.
 */
public record InspectionScheduleJson(String id, String group, String template, String cron, CalendarDays days,
                           String calendar, String grace, Instant since, boolean active, Instant nextDue,
                           long version) {
    static InspectionScheduleJson of(InspectionScheduleView view) {
        ScheduleSnapshot schedule = view.state();
        return new InspectionScheduleJson(schedule.id().toString(), schedule.group().value(), schedule.template(),
                schedule.expression(), schedule.days(), schedule.calendar(), schedule.grace().toString(),
                schedule.since(), schedule.active(), view.nextDue().orElse(null), view.version());
    }

    /** A group's schedules, active and retired, by template code. */
    public record InspectionSchedulesJson(List<InspectionScheduleJson> items) {
    }

    /** {@code POST /inspections/schedules}: schedules a group's rounds of one of its templates. */
    public record DefineInspectionScheduleJson(String group, String template, String cron, CalendarDays days, String calendar,
                                     String grace) {
    }

    /** {@code PUT /inspections/schedules/{id}}: what and when, whole; rounds made already stay. */
    public record ChangeInspectionScheduleJson(String template, String cron, CalendarDays days, String calendar,
                                     String grace) {
    }
}
