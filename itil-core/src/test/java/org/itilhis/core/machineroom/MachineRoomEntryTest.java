package org.itilhis.core.machineroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.StaffId;
import org.junit.jupiter.api.Test;

class MachineRoomEntryTest {
    private static final CiId ROOM = new CiId(new UUID(1, 1));
    private static final StaffId LIU = StaffId.of("E0101");
    private static final Instant NOW = Instant.parse("2027-03-02T02:00:00Z");
    private static final ReadingRange TEMPERATURE = ReadingRange.of("18", "27", "°C");

    private static MachineRoomEntryId newId() {
        return new MachineRoomEntryId(UUID.randomUUID());
    }

    private static MachineRoomEntry vendorVisit(Optional<StaffId> escort) {
        return MachineRoomEntry.recordAccess(newId(), ROOM, new RoomAccess(Optional.empty(),
                Optional.of(RoomVisitor.of("Wang Qiang", "Huawei")), escort, "replace a disk of the SAN",
                NOW.minus(Duration.ofMinutes(5)), Optional.empty()), LIU, NOW);
    }

    @Test
    void aVisitorWithoutAnEscortIsFlaggedAndAnEscortedOneOrStaffAreNot() {
        assertThat(((RoomAccess) vendorVisit(Optional.empty()).content()).unescorted()).isTrue();
        assertThat(((RoomAccess) vendorVisit(Optional.of(LIU)).content()).unescorted()).isFalse();
        RoomAccess staff = new RoomAccess(Optional.of(LIU), Optional.empty(), Optional.empty(), "round", NOW,
                Optional.empty());
        assertThat(staff.unescorted()).isFalse();
    }

    @Test
    void aVisitRecordsItsTimeOutOnceAndNotBeforeItsTimeIn() {
        MachineRoomEntry visit = vendorVisit(Optional.of(LIU));
        visit.pullEvents();

        assertThatThrownBy(() -> visit.recordExit(NOW.minus(Duration.ofMinutes(6)), LIU, NOW))
                .isInstanceOf(ExitBeforeEntryException.class);
        visit.recordExit(NOW, LIU, NOW);
        assertThatThrownBy(() -> visit.recordExit(NOW, LIU, NOW)).isInstanceOf(ExitAlreadyRecordedException.class);

        assertThat(((RoomAccess) visit.content()).leftAt()).contains(NOW);
        assertThat(visit.version()).isEqualTo(2);
        assertThat(visit.pullEvents()).singleElement().isInstanceOf(MachineRoomEntryEvent.ExitRecorded.class);
    }

    @Test
    void timesMoreThanTheClockSkewAheadAreRefusedAndWithinItAccepted() {
        assertThatThrownBy(() -> MachineRoomEntry.checkNotFuture("readAt", NOW.plus(Duration.ofMinutes(3)), NOW))
                .isInstanceOfSatisfying(TimeInFutureException.class,
                        e -> assertThat(e.getMessage()).startsWith("Field readAt:"));
        MachineRoomEntry.checkNotFuture("readAt", NOW.plus(Duration.ofMinutes(2)), NOW);
        assertThatThrownBy(() -> MachineRoomEntry.recordEvent(newId(), ROOM, RoomEventKind.POWER_CUT, NOW,
                Optional.of(NOW.plus(Duration.ofHours(1))), "mains lost", LIU, NOW))
                .isInstanceOf(TimeInFutureException.class);
    }

    @Test
    void aReadingOutsideTheRoomsRangeIsOutOfRangeAndOneInAnotherUnitIsRefused() {
        EnvironmentReading warm = EnvironmentReading.against(Optional.of(TEMPERATURE), "temperature",
                new BigDecimal("27.5"), "°c", NOW, ReadingSource.SENSOR);
        EnvironmentReading edge = EnvironmentReading.against(Optional.of(TEMPERATURE), "temperature",
                new BigDecimal("27"), "°C", NOW, ReadingSource.MANUAL);
        EnvironmentReading unranged = EnvironmentReading.against(Optional.empty(), "ups-load", new BigDecimal("93"),
                "%", NOW, ReadingSource.MANUAL);

        assertThat(warm.outOfRange()).isTrue();
        assertThat(edge.outOfRange()).isFalse();
        assertThat(unranged.outOfRange()).isFalse();
        assertThatThrownBy(() -> EnvironmentReading.against(Optional.of(TEMPERATURE), "temperature",
                new BigDecimal("80"), "°F", NOW, ReadingSource.SENSOR))
                .isInstanceOf(ReadingUnitMismatchException.class);
    }

    @Test
    void anEventEndingBeforeItStartsIsRefusedAndOnlyVisitsHaveATimeOut() {
        assertThatThrownBy(() -> MachineRoomEntry.recordEvent(newId(), ROOM, RoomEventKind.GENERATOR_TEST, NOW,
                Optional.of(NOW.minusSeconds(1)), "monthly test", LIU, NOW))
                .isInstanceOf(EventEndsBeforeStartException.class);
        MachineRoomEntry test = MachineRoomEntry.recordEvent(newId(), ROOM, RoomEventKind.GENERATOR_TEST,
                NOW.minus(Duration.ofMinutes(30)), Optional.of(NOW), "monthly test under load", LIU, NOW);

        assertThatThrownBy(() -> test.recordExit(NOW, LIU, NOW)).isInstanceOf(NotAVisitException.class);
    }

    @Test
    void aRestoredEntryIsItsSnapshotWithoutPendingEvents() {
        MachineRoomEntry visit = vendorVisit(Optional.empty());

        MachineRoomEntry restored = MachineRoomEntry.restore(visit.snapshot());

        assertThat(restored.snapshot()).isEqualTo(visit.snapshot());
        assertThat(restored.pendingEvents()).isEmpty();
        assertThat(visit.pendingEvents()).singleElement().satisfies(e -> assertThat(e.type())
                .isEqualTo("machine-room-entry.access-recorded"));
    }
}
