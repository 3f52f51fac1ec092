package org.itilhis.core.roster;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.roster.RosterImbalance.Count;
import org.itilhis.core.roster.RosterImbalance.Quarter;
import org.itilhis.core.shared.StaffId;

/**
 * Fills a period's rotating shifts from a rotation, fairly: in every quarter, night duties and
 * holiday duties are each shared so that nobody has more than one more than another, and
 * nobody holds two duties that share an instant.
 *
 * <p>How: the duties counted in both ways (nights on holidays) are given out first, then the
 * other nights, then the other holiday duties, each time to an engineer who has fewest of what
 * the duty counts as, taking turns in the rotation's order; giving a duty only to someone with
 * fewest keeps the spread at most one. When everyone with fewest is busy at that time, a later
 * duty of the same kind is given first, or one they could take is moved to them from someone
 * who then takes this one. Duties counted in neither way go round in the rotation's order to
 * the next engineer free at that time.
 */
final class RosterGenerator {
    private final GroupShifts shifts;
    private final BusinessCalendar calendar;
    private final RosterPeriod period;
    private final RotationPattern pattern;
    private final List<RosterEntry> assigned = new ArrayList<>();
    private final Map<StaffId, List<RosterEntry>> byEngineer = new HashMap<>();
    private int turn;

    RosterGenerator(GroupShifts shifts, BusinessCalendar calendar, RosterPeriod period, RotationPattern pattern) {
        this.shifts = checkNotNull(shifts, "shifts");
        this.calendar = checkNotNull(calendar, "calendar");
        this.period = checkNotNull(period, "period");
        this.pattern = checkNotNull(pattern, "pattern");
        pattern.engineers().forEach(e -> byEngineer.put(e, new ArrayList<>()));
    }

    ImmutableList<RosterEntry> generate() {
        List<Shift> rotating = new ArrayList<>();
        for (String code : pattern.shifts()) {
            rotating.add(shifts.shift(code).orElseThrow(() -> new UnknownShiftException(shifts.group(), code,
                    shifts.shifts().stream().map(Shift::code).toList())));
        }
        StaffId placeholder = pattern.engineers().get(0);
        Map<Quarter, List<RosterEntry>> slots = new TreeMap<>();
        period.dates().forEach(date -> {
            boolean holiday = ShiftDays.isStatutoryHoliday(date, calendar);
            for (Shift shift : rotating) {
                if (shift.days().includes(date, calendar)) {
                    slots.computeIfAbsent(Quarter.of(date), q -> new ArrayList<>())
                            .add(new RosterEntry(date, holiday, shifts.duty(placeholder, shift, date)));
                }
            }
        });
        List<RosterEntry> uncounted = new ArrayList<>();
        for (List<RosterEntry> quarter : slots.values()) {
            share(select(quarter, true, true), EnumSet.of(Count.NIGHT, Count.HOLIDAY), quarter);
            share(select(quarter, true, false), EnumSet.of(Count.NIGHT), quarter);
            share(select(quarter, false, true), EnumSet.of(Count.HOLIDAY), quarter);
            uncounted.addAll(select(quarter, false, false));
        }
        uncounted.forEach(this::takeTurns);
        Map<String, Integer> order = new HashMap<>();
        pattern.shifts().forEach(code -> order.put(code, order.size()));
        return assigned.stream().sorted(Comparator.comparing(RosterEntry::date)
                .thenComparing(e -> order.get(e.shift()))).collect(ImmutableList.toImmutableList());
    }

    private static List<RosterEntry> select(List<RosterEntry> slots, boolean night, boolean holiday) {
        return slots.stream().filter(s -> s.night() == night && s.holiday() == holiday).toList();
    }

    /** Gives out {@code duties}, each to someone with fewest of {@code counts} in its quarter. */
    private void share(List<RosterEntry> duties, Set<Count> counts, List<RosterEntry> quarter) {
        if (duties.isEmpty()) {
            return;
        }
        List<RosterEntry> remaining = new ArrayList<>(duties);
        while (!remaining.isEmpty()) {
            List<StaffId> fewest = fewest(counts, quarter);
            if (!giveToOneOf(fewest, remaining) && !moveAndGive(fewest, remaining)) {
                throw new RosterNotFairException(period, pattern.engineers().size(), remaining.get(0).ref());
            }
        }
    }

    private boolean giveToOneOf(List<StaffId> fewest, List<RosterEntry> remaining) {
        for (RosterEntry duty : remaining) {
            for (StaffId engineer : inTurn(fewest)) {
                if (free(engineer, duty, Optional.empty())) {
                    give(duty, engineer);
                    remaining.remove(duty);
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Moves a duty of the same kind (and quarter) already given to someone else to one of {@code
     * fewest}, and gives the first of {@code remaining} to that someone: their count is unchanged,
     * one of the fewest gets one more.
     */
    private boolean moveAndGive(List<StaffId> fewest, List<RosterEntry> remaining) {
        RosterEntry duty = remaining.get(0);
        for (RosterEntry given : List.copyOf(assigned)) {
            StaffId holder = given.engineer();
            if (given.night() != duty.night() || given.holiday() != duty.holiday()
                    || !Quarter.of(given.date()).equals(Quarter.of(duty.date())) || fewest.contains(holder)
                    || !free(holder, duty, Optional.of(given))) {
                continue;
            }
            for (StaffId engineer : inTurn(fewest)) {
                if (free(engineer, given, Optional.empty())) {
                    take(given);
                    give(given, engineer);
                    give(duty, holder);
                    remaining.remove(duty);
                    return true;
                }
            }
        }
        return false;
    }

    private void takeTurns(RosterEntry duty) {
        List<StaffId> engineers = pattern.engineers();
        for (int i = 0; i < engineers.size(); i++) {
            StaffId engineer = engineers.get((turn + i) % engineers.size());
            if (free(engineer, duty, Optional.empty())) {
                give(duty, engineer);
                return;
            }
        }
        throw new RosterNotFairException(period, engineers.size(), duty.ref());
    }

    private List<StaffId> fewest(Set<Count> counts, List<RosterEntry> quarter) {
        Map<StaffId, int[]> tally = new LinkedHashMap<>();
        pattern.engineers().forEach(e -> tally.put(e, new int[Count.values().length]));
        Quarter q = Quarter.of(quarter.get(0).date());
        for (RosterEntry duty : assigned) {
            if (Quarter.of(duty.date()).equals(q)) {
                for (Count count : counts) {
                    if (count.counts(duty)) {
                        tally.get(duty.engineer())[count.ordinal()]++;
                    }
                }
            }
        }
        List<StaffId> fewest = new ArrayList<>(tally.keySet());
        for (Count count : counts) {
            int min = fewest.stream().mapToInt(e -> tally.get(e)[count.ordinal()]).min().orElse(0);
            fewest.removeIf(e -> tally.get(e)[count.ordinal()] != min);
        }
        return fewest;
    }

    /** {@code candidates} starting from whoever's turn it is, in the rotation's order. */
    private List<StaffId> inTurn(List<StaffId> candidates) {
        List<StaffId> engineers = pattern.engineers();
        List<StaffId> ordered = new ArrayList<>();
        for (int i = 0; i < engineers.size(); i++) {
            StaffId engineer = engineers.get((turn + i) % engineers.size());
            if (candidates.contains(engineer)) {
                ordered.add(engineer);
            }
        }
        return ordered;
    }

    private boolean free(StaffId engineer, RosterEntry duty, Optional<RosterEntry> giving) {
        for (RosterEntry held : byEngineer.get(engineer)) {
            if (!giving.map(held::equals).orElse(false) && held.overlaps(duty)) {
                return false;
            }
        }
        return true;
    }

    private void give(RosterEntry duty, StaffId engineer) {
        RosterEntry held = duty.heldBy(engineer);
        assigned.add(held);
        byEngineer.get(engineer).add(held);
        turn = (pattern.engineers().indexOf(engineer) + 1) % pattern.engineers().size();
    }

    private void take(RosterEntry held) {
        assigned.remove(held);
        byEngineer.get(held.engineer()).remove(held);
    }
}
