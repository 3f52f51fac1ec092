package org.itilhis.testkit.arbitraries;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.Role;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.TicketSnapshot;
import org.itilhis.ports.common.AssignmentGroup;
import org.itilhis.ports.servicedesk.in.TicketCommand;
import org.itilhis.testkit.DemoHospital;

/**
 * Who issues a command: the staff of {@link DemoHospital}, strangers the directory does not
 * know (with random roles), and people of the demo hospital claiming roles they do not have.
 * {@link #mayIssue} favours the people who may issue a given command on a given ticket, so
 * that random commands are permitted often enough to drive tickets through their lifecycle.
 */
public final class ActorArbitraries {
    private static final Arbitrary<Actor> DEMO_STAFF = Arbitraries.of(DemoHospital.EVERYONE);
    private static final Arbitrary<Actor> STRANGERS = strangersOf(
            Arbitraries.strings().withChars("0123456789").ofLength(4).map(digits -> StaffId.of("X" + digits)),
            DEMO_STAFF.map(Actor::staffId));
    private static final Arbitrary<Actor> ANYONE = Arbitraries.frequencyOf(Tuple.of(9, DEMO_STAFF),
            Tuple.of(1, STRANGERS));
    private static final ImmutableMap<GroupId, ImmutableList<Actor>> MEMBERS = DemoHospital.groups().stream()
            .collect(ImmutableMap.toImmutableMap(AssignmentGroup::id, group -> DemoHospital.EVERYONE.stream()
                    .filter(actor -> group.hasMember(actor.staffId()))
                    .collect(ImmutableList.toImmutableList())));
    private static final ImmutableSet<Class<? extends TicketCommand>> ENGINEER_WORK = ImmutableSet.of(
            TicketCommand.Accept.class, TicketCommand.Start.class, TicketCommand.Hold.class, TicketCommand.Resume.class,
            TicketCommand.Escalate.class, TicketCommand.EscalateToLead.class, TicketCommand.Resolve.class,
            TicketCommand.AddWorkLog.class, TicketCommand.UpdateCaller.class, TicketCommand.Reprioritise.class);

    private ActorArbitraries() {
    }

    /** {@link DemoHospital#EVERYONE}, the system included. */
    public static Arbitrary<Actor> demoStaff() {
        return DEMO_STAFF;
    }

    /**
     * Actors the directory does not know ({@code X1234}) with one to three random roles,
     * and demo staff ids carrying random roles (a nurse who claims to be a group lead).
     */
    public static Arbitrary<Actor> strangers() {
        return STRANGERS;
    }

    /** Demo staff nine times in ten, strangers otherwise. */
    public static Arbitrary<Actor> anyone() {
        return ANYONE;
    }

    /** The demo staff who are members of {@code group}; empty for a group the demo hospital lacks. */
    public static ImmutableList<Actor> membersOf(GroupId group) {
        return MEMBERS.getOrDefault(group, ImmutableList.of());
    }

    /**
     * Actors for a command of {@code kind} on {@code ticket}: mostly someone the hospital's
     * access policy lets issue it (an engineer of the owning group for engineering work,
     * the desk or the group's lead to assign, the caller to confirm or rate, the system to
     * close after the quiet period, a lead to override priority), and now and then anyone.
     */
    public static Arbitrary<Actor> mayIssue(Class<? extends TicketCommand> kind, TicketSnapshot ticket) {
        List<Actor> members = membersOf(ticket.group());
        List<Actor> engineers = filter(members, actor -> actor.hasAny(Role.FIRST_LINE_ENGINEER,
                Role.SECOND_LINE_ENGINEER, Role.GROUP_LEAD));
        List<Actor> leads = filter(members, actor -> actor.has(Role.GROUP_LEAD));
        Actor caller = new Actor(ticket.details().caller(), ImmutableSet.of(Role.REPORTER));
        List<Tuple2<Integer, Arbitrary<Actor>>> choices = new ArrayList<>();
        choices.add(Tuple.of(1, ANYONE));
        if (ENGINEER_WORK.contains(kind)) {
            add(choices, 8, engineers);
        } else if (kind == TicketCommand.Assign.class) {
            add(choices, 3, List.of(DemoHospital.AGENT_CHEN));
            add(choices, 2, leads);
        } else if (kind == TicketCommand.Confirm.class || kind == TicketCommand.Reopen.class) {
            add(choices, 3, List.of(caller));
            add(choices, 2, List.of(DemoHospital.AGENT_CHEN));
        } else if (kind == TicketCommand.Rate.class) {
            add(choices, 5, List.of(caller));
        } else if (kind == TicketCommand.Close.class) {
            add(choices, 5, List.of(Actor.system()));
        } else if (kind == TicketCommand.OverridePriority.class) {
            add(choices, 4, leads);
        } else {
            add(choices, 2, List.of(DemoHospital.AGENT_CHEN, caller, DemoHospital.DIRECTOR_GAO));
            add(choices, 1, leads);
        }
        return Arbitraries.frequencyOf(choices);
    }

    private static Arbitrary<Actor> strangersOf(Arbitrary<StaffId> unknownIds, Arbitrary<StaffId> knownIds) {
        Arbitrary<ImmutableSet<Role>> roles = Arbitraries.of(Role.class).set().ofMinSize(1).ofMaxSize(3)
                .map(ImmutableSet::copyOf);
        return Arbitraries.frequencyOf(Tuple.of(2, unknownIds), Tuple.of(1, knownIds))
                .flatMap(id -> roles.map(granted -> new Actor(id, granted)));
    }

    private static void add(List<Tuple2<Integer, Arbitrary<Actor>>> choices, int weight, List<Actor> actors) {
        if (!actors.isEmpty()) {
            choices.add(Tuple.of(weight, Arbitraries.of(actors)));
        }
    }

    private static List<Actor> filter(List<Actor> actors, Predicate<Actor> wanted) {
        return actors.stream().filter(wanted).toList();
    }
}
