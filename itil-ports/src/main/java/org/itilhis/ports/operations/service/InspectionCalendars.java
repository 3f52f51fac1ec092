package org.itilhis.ports.operations.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.inspection.InspectionSchedule;
import org.itilhis.ports.servicelevel.in.CalendarNotFoundException;
import org.itilhis.ports.servicelevel.out.SlaConfigurationRepository;

/** The business calendars of the schedules, from the service level configuration, and their next due times. */
final class InspectionCalendars {
    private final SlaConfigurationRepository calendars;

    InspectionCalendars(SlaConfigurationRepository calendars) {
        this.calendars = checkNotNull(calendars, "calendars");
    }

    /** The version of calendar {@code name} in force at {@code at}; empty if no such calendar is stored. */
    Optional<BusinessCalendar> at(String name, Instant at) {
        return calendars.calendar(name).map(v -> v.calendarInForceAt(at));
    }

    /** @throws CalendarNotFoundException if no calendar {@code name} is stored */
    void checkExists(String name) {
        if (calendars.calendar(name).isEmpty()) {
            throw new CalendarNotFoundException(name);
        }
    }

    /** When {@code schedule} next makes a round due after {@code now}: empty when retired or never. */
    Optional<Instant> nextDue(InspectionSchedule schedule, Instant now) {
        if (!schedule.active()) {
            return Optional.empty();
        }
        Instant after = now.isAfter(schedule.since()) ? now : schedule.since();
        return at(schedule.calendar(), after).flatMap(calendar -> CronSchedule.parse("cron", schedule.expression(),
                schedule.days()).nextAfter(after, calendar));
    }
}
