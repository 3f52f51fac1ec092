package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.itilhis.core.machineroom.ReadingRange;
import org.itilhis.core.machineroom.ReadingSource;
import org.itilhis.core.machineroom.RoomAccess;
import org.itilhis.core.machineroom.RoomEventKind;
import org.itilhis.core.machineroom.RoomVisitor;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.operations.in.MachineRoomLogPosition;
import org.itilhis.ports.operations.in.MachineRoomLogQuery;
import org.itilhis.ports.operations.out.MachineRoomLogRepository;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MachineRoomLogRepository} must do: store an entry whole (a visit with its
 * visitor, escort and time out; a reading with its exact value, unit and range; an event), lock
 * optimistically, page a room's log for a period in log order (time, then id as text), find the
 * open visits, and take part in transactions. Each test expects empty storage; every write runs
 * inside {@code transactions().inTransaction(...)}.
 */
public interface MachineRoomLogRepositoryContract {
    MachineRoomLogRepository entries();

    Transactions transactions();

    Instant NIGHT = Instant.parse("2027-03-02T14:00:00.123456Z");
    CiId ROOM_1 = new CiId(new UUID(0x3A, 1));
    CiId ROOM_2 = new CiId(new UUID(0x3A, 2));
    StaffId LIU = StaffId.of("E0101");
    StaffId SUN = StaffId.of("E0100");

    private MachineRoomEntry visit(CiId room, Instant in, Optional<StaffId> escort) {
        return MachineRoomEntry.recordAccess(entries().nextId(), room, new RoomAccess(Optional.empty(),
                Optional.of(RoomVisitor.of("王强 Wang Qiang", "华为 Huawei")), escort, "更换存储硬盘 replace a SAN disk",
                in, Optional.empty()), LIU, in.plusSeconds(30));
    }

    private MachineRoomEntry reading(CiId room, Instant at, String value) {
        return MachineRoomEntry.recordReading(entries().nextId(), room, EnvironmentReading.against(
                Optional.of(ReadingRange.of("18.0", "27.0", "°C")), "temperature", new BigDecimal(value), "°C", at,
                ReadingSource.SENSOR), StaffId.of("system"), at);
    }

    private MachineRoomEntry event(CiId room, Instant start) {
        return MachineRoomEntry.recordEvent(entries().nextId(), room, RoomEventKind.POWER_CUT, start,
                Optional.of(start.plus(Duration.ofMinutes(12))), "市电中断，UPS 供电 mains lost, on UPS", SUN,
                start.plus(Duration.ofHours(1)));
    }

    private void store(MachineRoomEntry entry) {
        ContractSupport.committed(transactions(), () -> entries().save(entry));
        entry.pullEvents();
    }

    private MachineRoomEntry load(MachineRoomEntry entry) {
        return entries().find(entry.id()).orElseThrow();
    }

    @Test
    default void everyKindOfEntryComesBackEqualAndAVisitWithItsTimeOut() {
        MachineRoomEntry unescorted = visit(ROOM_1, NIGHT, Optional.empty());
        MachineRoomEntry escorted = visit(ROOM_1, NIGHT, Optional.of(SUN));
        MachineRoomEntry warm = reading(ROOM_1, NIGHT, "27.45");
        MachineRoomEntry cut = event(ROOM_1, NIGHT);
        List.of(unescorted, escorted, warm, cut).forEach(this::store);
        MachineRoomEntry left = load(escorted);
        left.recordExit(NIGHT.plus(Duration.ofMinutes(40)), LIU, NIGHT.plus(Duration.ofMinutes(41)));
        store(left);

        assertThat(load(unescorted).snapshot()).isEqualTo(unescorted.snapshot());
        assertThat(((RoomAccess) load(unescorted).content()).unescorted()).isTrue();
        assertThat(load(escorted).snapshot()).isEqualTo(left.snapshot());
        assertThat(load(escorted).version()).isEqualTo(2);
        assertThat(load(warm).snapshot()).isEqualTo(warm.snapshot());
        assertThat(((EnvironmentReading) load(warm).content()).outOfRange()).isTrue();
        assertThat(load(cut).snapshot()).isEqualTo(cut.snapshot());
        assertThat(entries().find(entries().nextId())).isEmpty();
    }

    @Test
    default void ofTwoWritersAtTheSameVersionTheSecondGetsAVersionConflict() {
        MachineRoomEntry visit = visit(ROOM_1, NIGHT, Optional.of(SUN));
        store(visit);
        MachineRoomEntry first = load(visit);
        MachineRoomEntry second = load(visit);
        first.recordExit(NIGHT.plusSeconds(600), LIU, NIGHT.plusSeconds(700));
        second.recordExit(NIGHT.plusSeconds(900), SUN, NIGHT.plusSeconds(900));

        store(first);

        assertThatThrownBy(() -> store(second)).isInstanceOfSatisfying(VersionConflictException.class,
                e -> assertThat(e.code()).isEqualTo("machine-room-entry.version-conflict"));
        assertThat(load(visit).snapshot()).isEqualTo(first.snapshot());
    }

    @Test
    default void aRolledBackSaveLeavesNothingNewAndTheStoredEntryAsItWas() {
        MachineRoomEntry visit = visit(ROOM_1, NIGHT, Optional.of(SUN));
        store(visit);
        MachineRoomEntry left = load(visit);
        left.recordExit(NIGHT.plusSeconds(600), LIU, NIGHT.plusSeconds(600));
        MachineRoomEntry reading = reading(ROOM_1, NIGHT, "22.1");

        ContractSupport.rolledBack(transactions(), () -> {
            entries().save(left);
            entries().save(reading);
        });

        assertThat(load(visit).snapshot()).isEqualTo(visit.snapshot());
        assertThat(entries().find(reading.id())).isEmpty();
    }

    @Test
    default void aRoomsLogIsItsEntriesOfThePeriodInTimeOrderPagedAfterThePositionGiven() {
        List<MachineRoomEntry> inPeriod = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            MachineRoomEntry entry = i % 2 == 0 ? reading(ROOM_1, NIGHT.plusSeconds(60L * (4 - i)), "21." + i)
                    : visit(ROOM_1, NIGHT.plusSeconds(60L * (4 - i)), Optional.of(SUN));
            store(entry);
            inPeriod.add(0, entry);
        }
        MachineRoomEntry sameInstant = event(ROOM_1, NIGHT);
        store(sameInstant);
        store(reading(ROOM_1, NIGHT.minusSeconds(1), "20.0"));
        store(reading(ROOM_1, NIGHT.plus(Duration.ofHours(1)), "20.0"));
        store(reading(ROOM_2, NIGHT.plusSeconds(60), "20.0"));
        MachineRoomLogQuery period = MachineRoomLogQuery.of(ROOM_1, NIGHT, NIGHT.plus(Duration.ofHours(1)), 4);

        List<MachineRoomEntry> first = entries().log(period);
        List<MachineRoomEntry> second = entries().log(period.after(position(first.get(first.size() - 1))));

        List<MachineRoomEntry> expected = new ArrayList<>(inPeriod);
        expected.add(0, sameInstant);
        expected.sort((a, b) -> position(a).compareTo(position(b)));
        assertThat(first).hasSize(4);
        assertThat(second).hasSize(2);
        List<Object> all = new ArrayList<>();
        first.forEach(e -> all.add(e.id()));
        second.forEach(e -> all.add(e.id()));
        assertThat(all).containsExactlyElementsOf(expected.stream().map(MachineRoomEntry::id).toList());
    }

    @Test
    default void theOpenVisitsAreThoseWithoutATimeOutEarliestFirst() {
        MachineRoomEntry early = visit(ROOM_1, NIGHT, Optional.empty());
        MachineRoomEntry late = visit(ROOM_2, NIGHT.plusSeconds(300), Optional.of(SUN));
        MachineRoomEntry gone = visit(ROOM_1, NIGHT.plusSeconds(100), Optional.of(SUN));
        List.of(late, early, gone).forEach(this::store);
        store(reading(ROOM_1, NIGHT, "22.0"));
        MachineRoomEntry left = load(gone);
        left.recordExit(NIGHT.plusSeconds(200), LIU, NIGHT.plusSeconds(200));
        store(left);

        assertThat(entries().openVisits(Optional.empty(), 10)).extracting(MachineRoomEntry::id)
                .containsExactly(early.id(), late.id());
        assertThat(entries().openVisits(Optional.of(ROOM_2), 10)).extracting(MachineRoomEntry::id)
                .containsExactly(late.id());
        assertThat(entries().openVisits(Optional.empty(), 1)).extracting(MachineRoomEntry::id)
                .containsExactly(early.id());
    }

    private static MachineRoomLogPosition position(MachineRoomEntry entry) {
        return new MachineRoomLogPosition(entry.content().at(), entry.id());
    }
}
