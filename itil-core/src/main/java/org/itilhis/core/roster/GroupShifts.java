package org.itilhis.core.roster;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;

/**
 * The shifts of one assignment group, in its time zone, on the days its business calendar
 * (named {@code calendar}, as the service level configuration stores it) says. Versioned: the
 * first set of a group is version 1 and every redefinition adds one, so that two leads editing
 * at once do not overwrite each other. Rosters already made keep the times they were made with.
 *
 * @param calendar the name of the group's business calendar (holidays, adjusted working days)
 * @throws InvalidShiftException if two shifts have one code
 */
public record GroupShifts(GroupId group, ZoneId zone, String calendar, ImmutableList<Shift> shifts, long version) {
    public GroupShifts {
        checkNotNull(group, "group");
        checkNotNull(zone, "zone");
        checkNotNull(calendar, "calendar");
        calendar = calendar.strip();
        checkArgument(!calendar.isEmpty(), "the calendar of %s's shifts is blank", group);
        checkNotNull(shifts, "shifts");
        checkArgument(version >= 1, "version %s is below 1", version);
        Set<String> codes = new HashSet<>();
        for (Shift shift : shifts) {
            if (!codes.add(shift.code())) {
                throw InvalidShiftException.duplicateCode(shift.code());
            }
        }
    }

    /** A group's first shift set, at version 1. */
    public static GroupShifts of(GroupId group, ZoneId zone, String calendar, Iterable<Shift> shifts) {
        return new GroupShifts(group, zone, calendar, ImmutableList.copyOf(shifts), 1);
    }

    /** The next version: these shifts replacing the current ones. */
    public GroupShifts redefined(ZoneId newZone, String newCalendar, Iterable<Shift> newShifts) {
        return new GroupShifts(group, newZone, newCalendar, ImmutableList.copyOf(newShifts), version + 1);
    }

    public Optional<Shift> shift(String code) {
        return shifts.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** Whether {@code shift} runs on {@code date} by {@code dates}, the group's calendar. */
    public boolean runsOn(Shift shift, LocalDate date, BusinessCalendar dates) {
        return shift.days().includes(date, dates);
    }

    /** {@code engineer}'s duty on {@code shift} of {@code date}, in the group's zone. */
    public Duty duty(StaffId engineer, Shift shift, LocalDate date) {
        Instant start = shift.startOn(date, zone);
        return new Duty(engineer, group, shift.code(), shift.kind(), start, shift.endOn(date, zone));
    }
}
