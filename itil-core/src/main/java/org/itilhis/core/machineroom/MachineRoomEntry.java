package org.itilhis.core.machineroom;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.AggregateEvents;
import org.itilhis.core.shared.StaffId;

/**
 * One entry of a machine room's log, linked to the room as a configuration item: a visit (who
 * entered, who escorted them, why, in and out), an environment reading, or an event. Entries
 * record what happened, so none is dated in the future beyond {@link #CLOCK_SKEW} of the
 * recording clock. Readings and events are final once recorded; a visit gets its time out
 * once, not before its time in.
 */
public final class MachineRoomEntry {
    /** How far ahead of the recording clock a time may be: a sensor's or a workstation's clock runs a little fast. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

    private final MachineRoomEntryId id;
    private final CiId room;
    private EntryContent content;
    private final StaffId recordedBy;
    private final Instant recordedAt;
    private final AggregateEvents<MachineRoomEntryEvent> events = new AggregateEvents<>();

    private MachineRoomEntry(MachineRoomEntryId id, CiId room, EntryContent content, StaffId recordedBy,
                             Instant recordedAt) {
        this.id = checkNotNull(id, "id");
        this.room = checkNotNull(room, "room");
        this.content = checkNotNull(content, "content");
        this.recordedBy = checkNotNull(recordedBy, "recordedBy");
        this.recordedAt = checkNotNull(recordedAt, "recordedAt");
    }

    /**
     * Records a visit as it begins (no time out yet).
     *
     * @throws TimeInFutureException if it begins in the future
     */
    public static MachineRoomEntry recordAccess(MachineRoomEntryId id, CiId room, RoomAccess access, StaffId actor,
                                                Instant now) {
        checkNotNull(access, "access");
        checkNotFuture("enteredAt", access.enteredAt(), now);
        checkArgument(access.leftAt().isEmpty(), "a visit is recorded as it begins, its time out later");
        MachineRoomEntry entry = new MachineRoomEntry(id, room, access, actor, now);
        entry.events.created(new MachineRoomEntryEvent.AccessRecorded(id, room, access, actor, now));
        return entry;
    }

    /** @throws TimeInFutureException if it was read in the future */
    public static MachineRoomEntry recordReading(MachineRoomEntryId id, CiId room, EnvironmentReading reading,
                                                 StaffId actor, Instant now) {
        checkNotNull(reading, "reading");
        checkNotFuture("readAt", reading.readAt(), now);
        MachineRoomEntry entry = new MachineRoomEntry(id, room, reading, actor, now);
        entry.events.created(new MachineRoomEntryEvent.ReadingRecorded(id, room, reading, actor, now));
        return entry;
    }

    /**
     * @throws TimeInFutureException if it starts or ends in the future
     * @throws EventEndsBeforeStartException if it ends before it starts
     */
    public static MachineRoomEntry recordEvent(MachineRoomEntryId id, CiId room, RoomEventKind kind, Instant start,
                                               Optional<Instant> end, String description, StaffId actor, Instant now) {
        checkNotNull(start, "start");
        checkNotNull(end, "end");
        checkNotFuture("start", start, now);
        if (end.isPresent()) {
            checkNotFuture("end", end.get(), now);
            if (end.get().isBefore(start)) {
                throw new EventEndsBeforeStartException(start, end.get());
            }
        }
        RoomEvent event = new RoomEvent(kind, start, end, description);
        MachineRoomEntry entry = new MachineRoomEntry(id, room, event, actor, now);
        entry.events.created(new MachineRoomEntryEvent.EventRecorded(id, room, event, actor, now));
        return entry;
    }

    public static MachineRoomEntry restore(MachineRoomEntrySnapshot s) {
        MachineRoomEntry entry = new MachineRoomEntry(s.id(), s.room(), s.content(), s.recordedBy(), s.recordedAt());
        entry.events.restoredAt(s.version());
        return entry;
    }

    /**
     * Records that the visitor or member of staff left at {@code leftAt}, once.
     *
     * @throws NotAVisitException if the entry is a reading or an event
     * @throws ExitAlreadyRecordedException if the visit's time out is recorded already
     * @throws ExitBeforeEntryException if {@code leftAt} is before the time in
     * @throws TimeInFutureException if {@code leftAt} is in the future
     */
    public void recordExit(Instant leftAt, StaffId actor, Instant now) {
        checkNotNull(leftAt, "leftAt");
        checkNotNull(actor, "actor");
        if (!(content instanceof RoomAccess access)) {
            throw new NotAVisitException(id);
        }
        if (access.leftAt().isPresent()) {
            throw new ExitAlreadyRecordedException(id, access.leftAt().get());
        }
        if (leftAt.isBefore(access.enteredAt())) {
            throw new ExitBeforeEntryException(id, leftAt, access.enteredAt());
        }
        checkNotFuture("leftAt", leftAt, now);
        events.recorded(new MachineRoomEntryEvent.ExitRecorded(id, room, leftAt, actor, now),
                e -> content = access.leftAt(leftAt));
    }

    /** @throws TimeInFutureException if {@code at} (field {@code field}) is later than {@code now} plus the skew */
    public static void checkNotFuture(String field, Instant at, Instant now) {
        checkNotNull(now, "now");
        if (at.isAfter(now.plus(CLOCK_SKEW))) {
            throw new TimeInFutureException(field, at, now);
        }
    }

    public MachineRoomEntryId id() {
        return id;
    }

    public CiId room() {
        return room;
    }

    public EntryContent content() {
        return content;
    }

    public long version() {
        return events.version();
    }

    public MachineRoomEntrySnapshot snapshot() {
        return new MachineRoomEntrySnapshot(id, room, content, recordedBy, recordedAt, version());
    }

    public List<MachineRoomEntryEvent> pendingEvents() {
        return events.pending();
    }

    public List<MachineRoomEntryEvent> pullEvents() {
        return events.pull();
    }
}
