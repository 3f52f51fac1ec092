package org.itilhis.testkit;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.itilhis.testkit.DemoHospital.DESKTOP;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.ENGINEER_ZHOU;
import static org.itilhis.testkit.DemoHospital.HIS_SUPPORT;
import static org.itilhis.testkit.DemoHospital.LEAD_SUN;
import static org.itilhis.testkit.DemoHospital.LEAD_WU;
import static org.itilhis.testkit.DemoHospital.NETWORK;
import static org.itilhis.testkit.DemoHospital.NETWORK_MA;
import static org.itilhis.testkit.DemoHospital.SPECIALIST_HUANG;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.itilhis.core.roster.ShiftDays;
import org.itilhis.core.roster.ShiftKind;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.roster.in.RosterCommand;
import org.itilhis.ports.roster.in.RosterQueries;
import org.itilhis.ports.roster.in.RosterUseCase;
import org.itilhis.ports.roster.in.RosterView;
import org.itilhis.ports.roster.in.ShiftsNotFoundException;

/**
 * The demo hospital's duty roster: desktop support, HIS support and the network group each get
 * a day shift (08:00-17:30 on working days), a night (17:30-08:00, on working days) and a
 * 24-hour on-call on rest days and holidays (08:00-08:00, answering within 30 minutes), on the
 * {@link DemoHospital#OFFICE_HOURS} calendar (the SLA configuration's, so {@link
 * DemoHospital#configureServiceLevels} first); and rosters generated for the month before and
 * the month of a given instant, each lead rotating their group's engineers, lead included.
 */
public final class DemoRoster {
    public static final String DAY = "DAY";
    public static final String NIGHT = "NIGHT";
    public static final String WEEKEND_ON_CALL = "WEEKEND-ON-CALL";
    /** The on-call response time. */
    public static final Duration RESPONSE_TIME = Duration.ofMinutes(30);

    /** Each rostered group's lead and its engineers in rotation order. */
    public static final Map<GroupId, List<Actor>> ROTATIONS = Map.of(
            DESKTOP, List.of(LEAD_SUN, ENGINEER_LIU, ENGINEER_ZHOU),
            HIS_SUPPORT, List.of(LEAD_WU, SPECIALIST_HUANG),
            NETWORK, List.of(NETWORK_MA));

    private DemoRoster() {
    }

    /** The three shifts of the demo groups. */
    public static List<RosterCommand.ShiftDefinition> shifts() {
        return List.of(
                new RosterCommand.ShiftDefinition(DAY, "白班", "Day", ShiftKind.DAY, LocalTime.of(8, 0),
                        LocalTime.of(17, 30), false, ShiftDays.WORKING_DAYS, null),
                new RosterCommand.ShiftDefinition(NIGHT, "夜班", "Night", ShiftKind.NIGHT, LocalTime.of(17, 30),
                        LocalTime.of(8, 0), true, ShiftDays.WORKING_DAYS, null),
                new RosterCommand.ShiftDefinition(WEEKEND_ON_CALL, "周末及节假日待命", "Weekend and holiday on-call",
                        ShiftKind.ON_CALL, LocalTime.of(8, 0), LocalTime.of(8, 0), true, ShiftDays.REST_DAYS,
                        RESPONSE_TIME));
    }

    /**
     * Defines the shifts of each rostered group as its lead, in {@code zone}, unless the group has
     * them already.
     *
     * @return the groups whose shifts were defined
     */
    public static ImmutableList<GroupId> configureInto(RosterUseCase roster, RosterQueries queries, ZoneId zone) {
        checkNotNull(roster, "roster");
        checkNotNull(queries, "queries");
        ImmutableList.Builder<GroupId> defined = ImmutableList.builder();
        for (GroupId group : groups()) {
            Actor lead = ROTATIONS.get(group).get(0);
            try {
                queries.shifts(lead, group);
            } catch (ShiftsNotFoundException none) {
                roster.defineShifts(new RosterCommand.DefineShifts(lead, group, null, zone.getId(),
                        DemoHospital.OFFICE_HOURS, shifts()));
                defined.add(group);
            }
        }
        return defined.build();
    }

    /**
     * Generates each rostered group's roster for the month before {@code now}'s and for {@code
     * now}'s month (in {@code zone}), as its lead, where the group has none for that month yet.
     * Needs {@link #configureInto} first.
     *
     * @return the rosters generated
     */
    public static ImmutableList<RosterView> loadInto(RosterUseCase roster, RosterQueries queries, Instant now,
                                                     ZoneId zone) {
        checkNotNull(roster, "roster");
        checkNotNull(queries, "queries");
        YearMonth current = YearMonth.from(LocalDate.ofInstant(now, zone));
        ImmutableList.Builder<RosterView> generated = ImmutableList.builder();
        for (GroupId group : groups()) {
            Actor lead = ROTATIONS.get(group).get(0);
            List<StaffId> engineers = ROTATIONS.get(group).stream().map(Actor::staffId).toList();
            for (YearMonth month : List.of(current.minusMonths(1), current)) {
                if (queries.rosters(lead, group, month.atDay(1), month.atEndOfMonth()).isEmpty()) {
                    generated.add(roster.generate(new RosterCommand.GenerateRoster(lead, group, month.atDay(1),
                            month.atEndOfMonth(), engineers, List.of(DAY, NIGHT, WEEKEND_ON_CALL))));
                }
            }
        }
        return generated.build();
    }

    /** The rostered groups, in a fixed order. */
    public static List<GroupId> groups() {
        return List.of(DESKTOP, HIS_SUPPORT, NETWORK);
    }
}
