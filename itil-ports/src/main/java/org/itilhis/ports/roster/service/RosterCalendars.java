package org.itilhis.ports.roster.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.roster.GroupShifts;
import org.itilhis.core.roster.RosterEntry;
import org.itilhis.core.roster.Shift;
import org.itilhis.core.roster.ShiftDays;
import org.itilhis.core.roster.UnknownShiftException;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.common.InvalidCommandException;
import org.itilhis.ports.servicelevel.out.SlaConfigurationRepository;

/** The business calendar of a group's shifts, from the service level configuration, and the duties it makes. */
final class RosterCalendars {
    private final SlaConfigurationRepository calendars;

    RosterCalendars(SlaConfigurationRepository calendars) {
        this.calendars = checkNotNull(calendars, "calendars");
    }

    /**
     * The version of {@code shifts}' calendar in force at the start of {@code date}.
     *
     * @throws InvalidCommandException (field {@code calendar}) if no such calendar is stored
     */
    BusinessCalendar of(GroupShifts shifts, LocalDate date) {
        return calendars.calendar(shifts.calendar())
                .map(v -> v.calendarInForceAt(date.atStartOfDay(shifts.zone()).toInstant()))
                .orElseThrow(() -> unknown(shifts.calendar()));
    }

    static InvalidCommandException unknown(String calendar) {
        return InvalidCommandException.of("calendar", "no business calendar " + calendar
                + " is stored; define it in the service level configuration first");
    }

    boolean exists(String calendar) {
        return calendars.calendar(calendar).isPresent();
    }

    /**
     * {@code engineer}'s duty on shift {@code code} of {@code date}.
     *
     * @throws UnknownShiftException if the group has no such shift
     */
    RosterEntry entry(GroupShifts shifts, StaffId engineer, String code, LocalDate date) {
        Shift shift = shifts.shift(code).orElseThrow(() -> new UnknownShiftException(shifts.group(), code,
                shifts.shifts().stream().map(Shift::code).toList()));
        boolean holiday = ShiftDays.isStatutoryHoliday(date, of(shifts, date));
        return new RosterEntry(date, holiday, shifts.duty(engineer, shift, date));
    }
}
