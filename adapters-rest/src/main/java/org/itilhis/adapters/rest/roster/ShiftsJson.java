package org.itilhis.adapters.rest.roster;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.core.roster.GroupShifts;
import org.itilhis.core.roster.Shift;
import org.itilhis.core.roster.ShiftDays;
import org.itilhis.core.roster.ShiftKind;
import org.itilhis.ports.roster.in.RosterCommand;

/**
 * A group's shifts as the API shows and takes them: times of day {@code HH:mm} in the group's
 * zone, the days from its business calendar, the response time of an on-call shift as an
 * ISO-8601 duration ({@code PT15M}).
 */
public final class ShiftsJson {
    private ShiftsJson() {
    }

    /**
     * One shift. {@code endsNextDay} absent on a request: the shift ends the next day exactly
     * when {@code end} is not after {@code start}.
     */
    public record ShiftJson(String code, String name, String englishName, ShiftKind kind, String start, String end,
                            Boolean endsNextDay, ShiftDays days, String responseTime) {
        static ShiftJson of(Shift shift) {
            return new ShiftJson(shift.code(), shift.name(), shift.englishName().orElse(null), shift.kind(),
                    shift.start().toString(), shift.end().toString(), shift.endsNextDay(), shift.days(),
                    shift.responseTime().map(Duration::toString).orElse(null));
        }

        RosterCommand.ShiftDefinition definition(String field, Fields fields) {
            LocalTime starts = RosterValues.time(field + ".start", start, fields);
            LocalTime ends = RosterValues.time(field + ".end", end, fields);
            Duration response = RosterValues.duration(field + ".responseTime", responseTime, fields);
            return new RosterCommand.ShiftDefinition(code, name, englishName, kind, starts, ends, endsNextDay, days,
                    response);
        }
    }

    /** A group's shift set at its version (also the {@code ETag}). */
    public record GroupShiftsJson(String group, String zone, String calendar, List<ShiftJson> shifts, long version) {
        static GroupShiftsJson of(GroupShifts shifts) {
            return new GroupShiftsJson(shifts.group().value(), shifts.zone().getId(), shifts.calendar(),
                    shifts.shifts().stream().map(ShiftJson::of).toList(), shifts.version());
        }
    }

    /** {@code PUT /shifts/{group}}: the group's shifts, in {@code zone}, on the days of business calendar {@code calendar}. */
    public record DefineShiftsJson(String zone, String calendar, List<ShiftJson> shifts) {
        List<RosterCommand.ShiftDefinition> definitions(Fields fields) {
            if (shifts == null) {
                return null;
            }
            List<RosterCommand.ShiftDefinition> definitions = new ArrayList<>();
            for (int i = 0; i < shifts.size(); i++) {
                ShiftJson shift = shifts.get(i);
                definitions.add(shift == null ? null : shift.definition("shifts[" + i + "]", fields));
            }
            return definitions;
        }
    }
}
