package org.itilhis.adapters.rest.operations;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.itilhis.core.machineroom.EntryContent;
import org.itilhis.core.machineroom.EnvironmentReading;
import org.itilhis.core.machineroom.ReadingRange;
import org.itilhis.core.machineroom.ReadingSource;
import org.itilhis.core.machineroom.RoomAccess;
import org.itilhis.core.machineroom.RoomEvent;
import org.itilhis.core.machineroom.RoomEventKind;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.operations.in.MachineRoomEntryView;

/**
 * The machine room log as the API shows and takes it. An entry has its {@code kind} ({@code
 * ACCESS}, {@code READING} or {@code EVENT}), its time {@code at} (entering, reading, the
 * event's start), and the part of its kind ({@code access}, {@code reading} or {@code event}).
 */
public final class MachineRoomJson {
    private MachineRoomJson() {
    }

    /** One entry of a room's log. */
    public record MachineRoomEntryJson(String id, String room, String kind, Instant at, RoomAccessJson access,
                                       EnvironmentReadingJson reading, RoomEventJson event, String recordedBy,
                                       Instant recordedAt, long version) {
        static MachineRoomEntryJson of(MachineRoomEntryView view) {
            EntryContent content = view.content();
            RoomAccessJson access = content instanceof RoomAccess a ? RoomAccessJson.of(a) : null;
            EnvironmentReadingJson reading = content instanceof EnvironmentReading r ? EnvironmentReadingJson.of(r)
                    : null;
            RoomEventJson event = content instanceof RoomEvent e ? RoomEventJson.of(e) : null;
            String kind = access != null ? "ACCESS" : reading != null ? "READING" : "EVENT";
            return new MachineRoomEntryJson(view.id().toString(), view.room().toString(), kind, content.at(), access,
                    reading, event, view.recordedBy().value(), view.recordedAt(), view.version());
        }
    }

    /**
     * A visit: who entered (staff, or a visitor's name and company), the escort, why, in and out;
     * flagged when unescorted.
     */
    public record RoomAccessJson(String staff, String visitorName, String visitorCompany, String escort,
                                 String purpose, Instant enteredAt, Instant leftAt, boolean unescorted) {
        static RoomAccessJson of(RoomAccess a) {
            return new RoomAccessJson(a.staff().map(StaffId::value).orElse(null),
                    a.visitor().map(v -> v.name()).orElse(null), a.visitor().flatMap(v -> v.company()).orElse(null),
                    a.escort().map(StaffId::value).orElse(null), a.purpose(), a.enteredAt(), a.leftAt().orElse(null),
                    a.unescorted());
        }
    }

    /** A reading with the room's range for its quantity when it has one, and whether the value is outside it. */
    public record EnvironmentReadingJson(String quantity, BigDecimal value, String unit, Instant readAt,
                                         ReadingSource source, ReadingRangeJson range, boolean outOfRange) {
        static EnvironmentReadingJson of(EnvironmentReading r) {
            return new EnvironmentReadingJson(r.quantity(), r.value(), r.unit(), r.readAt(), r.source(),
                    r.range().map(ReadingRangeJson::of).orElse(null), r.outOfRange());
        }
    }

    /** A normal range, both ends included. */
    public record ReadingRangeJson(BigDecimal low, BigDecimal high, String unit) {
        static ReadingRangeJson of(ReadingRange range) {
            return new ReadingRangeJson(range.low(), range.high(), range.unit());
        }
    }

    public record RoomEventJson(RoomEventKind kind, Instant start, Instant end, String description) {
        static RoomEventJson of(RoomEvent e) {
            return new RoomEventJson(e.kind(), e.start(), e.end().orElse(null), e.description());
        }
    }

    /** A page of a room's log, and the cursor of the next page ({@code null} on the last). */
    public record MachineRoomLogPageJson(List<MachineRoomEntryJson> items, String next) {
    }

    /** The visits without a time out. */
    public record OpenVisitsJson(List<MachineRoomEntryJson> items) {
    }

    /**
     * {@code POST /machine-room-log/access}: {@code staff} (a staff id) or {@code visitorName}
     * (with {@code visitorCompany}) entered {@code room} at {@code enteredAt}, escorted by {@code
     * escort} or not.
     */
    public record RecordRoomAccessJson(String room, String staff, String visitorName, String visitorCompany,
                                       String escort, String purpose, String enteredAt) {
    }

    /** {@code POST /machine-room-log/{id}/exit}: the time out. */
    public record RecordRoomExitJson(String leftAt) {
    }

    /** {@code POST /machine-room-log/readings}: {@code quantity} of {@code room} at {@code value} {@code unit}. */
    public record RecordEnvironmentReadingJson(String room, String quantity, BigDecimal value, String unit,
                                               String readAt) {
    }

    /** {@code POST /machine-room-log/events}: an event of {@code kind} from {@code start} to {@code end} (optional). */
    public record RecordRoomEventJson(String room, RoomEventKind kind, String start, String end, String description) {
    }
}
