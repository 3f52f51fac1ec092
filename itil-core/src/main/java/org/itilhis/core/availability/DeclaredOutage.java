package org.itilhis.core.availability;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.OperationalState;
import org.itilhis.core.shared.AggregateEvents;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketNumber;

/**
 * An engineer's word, on an incident, that a configuration item was out of service (down) or
 * degraded from a start to an end: what monitoring did not see (a ward's workstations, a
 * device without an agent) still counts against the services the item supports. The end is
 * given later, once, when the item is back; a wrong state or time is corrected with a reason,
 * an outage declared in error is withdrawn with a reason and counts no more. Outages record
 * what happened, so no time is later than the declaring clock beyond {@link #CLOCK_SKEW}.
 */
public final class DeclaredOutage {
    /** How far ahead of the server's clock a time may be: a workstation's clock runs a little fast. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    /** The longest note or reason. */
    public static final int MAX_TEXT = 2000;

    private final DeclaredOutageId id;
    private final TicketId incident;
    private final TicketNumber incidentNumber;
    private final CiId ci;
    private OperationalState state;
    private Instant start;
    private Optional<Instant> end;
    private final String note;
    private final StaffId declaredBy;
    private final Instant declaredAt;
    private Optional<String> withdrawal;
    private final AggregateEvents<DeclaredOutageEvent> events = new AggregateEvents<>();

    private DeclaredOutage(DeclaredOutageSnapshot s) {
        this.id = s.id();
        this.incident = s.incident();
        this.incidentNumber = s.incidentNumber();
        this.ci = s.ci();
        this.state = s.state();
        this.start = s.start();
        this.end = s.end();
        this.note = s.note();
        this.declaredBy = s.declaredBy();
        this.declaredAt = s.declaredAt();
        this.withdrawal = s.withdrawal();
    }

    /**
     * Declares that {@code ci} was {@code state} from {@code start} to {@code end} (empty while it
     * lasts), on the incident {@code incident}.
     *
     * @throws NotAnOutageStateException if {@code state} is operational
     * @throws OutageEndsBeforeStartException if it ends before it starts
     * @throws OutageTimeInFutureException if it starts or ends in the future
     */
    public static DeclaredOutage declare(DeclaredOutageId id, TicketId incident, TicketNumber incidentNumber, CiId ci,
                                         OperationalState state, Instant start, Optional<Instant> end, String note,
                                         StaffId actor, Instant now) {
        checkNotNull(note, "note");
        checkTimes(state, start, end, now);
        DeclaredOutage outage = new DeclaredOutage(new DeclaredOutageSnapshot(id, incident, incidentNumber, ci, state,
                start, end, note.strip(), actor, now, Optional.empty(), 1));
        outage.events.created(new DeclaredOutageEvent.OutageDeclared(id, incident, incidentNumber, ci, state, start,
                end, note.strip(), actor, now));
        return outage;
    }

    public static DeclaredOutage restore(DeclaredOutageSnapshot s) {
        DeclaredOutage outage = new DeclaredOutage(checkNotNull(s, "snapshot"));
        outage.events.restoredAt(s.version());
        return outage;
    }

    /**
     * Records that the item was back at {@code at}, once.
     *
     * @throws OutageWithdrawnException if it was withdrawn
     * @throws OutageAlreadyEndedException if its end is recorded already
     * @throws OutageEndsBeforeStartException if {@code at} is before its start
     * @throws OutageTimeInFutureException if {@code at} is in the future
     */
    public void end(Instant at, StaffId actor, Instant now) {
        checkNotNull(at, "at");
        requireNotWithdrawn();
        if (end.isPresent()) {
            throw new OutageAlreadyEndedException(id, end.get());
        }
        checkTimes(state, start, Optional.of(at), now);
        events.recorded(new DeclaredOutageEvent.OutageEnded(id, ci, at, actor, now), e -> end = Optional.of(at));
    }

    /**
     * Replaces the state and the times, for {@code reason}; an outage that ended may be reopened
     * by an empty {@code newEnd}, when it turns out to be still running.
     *
     * @throws OutageWithdrawnException if it was withdrawn
     * @throws NotAnOutageStateException if {@code newState} is operational
     * @throws OutageEndsBeforeStartException if it ends before it starts
     * @throws OutageTimeInFutureException if it starts or ends in the future
     */
    public void correct(OperationalState newState, Instant newStart, Optional<Instant> newEnd, String reason,
                        StaffId actor, Instant now) {
        requireNotWithdrawn();
        String why = requireReason(reason);
        checkTimes(newState, newStart, newEnd, now);
        events.recorded(new DeclaredOutageEvent.OutageCorrected(id, ci, newState, newStart, newEnd, why, actor, now),
                e -> {
                    state = newState;
                    start = newStart;
                    end = newEnd;
                });
    }

    /**
     * Withdraws an outage declared in error, for {@code reason}: it counts no more.
     *
     * @throws OutageWithdrawnException if it was withdrawn already
     */
    public void withdraw(String reason, StaffId actor, Instant now) {
        requireNotWithdrawn();
        String why = requireReason(reason);
        events.recorded(new DeclaredOutageEvent.OutageWithdrawn(id, ci, why, actor, now),
                e -> withdrawal = Optional.of(why));
    }

    /** The item outage this declaration counts as, none once withdrawn; its reference is the incident's number. */
    public Optional<Outage> outage() {
        return withdrawal.isPresent() ? Optional.empty()
                : Optional.of(new Outage(ci, state, start, end, OutageSource.DECLARED, incidentNumber.toString()));
    }

    private static void checkTimes(OperationalState state, Instant start, Optional<Instant> end, Instant now) {
        checkNotNull(state, "state");
        checkNotNull(start, "start");
        checkNotNull(end, "end");
        checkNotNull(now, "now");
        if (state == OperationalState.OPERATIONAL) {
            throw new NotAnOutageStateException(state);
        }
        checkNotFuture("start", start, now);
        if (end.isPresent()) {
            checkNotFuture("end", end.get(), now);
            if (end.get().isBefore(start)) {
                throw new OutageEndsBeforeStartException(start, end.get());
            }
        }
    }

    private static void checkNotFuture(String field, Instant at, Instant now) {
        if (at.isAfter(now.plus(CLOCK_SKEW))) {
            throw new OutageTimeInFutureException(field, at, now);
        }
    }

    private void requireNotWithdrawn() {
        if (withdrawal.isPresent()) {
            throw new OutageWithdrawnException(id);
        }
    }

    private static String requireReason(String reason) {
        checkArgument(reason != null && !reason.isBlank(), "reason is blank");
        return reason.strip();
    }

    public DeclaredOutageId id() {
        return id;
    }

    public TicketId incident() {
        return incident;
    }

    public CiId ci() {
        return ci;
    }

    public OperationalState state() {
        return state;
    }

    public Instant start() {
        return start;
    }

    public Optional<Instant> end() {
        return end;
    }

    public boolean withdrawn() {
        return withdrawal.isPresent();
    }

    public long version() {
        return events.version();
    }

    public DeclaredOutageSnapshot snapshot() {
        return new DeclaredOutageSnapshot(id, incident, incidentNumber, ci, state, start, end, note, declaredBy,
                declaredAt, withdrawal, version());
    }

    public List<DeclaredOutageEvent> pendingEvents() {
        return events.pending();
    }

    public List<DeclaredOutageEvent> pullEvents() {
        return events.pull();
    }
}
