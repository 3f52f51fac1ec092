package org.itilhis.ports.roster.in;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.itilhis.core.roster.Duty;
import org.itilhis.core.roster.GroupShifts;
import org.itilhis.core.roster.HandoverId;
import org.itilhis.core.roster.RosterId;
import org.itilhis.core.roster.SwapId;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;

/**
 * Reading the duty roster: shifts, rosters with their imbalance, a person's duties, who is on
 * call now, swaps and handovers. Each answer is limited to what the actor may see ({@code
 * VIEW_ROSTER}, {@code VIEW_HANDOVER} in the group's scope); a record they may not see is
 * reported as not found.
 *
 * @throws org.itilhis.core.access.NotPermittedException when the actor may not see the group's roster at all
 */
public interface RosterQueries {
    /** @throws ShiftsNotFoundException if the group has no shifts */
    GroupShifts shifts(Actor actor, GroupId group);

    /** @throws RosterNotFoundException if there is no such roster the actor may see */
    RosterView roster(Actor actor, RosterId id);

    /** The group's rosters whose period shares a date with {@code from} to {@code to} (both included), by start. */
    List<RosterView> rosters(Actor actor, GroupId group, LocalDate from, LocalDate to);

    /**
     * {@code engineer}'s duties overlapping {@code [from, to)}, in every group, by start: those of
     * groups the actor may see (an engineer always sees their own).
     */
    List<Duty> dutiesOf(Actor actor, StaffId engineer, Instant from, Instant to);

    /** Who is on call for {@code group} now; empty outside its on-call shifts. */
    Optional<OnCallView> onCallNow(Actor actor, GroupId group);

    /** @throws SwapNotFoundException if there is no such swap the actor may see */
    SwapView swap(Actor actor, SwapId id);

    /** The swaps of the group's rosters, newest first. */
    List<SwapView> swaps(Actor actor, GroupId group);

    /** @throws HandoverNotFoundException if there is no such handover the actor may see */
    HandoverView handover(Actor actor, HandoverId id);

    /** The group's handovers whose change of shift is in {@code [from, to)}, by change of shift. */
    List<HandoverView> handovers(Actor actor, GroupId group, Instant from, Instant to);

    /**
     * The handovers not signed by both though the grace period after their change of shift has
     * passed, of the groups the actor may see, oldest first.
     */
    List<HandoverView> unsignedHandovers(Actor actor);
}
