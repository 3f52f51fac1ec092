package org.itilhis.benchmarks;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.roster.Duty;
import org.itilhis.core.roster.ShiftKind;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.common.AssignmentGroup;
import org.itilhis.ports.roster.in.Duties;

/**
 * The roster of the {@link WorkloadYear}'s groups, generated in memory from a rotation, as the
 * roster's {@link Duties} read (the roster's JDBC store is not part of this benchmark): on each
 * working day of the calendar eight of a group's ten engineers have the day shift (08:00-17:30),
 * the two off turning day by day; every evening and night (17:30 to 08:00) one engineer of the
 * group is on call, and on days off one is on call all day (08:00 to 08:00), each in turn. The
 * service desk groups (the first-line groups whose id starts with {@code service-desk}) are on
 * site round the clock instead: one engineer on the evening shift (17:30-23:00) and one on the
 * night shift (23:00-08:00), and three on the day shift on days off.
 */
final class WorkloadRota implements Duties {
    private static final LocalTime DAY_START = LocalTime.of(8, 0);
    private static final LocalTime DAY_END = LocalTime.of(17, 30);
    private static final LocalTime NIGHT_START = LocalTime.of(23, 0);

    private final List<Duty> duties;

    private WorkloadRota(List<Duty> duties) {
        this.duties = duties;
    }

    /** The rota of {@code groups} over {@code [first, last]} under {@code calendar}'s working days. */
    static WorkloadRota of(List<AssignmentGroup> groups, LocalDate first, LocalDate last, BusinessCalendar calendar) {
        ZoneId zone = calendar.zone();
        List<Duty> duties = new ArrayList<>();
        for (AssignmentGroup group : groups) {
            List<StaffId> members = List.copyOf(group.members());
            boolean desk = group.id().value().startsWith("service-desk");
            int index = 0;
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1), index++) {
                boolean working = !calendar.periodsOn(day).isEmpty();
                int size = members.size();
                if (working) {
                    for (int k = 0; k < size - 2; k++) {
                        duties.add(duty(members.get((index * 2 + k) % size), group.id(), "DAY", ShiftKind.DAY, day,
                                DAY_START, day, DAY_END, zone));
                    }
                } else if (desk) {
                    for (int k = 0; k < 3; k++) {
                        duties.add(duty(members.get((index * 3 + k) % size), group.id(), "DAY", ShiftKind.DAY, day,
                                DAY_START, day, DAY_END, zone));
                    }
                }
                if (desk) {
                    duties.add(duty(members.get((index + 3) % size), group.id(), "EVENING", ShiftKind.EVENING, day,
                            DAY_END, day, NIGHT_START, zone));
                    duties.add(duty(members.get((index + 7) % size), group.id(), "NIGHT", ShiftKind.NIGHT, day,
                            NIGHT_START, day.plusDays(1), DAY_START, zone));
                } else {
                    duties.add(duty(members.get((index + 5) % size), group.id(),
                            working ? "ON-CALL" : "DAY-OFF-ON-CALL", ShiftKind.ON_CALL, day,
                            working ? DAY_END : DAY_START, day.plusDays(1), DAY_START, zone));
                }
            }
        }
        duties.sort(Comparator.comparing(Duty::start).thenComparing(d -> d.engineer().value()));
        return new WorkloadRota(List.copyOf(duties));
    }

    private static Duty duty(StaffId engineer, GroupId group, String shift, ShiftKind kind, LocalDate startDay,
                             LocalTime start, LocalDate endDay, LocalTime end, ZoneId zone) {
        return new Duty(engineer, group, shift, kind, startDay.atTime(start).atZone(zone).toInstant(),
                endDay.atTime(end).atZone(zone).toInstant());
    }

    /** How many duties the rota holds. */
    int size() {
        return duties.size();
    }

    @Override
    public List<Duty> overlapping(Set<StaffId> engineers, Instant from, Instant to) {
        checkNotNull(engineers, "engineers");
        List<Duty> overlapping = new ArrayList<>();
        for (Duty duty : duties) {
            if (!duty.start().isBefore(to)) {
                break;
            }
            if (duty.overlaps(from, to) && (engineers.isEmpty() || engineers.contains(duty.engineer()))) {
                overlapping.add(duty);
            }
        }
        return overlapping;
    }
}
