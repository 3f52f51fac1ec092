package org.itilhis.ports.servicelevel.in;

import com.google.common.collect.ImmutableSortedSet;
import java.time.Instant;
import java.util.List;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.calendar.CalendarVersions;
import org.itilhis.core.calendar.MissingArrangement;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.common.InvalidCommandException;

/**
 * Managing the service catalogue, its SLAs and the business calendars. Reading needs the
 * VIEW_SLA permission, changing MANAGE_SLA; every change is logged as an event with who,
 * when and why.
 */
public interface SlaAdministration {
    /**
     * Checks that {@code actor} may change the configuration and the calendars, so that an
     * adapter can refuse someone who may not before it reads their request.
     *
     * @throws org.itilhis.core.access.NotPermittedException without the MANAGE_SLA permission
     */
    void checkMayManage(Actor actor);

    /** @throws SlaNotConfiguredException while none is stored */
    SlaConfiguration configuration(Actor actor);

    /**
     * Saves the configuration, whose version must be the stored one (0 for the first save),
     * and returns it at its new version.
     *
     * @throws InvalidCommandException if a named calendar is not stored or the reason is blank
     * @throws org.itilhis.core.shared.VersionConflictException if someone saved meanwhile
     */
    SlaConfiguration saveConfiguration(Actor actor, SlaConfiguration configuration, String reason);

    ImmutableSortedSet<String> calendarNames(Actor actor);

    /** @throws CalendarNotFoundException if there is no such calendar */
    CalendarVersions calendar(Actor actor, String name);

    /**
     * Adds a version of calendar {@code name} in force from {@code effectiveFrom}, or creates
     * the calendar: its first version is in force since ever, whatever {@code effectiveFrom}
     * says. The version is stored under {@code name}, whatever name the calendar had, so that
     * clocks name the calendar as it is managed. A later version must take effect in the future, so that no figure already
     * measured (a past deadline, a recorded escalation, a report) ever changes.
     *
     * @throws InvalidCommandException if the name or reason is blank, or {@code effectiveFrom}
     *         is not in the future and after the latest version's
     */
    CalendarVersions addCalendarVersion(Actor actor, String name, Instant effectiveFrom, BusinessCalendar calendar,
                                        String reason);

    /**
     * Loads {@code year}'s official holiday arrangement (the State Council's notice, in the
     * calendar file format: {@code HOLIDAY} and {@code WORKDAY} lines of that year) into
     * calendar {@code name}: a new version, the latest one plus the notice, takes effect at
     * the next second. Open tickets measured over that year stop being provisional; closed
     * ones keep their figures, and escalations already recorded stand (ADR 0003).
     *
     * @throws CalendarNotFoundException if there is no such calendar
     * @throws org.itilhis.core.calendar.HolidayNoticeRejectedException if the calendar follows
     *         no official arrangement, already holds the year's, or the notice misses a
     *         statutory day, puts an adjusted working day on a weekday or holds another year's date
     * @throws org.itilhis.core.calendar.CalendarFileException if a line is malformed
     * @throws InvalidCommandException if the reason is blank
     */
    CalendarVersions loadHolidayNotice(Actor actor, String name, int year, String notice, String reason);

    /**
     * The official arrangements the stored calendars lack for the current year, or for the
     * next from 60 days before it starts, by the latest version of each calendar. Not
     * personal and asked by health checks, so it needs no actor.
     */
    List<MissingArrangement> missingArrangements();
}
