package org.itilhis.core.roster;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.shared.AggregateEvents;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;

/**
 * A group's duty roster for a period: who is on which shift on which date. Generated fairly
 * from a {@link RotationPattern} ({@link RosterGenerator}), then edited by the group lead
 * (assign, remove, replace a duty) and by approved swaps. Whatever the edit, no engineer ever
 * holds two duties that share an instant; the fairness of nights and holidays per quarter is
 * shown ({@link #imbalance()}), not enforced, once the lead edits.
 *
 * <p>Every change is a {@link RosterEvent}; the version counts them (optimistic locking).
 */
public final class Roster {
    private final RosterId id;
    private final GroupId group;
    private final RosterPeriod period;
    private final long shiftsVersion;
    private final Set<StaffId> engineers = new LinkedHashSet<>();
    private final List<RosterEntry> duties = new ArrayList<>();
    private final AggregateEvents<RosterEvent> events = new AggregateEvents<>();

    private Roster(RosterId id, GroupId group, RosterPeriod period, long shiftsVersion) {
        this.id = id;
        this.group = group;
        this.period = period;
        this.shiftsVersion = shiftsVersion;
    }

    /**
     * Generates the roster of {@code shifts}' group for {@code period} from {@code pattern},
     * with {@code calendar} (the group's) telling working days and holidays apart.
     *
     * @throws UnknownShiftException  if the pattern rotates a shift the group does not have
     * @throws RosterNotFairException if the rotation cannot fill the shifts fairly without overlaps
     */
    public static Roster generate(RosterId id, GroupShifts shifts, BusinessCalendar calendar, RosterPeriod period,
                                  RotationPattern pattern, StaffId actor, Instant at) {
        checkNotNull(id, "id");
        ImmutableList<RosterEntry> generated = new RosterGenerator(shifts, calendar, period, pattern).generate();
        Roster roster = new Roster(id, shifts.group(), period, shifts.version());
        RosterEvent.Generated event = new RosterEvent.Generated(id, shifts.group(), period, pattern, shifts.version(),
                generated, checkNotNull(actor, "actor"), checkNotNull(at, "at"));
        roster.apply(event);
        roster.events.created(event);
        return roster;
    }

    /** Rebuilds a stored roster; records nothing. */
    public static Roster restore(RosterSnapshot snapshot) {
        Roster roster = new Roster(snapshot.id(), snapshot.group(), snapshot.period(), snapshot.shiftsVersion());
        roster.engineers.addAll(snapshot.engineers());
        roster.duties.addAll(snapshot.duties());
        roster.events.restoredAt(snapshot.version());
        return roster;
    }

    /**
     * Adds {@code duty}, after the other holders of its shift on its date.
     *
     * @throws DutyOutsidePeriodException if its date is outside the period
     * @throws OverlappingDutiesException if its engineer holds a duty sharing an instant with it
     */
    public void assign(RosterEntry duty, StaffId actor, Instant at) {
        checkArgument(duty.duty().group().equals(group), "duty %s is of group %s, not %s", duty.ref(),
                duty.duty().group(), group);
        checkInPeriod(duty.ref());
        checkFree(duty, duties);
        events.recorded(new RosterEvent.DutyAssigned(id, duty, actor, at), this::apply);
    }

    /**
     * Removes {@code duty}.
     *
     * @throws DutyNotRosteredException if the roster has no such duty
     */
    public void remove(DutyRef duty, StaffId actor, Instant at) {
        find(duty);
        events.recorded(new RosterEvent.DutyRemoved(id, duty, actor, at), this::apply);
    }

    /**
     * Gives {@code duty} to {@code by}, in its place in the on-call order; {@code swap} names the
     * approved swap that does it, if any.
     *
     * @throws DutyNotRosteredException   if the roster has no such duty
     * @throws OverlappingDutiesException if {@code by} holds a duty sharing an instant with it
     */
    public void replace(DutyRef duty, StaffId by, Optional<SwapId> swap, StaffId actor, Instant at) {
        RosterEntry entry = find(duty);
        List<RosterEntry> others = new ArrayList<>(duties);
        others.remove(entry);
        checkFree(entry.heldBy(by), others);
        events.recorded(new RosterEvent.DutyReplaced(id, duty, by, swap, actor, at), this::apply);
    }

    /**
     * Exchanges two duties of two engineers, as the approved {@code swap} says: {@code first}'s
     * holder takes {@code second} and the other way round.
     *
     * @throws DutyNotRosteredException   if the roster lacks either duty
     * @throws OverlappingDutiesException if either would then hold overlapping duties
     */
    public void exchange(DutyRef first, DutyRef second, SwapId swap, StaffId actor, Instant at) {
        RosterEntry a = find(first);
        RosterEntry b = find(second);
        List<RosterEntry> after = new ArrayList<>(duties);
        after.remove(a);
        after.remove(b);
        RosterEntry aTaken = a.heldBy(second.engineer());
        checkFree(aTaken, after);
        after.add(aTaken);
        checkFree(b.heldBy(first.engineer()), after);
        events.recorded(new RosterEvent.DutyReplaced(id, first, second.engineer(), Optional.of(swap), actor, at),
                this::apply);
        events.recorded(new RosterEvent.DutyReplaced(id, second, first.engineer(), Optional.of(swap), actor, at),
                this::apply);
    }

    /** Applies one event of the roster's history. */
    void apply(RosterEvent event) {
        event.accept(new RosterEvent.Visitor<Void>() {
            @Override
            public Void generated(RosterEvent.Generated e) {
                engineers.addAll(e.pattern().engineers());
                e.duties().forEach(Roster.this::add);
                return null;
            }

            @Override
            public Void dutyAssigned(RosterEvent.DutyAssigned e) {
                add(e.duty());
                return null;
            }

            @Override
            public Void dutyRemoved(RosterEvent.DutyRemoved e) {
                duties.remove(find(e.duty()));
                return null;
            }

            @Override
            public Void dutyReplaced(RosterEvent.DutyReplaced e) {
                RosterEntry entry = find(e.duty());
                duties.set(duties.indexOf(entry), entry.heldBy(e.by()));
                engineers.add(e.by());
                return null;
            }
        });
    }

    private void add(RosterEntry duty) {
        engineers.add(duty.engineer());
        duties.add(duty);
    }

    private RosterEntry find(DutyRef ref) {
        return duties.stream().filter(d -> d.ref().equals(ref)).findFirst()
                .orElseThrow(() -> new DutyNotRosteredException(period, ref));
    }

    private void checkInPeriod(DutyRef ref) {
        if (!period.contains(ref.date())) {
            throw new DutyOutsidePeriodException(period, ref);
        }
    }

    private static void checkFree(RosterEntry duty, List<RosterEntry> others) {
        for (RosterEntry other : others) {
            if (other.engineer().equals(duty.engineer()) && other.overlaps(duty)) {
                throw new OverlappingDutiesException(duty.ref(), other.ref());
            }
        }
    }

    /** The fairness counts of every quarter the period touches. */
    public ImmutableList<RosterImbalance> imbalance() {
        return RosterImbalance.of(period, engineers, duties);
    }

    /** The duties, in roster order. */
    public ImmutableList<RosterEntry> duties() {
        return ImmutableList.copyOf(duties);
    }

    public ImmutableList<StaffId> engineers() {
        return ImmutableList.copyOf(engineers);
    }

    public RosterId id() {
        return id;
    }

    public GroupId group() {
        return group;
    }

    public RosterPeriod period() {
        return period;
    }

    public long shiftsVersion() {
        return shiftsVersion;
    }

    public long version() {
        return events.version();
    }

    public List<RosterEvent> pendingEvents() {
        return events.pending();
    }

    public List<RosterEvent> pullEvents() {
        return events.pull();
    }

    public RosterSnapshot snapshot() {
        return new RosterSnapshot(id, group, period, shiftsVersion, engineers(), duties(), version());
    }
}
