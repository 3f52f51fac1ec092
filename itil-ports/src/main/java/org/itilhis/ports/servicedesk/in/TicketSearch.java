package org.itilhis.ports.servicedesk.in;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.TicketStatus;
import org.itilhis.core.ticket.TicketType;

/**
 * What to look for among tickets; every criterion left empty matches everything.
 * {@code text} matches the summary or description, case-insensitively. Results come in
 * work-queue order, at most {@code limit} of them, starting after the position {@code after}
 * when one is given: to read every match, search again after the {@link QueuePosition} of
 * the last ticket found until fewer than {@code limit} come back. {@code raisedFrom} and
 * {@code raisedBefore} bound the instant of raising, the first inclusive, the second exclusive.
 * {@code reach}, when given, keeps only the tickets its reader may see (see {@link Reach}).
 */
public record TicketSearch(
        ImmutableSet<TicketStatus> statuses,
        Optional<TicketType> type,
        ImmutableSet<GroupId> groups,
        Optional<StaffId> engineer,
        Optional<StaffId> caller,
        Optional<Priority> priority,
        Optional<DepartmentId> department,
        Optional<String> text,
        Optional<Instant> raisedFrom,
        Optional<Instant> raisedBefore,
        Optional<QueuePosition> after,
        Optional<Reach> reach,
        int limit) {

    public static final int MAX_LIMIT = 500;

    public TicketSearch {
        checkNotNull(statuses, "statuses");
        checkNotNull(type, "type");
        checkNotNull(groups, "groups");
        checkNotNull(engineer, "engineer");
        checkNotNull(caller, "caller");
        checkNotNull(priority, "priority");
        checkNotNull(department, "department");
        checkNotNull(text, "text");
        checkNotNull(raisedFrom, "raisedFrom");
        checkNotNull(raisedBefore, "raisedBefore");
        checkNotNull(after, "after");
        checkNotNull(reach, "reach");
        text = text.map(String::strip).filter(t -> !t.isEmpty());
        checkArgument(limit >= 1 && limit <= MAX_LIMIT, "limit %s not within 1..%s", limit, MAX_LIMIT);
    }

    /** Everything, up to {@code limit}. */
    public static TicketSearch all(int limit) {
        return new TicketSearch(ImmutableSet.of(), Optional.empty(), ImmutableSet.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), limit);
    }

    /** The open work of {@code groups}: the work queue. */
    public static TicketSearch queueOf(Iterable<GroupId> groups, int limit) {
        return all(limit).withStatuses(ImmutableSet.of(TicketStatus.NEW, TicketStatus.ASSIGNED, TicketStatus.IN_PROGRESS,
                TicketStatus.ON_HOLD, TicketStatus.REOPENED)).withGroups(ImmutableSet.copyOf(groups));
    }

    public TicketSearch withStatuses(ImmutableSet<TicketStatus> wanted) {
        return new TicketSearch(wanted, type, groups, engineer, caller, priority, department, text, raisedFrom,
                raisedBefore, after, reach, limit);
    }

    public TicketSearch withType(TicketType wanted) {
        return new TicketSearch(statuses, Optional.of(wanted), groups, engineer, caller, priority, department, text,
                raisedFrom, raisedBefore, after, reach, limit);
    }

    public TicketSearch withGroups(ImmutableSet<GroupId> wanted) {
        return new TicketSearch(statuses, type, wanted, engineer, caller, priority, department, text, raisedFrom,
                raisedBefore, after, reach, limit);
    }

    public TicketSearch withEngineer(StaffId wanted) {
        return new TicketSearch(statuses, type, groups, Optional.of(wanted), caller, priority, department, text,
                raisedFrom, raisedBefore, after, reach, limit);
    }

    public TicketSearch withCaller(StaffId wanted) {
        return new TicketSearch(statuses, type, groups, engineer, Optional.of(wanted), priority, department, text,
                raisedFrom, raisedBefore, after, reach, limit);
    }

    public TicketSearch withPriority(Priority wanted) {
        return new TicketSearch(statuses, type, groups, engineer, caller, Optional.of(wanted), department, text,
                raisedFrom, raisedBefore, after, reach, limit);
    }

    public TicketSearch withDepartment(DepartmentId wanted) {
        return new TicketSearch(statuses, type, groups, engineer, caller, priority, Optional.of(wanted), text,
                raisedFrom, raisedBefore, after, reach, limit);
    }

    public TicketSearch withText(String wanted) {
        return new TicketSearch(statuses, type, groups, engineer, caller, priority, department, Optional.of(wanted),
                raisedFrom, raisedBefore, after, reach, limit);
    }

    /** Tickets raised at or after {@code from} and before {@code before}. */
    public TicketSearch raisedWithin(Instant from, Instant before) {
        checkArgument(from.isBefore(before), "raised from %s is not before %s", from, before);
        return new TicketSearch(statuses, type, groups, engineer, caller, priority, department, text,
                Optional.of(from), Optional.of(before), after, reach, limit);
    }

    /** The same search, finding only tickets that come after {@code position} in work-queue order. */
    public TicketSearch after(QueuePosition position) {
        return new TicketSearch(statuses, type, groups, engineer, caller, priority, department, text,
                raisedFrom, raisedBefore, Optional.of(position), reach, limit);
    }

    /** The same search among the tickets within {@code wanted} only. */
    public TicketSearch within(Reach wanted) {
        return new TicketSearch(statuses, type, groups, engineer, caller, priority, department, text, raisedFrom,
                raisedBefore, after, Optional.of(wanted), limit);
    }

    /** @throws IllegalArgumentException unless {@code wanted} is 1 to {@link #MAX_LIMIT} */
    public TicketSearch withLimit(int wanted) {
        return new TicketSearch(statuses, type, groups, engineer, caller, priority, department, text, raisedFrom,
                raisedBefore, after, reach, wanted);
    }

    /**
     * The tickets a reader who may not see every ticket may see: those {@code caller} called
     * in, those owned by one of {@code groups}, and those assigned to {@code engineer}. Any of
     * the three may be left empty; with all three empty nothing is within reach.
     */
    public record Reach(Optional<StaffId> caller, ImmutableSet<GroupId> groups, Optional<StaffId> engineer) {
        public Reach {
            checkNotNull(caller, "caller");
            checkNotNull(groups, "groups");
            checkNotNull(engineer, "engineer");
        }

        /** Whether a ticket of {@code ticketCaller}, owned by {@code group}, assigned to {@code assignee}, is within reach. */
        public boolean covers(StaffId ticketCaller, GroupId group, Optional<StaffId> assignee) {
            return caller.map(ticketCaller::equals).orElse(false) || groups.contains(group)
                    || engineer.isPresent() && engineer.equals(assignee);
        }
    }
}
