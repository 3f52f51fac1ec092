package org.itilhis.ports.roster.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.itilhis.core.roster.Duty;
import org.itilhis.core.roster.GroupShifts;
import org.itilhis.core.roster.Roster;
import org.itilhis.core.roster.RosterEntry;
import org.itilhis.core.roster.Shift;
import org.itilhis.core.roster.ShiftKind;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.common.AssignmentGroup;
import org.itilhis.ports.roster.in.Duties;
import org.itilhis.ports.servicedesk.out.OnCallDuty;
import org.itilhis.ports.servicedesk.out.OnCallRoster;

/**
 * The roster's answers to the practices around it: the service desk's {@link OnCallRoster}
 * (who is on call for a group at an instant) and the workload report's {@link Duties}. Reads
 * the roster as it stands, without an access check (the asking practice checks its own actor).
 *
 * <p>The chain of an instant is made from the on-call duty of the group covering it (the one
 * starting first when several do, then by shift code): its holders who are still members of
 * the group in the directory (someone who left since the roster was made is not paged), in the
 * roster's order, primary first, then the group lead if not among them; the response time is the shift's, and
 * the chain lasts until the duty ends. A shift removed from the group's set since the roster was
 * made has no response time and gives no chain.
 */
final class OnCallChain implements OnCallRoster, Duties {
    private final RosterPorts ports;

    OnCallChain(RosterPorts ports) {
        this.ports = checkNotNull(ports, "ports");
    }

    @Override
    public Optional<OnCallDuty> onCall(GroupId group, Instant at) {
        checkNotNull(group, "group");
        checkNotNull(at, "at");
        Optional<GroupShifts> shifts = ports.shifts().find(group);
        if (shifts.isEmpty()) {
            return Optional.empty();
        }
        LocalDate day = LocalDate.ofInstant(at, shifts.get().zone());
        List<RosterEntry> covering = new ArrayList<>();
        for (Roster roster : ports.rosters().ofGroup(group, day.minusDays(1), day)) {
            roster.duties().stream().filter(d -> d.duty().kind() == ShiftKind.ON_CALL && d.duty().covers(at))
                    .forEach(covering::add);
        }
        Optional<RosterEntry> first = covering.stream().min(Comparator.comparing((RosterEntry d) -> d.duty().start())
                .thenComparing(RosterEntry::shift));
        if (first.isEmpty()) {
            return Optional.empty();
        }
        RosterEntry slot = first.get();
        Optional<Shift> shift = shifts.get().shift(slot.shift()).filter(s -> s.responseTime().isPresent());
        if (shift.isEmpty()) {
            return Optional.empty();
        }
        Optional<AssignmentGroup> members = ports.desk().directory().group(group);
        if (members.isEmpty()) {
            return Optional.empty();
        }
        // someone who left the group since the roster was made is not paged: the directory decides, as for any assignment
        List<StaffId> chain = new ArrayList<>();
        covering.stream().filter(d -> d.shift().equals(slot.shift()) && d.date().equals(slot.date()))
                .map(RosterEntry::engineer).filter(members.get()::hasMember).distinct().forEach(chain::add);
        if (!chain.contains(members.get().lead())) {
            chain.add(members.get().lead());
        }
        return Optional.of(OnCallDuty.of(group, chain, shift.get().responseTime().orElseThrow(), slot.duty().end()));
    }

    @Override
    public List<Duty> overlapping(Set<StaffId> engineers, Instant from, Instant to) {
        return ports.rosters().dutiesOverlapping(engineers, from, to).stream().map(RosterEntry::duty)
                .sorted(Comparator.comparing(Duty::start).thenComparing(d -> d.engineer().value())).toList();
    }
}
