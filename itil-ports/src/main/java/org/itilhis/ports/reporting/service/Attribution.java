package org.itilhis.ports.reporting.service;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itilhis.core.contact.ContactEvent;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.sla.ThresholdCrossed;
import org.itilhis.core.ticket.TicketEvent;
import org.itilhis.core.workload.OperationsWork;
import org.itilhis.core.workload.WorkCounts;
import org.itilhis.core.workload.WorkedInterval;
import org.itilhis.ports.common.LoggedEvent;
import org.itilhis.ports.common.StaffDirectory;
import org.itilhis.ports.common.StaffMember;
import org.itilhis.ports.reporting.out.DailyFact;
import org.itilhis.ports.reporting.out.FactBatch;
import org.itilhis.ports.reporting.out.FactSlice;
import org.itilhis.ports.reporting.out.IntervalFact;
import org.itilhis.ports.reporting.out.WorkTrack;
import org.itilhis.ports.reporting.out.WorkTrack.Resolver;

/**
 * Turns one batch of logged events into a {@link FactBatch}: the counters of each slice, the
 * worked intervals and the tracks of the tickets and contacts touched, by the attribution rules
 * of the package comment. Not thread-safe; one per batch.
 */
final class Attribution implements TicketEvent.Visitor<Void>, ContactEvent.Visitor<Void> {
    /** A ticket's third move to another group makes it a ping-pong ticket (bounced more than twice). */
    static final int PING_PONG_MOVES = 3;

    private final ZoneId zone;
    private final StaffDirectory directory;
    private final Map<String, WorkTrack> tracks;
    private final Map<String, WorkTrack> touched = new LinkedHashMap<>();
    private final Map<FactSlice, WorkCounts.Builder> facts = new LinkedHashMap<>();
    private final List<IntervalFact> intervals = new ArrayList<>();
    private final Map<StaffId, String> departments = new HashMap<>();
    private final Map<StaffId, String> agentGroups = new HashMap<>();
    private final OperationsAttribution operations = new OperationsAttribution(this);
    private long position;

    Attribution(ZoneId zone, StaffDirectory directory, Map<String, WorkTrack> tracks) {
        this.zone = zone;
        this.directory = directory;
        this.tracks = new HashMap<>(tracks);
    }

    void apply(LoggedEvent logged) {
        position = logged.position();
        if (logged.event() instanceof TicketEvent e) {
            e.accept(this);
        } else if (logged.event() instanceof ContactEvent e) {
            e.accept(this);
        } else if (logged.event() instanceof ThresholdCrossed crossed && crossed.threshold().isBreach()) {
            WorkTrack t = track(crossed.ticketId().toString());
            put(new WorkTrack(t.aggregateId(), t.group(), t.callerDepartment(), t.groupMoves(), true, t.resolver()));
        } else {
            operations.apply(logged.event());
        }
    }

    FactBatch batch(long from, long to) {
        List<DailyFact> daily = new ArrayList<>();
        facts.forEach((slice, counts) -> daily.add(new DailyFact(slice, counts.build())));
        return new FactBatch(from, to, ImmutableList.copyOf(daily), ImmutableList.copyOf(intervals),
                ImmutableList.copyOf(touched.values()));
    }

    // --- tickets

    @Override
    public Void raised(TicketEvent.Raised e) {
        put(new WorkTrack(e.ticketId().toString(), e.group().value(), e.details().department().value(), 0, false,
                Optional.empty()));
        return null;
    }

    @Override
    public Void assigned(TicketEvent.Assigned e) {
        WorkTrack t = track(e.ticketId().toString());
        if (e.reassignment()) {
            count(e.occurredAt(), e.actor(), t.group(), t, WorkCounts.oneReassignedAway());
        }
        move(t, e.group(), e.actor(), e.occurredAt());
        return null;
    }

    @Override
    public Void accepted(TicketEvent.Accepted e) {
        WorkTrack t = track(e.ticketId().toString());
        count(e.occurredAt(), e.actor(), t.group(), t, WorkCounts.oneAccepted());
        return null;
    }

    @Override
    public Void escalated(TicketEvent.Escalated e) {
        WorkTrack t = track(e.ticketId().toString());
        count(e.occurredAt(), e.actor(), t.group(), t, WorkCounts.oneEscalated());
        move(t, e.toGroup(), e.actor(), e.occurredAt());
        return null;
    }

    @Override
    public Void resolved(TicketEvent.Resolved e) {
        WorkTrack t = track(e.ticketId().toString());
        count(e.occurredAt(), e.actor(), t.group(), t, WorkCounts.oneResolved());
        put(new WorkTrack(t.aggregateId(), t.group(), t.callerDepartment(), t.groupMoves(), t.breached(),
                Optional.of(new Resolver(e.actor(), t.group(), departmentOf(e.actor())))));
        return null;
    }

    @Override
    public Void reopened(TicketEvent.Reopened e) {
        WorkTrack t = track(e.ticketId().toString());
        t.resolver().ifPresent(r -> countFor(r, e.occurredAt(), t, WorkCounts.oneReopened()));
        return null;
    }

    @Override
    public Void closed(TicketEvent.Closed e) {
        WorkTrack t = track(e.ticketId().toString());
        t.resolver().ifPresent(r -> countFor(r, e.occurredAt(), t, WorkCounts.oneClosed(!t.breached())));
        return null;
    }

    @Override
    public Void rated(TicketEvent.Rated e) {
        WorkTrack t = track(e.ticketId().toString());
        t.resolver().ifPresent(r -> countFor(r, e.occurredAt(), t, WorkCounts.oneRating(e.satisfaction().score())));
        return null;
    }

    @Override
    public Void workLogged(TicketEvent.WorkLogged e) {
        StaffId engineer = e.entry().engineer();
        if (engineer.equals(Actor.SYSTEM_ID)) {
            return null; // the library's own entry (a fault found again on an open incident): no one's work
        }
        WorkTrack t = track(e.ticketId().toString());
        FactSlice slice = new FactSlice(day(e.entry().at()), engineer, t.group(), departmentOf(engineer),
                t.callerDepartment());
        add(slice, WorkCounts.work(e.entry().minutes()));
        intervals.add(new IntervalFact(position, slice, WorkedInterval.of(e.entry())));
        return null;
    }

    @Override
    public Void started(TicketEvent.Started e) {
        return null;
    }

    @Override
    public Void putOnHold(TicketEvent.PutOnHold e) {
        return null;
    }

    @Override
    public Void resumed(TicketEvent.Resumed e) {
        return null;
    }

    /** Hierarchical escalation tells the lead; the ticket stays where it is and no one has worked it. */
    @Override
    public Void escalatedToLead(TicketEvent.EscalatedToLead e) {
        return null;
    }

    @Override
    public Void cancelled(TicketEvent.Cancelled e) {
        return null;
    }

    @Override
    public Void callerUpdated(TicketEvent.CallerUpdated e) {
        return null;
    }

    @Override
    public Void reprioritised(TicketEvent.Reprioritised e) {
        return null;
    }

    @Override
    public Void priorityOverridden(TicketEvent.PriorityOverridden e) {
        return null;
    }

    @Override
    public Void majorIncidentDeclared(TicketEvent.MajorIncidentDeclared e) {
        return null;
    }

    @Override
    public Void contactLinked(TicketEvent.ContactLinked e) {
        return null;
    }

    // --- contacts

    @Override
    public Void logged(ContactEvent.Logged e) {
        WorkTrack t = new WorkTrack(e.contactId().toString(), "", e.details().department().value(), 0, false,
                Optional.empty());
        put(t);
        count(e.occurredAt(), e.actor(), agentGroup(e.actor()), t, WorkCounts.oneContactLogged());
        return null;
    }

    @Override
    public Void resolvedAtFirstContact(ContactEvent.ResolvedAtFirstContact e) {
        WorkTrack t = track(e.contactId().toString());
        count(e.occurredAt(), e.actor(), agentGroup(e.actor()), t, WorkCounts.oneSolvedAtFirstContact());
        return null;
    }

    @Override
    public Void raisedAsTicket(ContactEvent.RaisedAsTicket e) {
        return null;
    }

    @Override
    public Void linkedToTicket(ContactEvent.LinkedToTicket e) {
        return null;
    }

    // --- helpers

    /** Moves the ticket to {@code to}; its third move to another group makes it a ping-pong ticket. */
    private void move(WorkTrack t, GroupId to, StaffId actor, Instant at) {
        if (to.value().equals(t.group())) {
            return;
        }
        int moves = t.groupMoves() + 1;
        if (moves == PING_PONG_MOVES) {
            count(at, actor, t.group(), t, WorkCounts.onePingPong());
        }
        put(new WorkTrack(t.aggregateId(), to.value(), t.callerDepartment(), moves, t.breached(), t.resolver()));
    }

    /** Counts for {@code engineer}; not for the library itself (an on-call pass-on, an escalation to the lead): no one's work. */
    private void count(Instant at, StaffId engineer, String group, WorkTrack t, WorkCounts counts) {
        if (engineer.equals(Actor.SYSTEM_ID)) {
            return;
        }
        add(new FactSlice(day(at), engineer, group, departmentOf(engineer), t.callerDepartment()), counts);
    }

    /** Operations work for {@code engineer} in {@code group}, for no caller; not for the library itself. */
    void countOperations(Instant at, StaffId engineer, String group, OperationsWork work) {
        if (!engineer.equals(Actor.SYSTEM_ID)) {
            add(new FactSlice(day(at), engineer, group, departmentOf(engineer), ""), WorkCounts.of(work));
        }
    }

    /** Work of {@code group} that is no one's (a round the library flagged missed): the system's fact. */
    void countForNoOne(Instant at, String group, OperationsWork work) {
        add(new FactSlice(day(at), Actor.SYSTEM_ID, group, "", ""), WorkCounts.of(work));
    }

    /** Whether {@code staff} is a person the directory knows, not an account of the library or a system. */
    boolean isPerson(StaffId staff) {
        return !staff.equals(Actor.SYSTEM_ID) && directory.member(staff).isPresent();
    }

    private void countFor(Resolver r, Instant at, WorkTrack t, WorkCounts counts) {
        add(new FactSlice(day(at), r.engineer(), r.group(), r.department(), t.callerDepartment()), counts);
    }

    private void add(FactSlice slice, WorkCounts counts) {
        facts.computeIfAbsent(slice, s -> WorkCounts.builder()).add(counts);
    }

    /** The stored or batch's track; an unknown one (its first events not in the log) belongs to no group. */
    WorkTrack track(String aggregateId) {
        WorkTrack t = tracks.get(aggregateId);
        return t != null ? t : new WorkTrack(aggregateId, "", "", 0, false, Optional.empty());
    }

    void put(WorkTrack t) {
        tracks.put(t.aggregateId(), t);
        touched.put(t.aggregateId(), t);
    }

    private LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }

    private String departmentOf(StaffId staff) {
        return departments.computeIfAbsent(staff,
                s -> directory.member(s).map(StaffMember::department).map(d -> d.value()).orElse(""));
    }

    /** The agent's first group by id, or none. */
    String agentGroup(StaffId agent) {
        return agentGroups.computeIfAbsent(agent,
                a -> directory.groupsOf(a).stream().map(GroupId::value).sorted().findFirst().orElse(""));
    }
}
