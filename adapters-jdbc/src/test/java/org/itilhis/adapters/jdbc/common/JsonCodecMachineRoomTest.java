package org.itilhis.adapters.jdbc.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.machineroom.EnvironmentReading;
import org.itilhis.core.machineroom.MachineRoomEntry;
import org.itilhis.core.machineroom.MachineRoomEntryEvent;
import org.itilhis.core.machineroom.MachineRoomEntryId;
import org.itilhis.core.machineroom.ReadingRange;
import org.itilhis.core.machineroom.ReadingSource;
import org.itilhis.core.machineroom.RoomAccess;
import org.itilhis.core.machineroom.RoomEventKind;
import org.itilhis.core.machineroom.RoomVisitor;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.StaffId;
import org.junit.jupiter.api.Test;

/**
 * The machine room log's events and entries in the codec: every event comes back equal under
 * its type name, so the event log reads them, and an entry of each kind as the store keeps it
 * (a reading's value with its scale, an event's own kind beside the entry's).
 */
class JsonCodecMachineRoomTest {
    private static final CiId ROOM = new CiId(UUID.randomUUID());
    private static final StaffId LIU = StaffId.of("E0101");
    private static final Instant AT = Instant.parse("2027-03-02T14:00:00.123456Z");

    private final JsonCodec codec = new JsonCodec();

    private static List<MachineRoomEntry> entries() {
        MachineRoomEntry visit = MachineRoomEntry.recordAccess(new MachineRoomEntryId(UUID.randomUUID()), ROOM,
                new RoomAccess(Optional.empty(), Optional.of(RoomVisitor.of("王强", "华为")), Optional.empty(),
                        "更换硬盘", AT, Optional.empty()), LIU, AT);
        visit.recordExit(AT.plus(Duration.ofMinutes(30)), LIU, AT.plus(Duration.ofMinutes(31)));
        MachineRoomEntry reading = MachineRoomEntry.recordReading(new MachineRoomEntryId(UUID.randomUUID()), ROOM,
                EnvironmentReading.against(Optional.of(ReadingRange.of("40", "60", "%")), "humidity",
                        new BigDecimal("61.50"), "%", AT, ReadingSource.SENSOR), StaffId.of("system"), AT);
        MachineRoomEntry cut = MachineRoomEntry.recordEvent(new MachineRoomEntryId(UUID.randomUUID()), ROOM,
                RoomEventKind.POWER_CUT, AT, Optional.empty(), "市电中断", LIU, AT);
        return List.of(visit, reading, cut);
    }

    @Test
    void everyMachineRoomEventRoundTripsEqualUnderItsTypeName() {
        List<DomainEvent> events = new ArrayList<>();
        entries().forEach(entry -> events.addAll(entry.pullEvents()));

        assertThat(events.stream().map(Object::getClass).distinct())
                .containsExactlyInAnyOrder(MachineRoomEntryEvent.class.getPermittedSubclasses());
        for (DomainEvent event : events) {
            String json = codec.write(event);
            assertThat(codec.readEvent(codec.typeOf(event), json)).as(json).isEqualTo(event);
        }
    }

    @Test
    void anEntryOfEachKindRoundTripsEqualWithItsValuesScale() {
        for (MachineRoomEntry entry : entries()) {
            String json = codec.write(entry.snapshot());
            assertThat(codec.read(json, entry.snapshot().getClass())).as(json).isEqualTo(entry.snapshot());
        }
        assertThat(codec.write(entries().get(1).snapshot())).contains("\"value\":61.50", "\"entry\":\"reading\"");
        assertThat(codec.write(entries().get(2).snapshot())).contains("\"kind\":\"POWER_CUT\"", "\"entry\":\"event\"");
    }
}
