package org.itilhis.ports.operations.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.testkit.DemoHospital.CONFIG_MANAGER_QIAN;
import static org.itilhis.testkit.DemoHospital.DIRECTOR_GAO;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.NETWORK_MA;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.core.access.NotPermittedException;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiStatus;
import org.itilhis.core.machineroom.EnvironmentReading;
import org.itilhis.core.machineroom.ExitAlreadyRecordedException;
import org.itilhis.core.machineroom.ExitBeforeEntryException;
import org.itilhis.core.machineroom.ReadingRange;
import org.itilhis.core.machineroom.ReadingSource;
import org.itilhis.core.machineroom.ReadingUnitMismatchException;
import org.itilhis.core.machineroom.RoomAccess;
import org.itilhis.core.machineroom.RoomEvent;
import org.itilhis.core.machineroom.RoomEventKind;
import org.itilhis.core.machineroom.TimeInFutureException;
import org.itilhis.core.machineroom.UnknownRoomException;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.common.InvalidCommandException;
import org.itilhis.ports.common.InvalidCommandException.FieldViolation;
import org.itilhis.ports.configuration.in.CiData;
import org.itilhis.ports.configuration.in.CmdbCommand;
import org.itilhis.ports.operations.in.MachineRoomCommand;
import org.itilhis.ports.operations.in.MachineRoomEntryView;
import org.itilhis.ports.operations.in.MachineRoomLogPosition;
import org.itilhis.ports.operations.in.MachineRoomLogQuery;
import org.itilhis.ports.operations.in.MachineRoomQueries;
import org.itilhis.ports.operations.in.MachineRoomUseCase;
import org.itilhis.ports.servicedesk.service.Hospital;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.memory.InMemoryServiceDesk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The machine room log on the in-memory demo hospital: machine room 1 of building 7, owned by
 * the network group (lead Ma); a Huawei engineer comes to replace a SAN disk, the sensors post
 * the temperature, the mains fail for twelve minutes.
 */
class MachineRoomServiceTest {
    private final Hospital hospital = new Hospital();
    private final MachineRoomUseCase log = hospital.desk.machineRoom.log();
    private final MachineRoomQueries queries = hospital.desk.machineRoom.queries();
    private CiId room;
    private Instant now;

    @BeforeEach
    void registerTheRoom() {
        room = hospital.desk.cmdb.items().handle(new CmdbCommand.RegisterCi(CONFIG_MANAGER_QIAN, "hardware",
                new CiData("MR-B7-B1", "Machine room 1 机房一", null, "Main campus", "Building 7", "B1",
                        "Machine room 1", "it", DemoHospital.NETWORK.value(), ServiceCriticality.CLINICAL_CRITICAL,
                        null, null, Map.of()), CiStatus.IN_USE)).item().id();
        now = hospital.desk.clock.instant();
    }

    private MachineRoomEntryView vendorVisit(Actor escort) {
        return log.recordAccess(new MachineRoomCommand.RecordAccess(ENGINEER_LIU, room, null, "王强 Wang Qiang",
                "华为 Huawei", escort == null ? null : escort.staffId(), "更换存储硬盘 replace a SAN disk",
                now.minus(Duration.ofMinutes(10))));
    }

    private MachineRoomEntryView reading(Actor by, String quantity, String value, String unit, Instant at) {
        return log.recordReading(new MachineRoomCommand.RecordReading(by, room, quantity, new BigDecimal(value), unit,
                at));
    }

    @Test
    void anEscortedVisitIsRecordedAndItsTimeOutOnceNotBeforeItsTimeIn() {
        MachineRoomEntryView visit = vendorVisit(ENGINEER_LIU);
        assertThat(((RoomAccess) visit.content()).unescorted()).isFalse();
        assertThat(queries.openVisits(DIRECTOR_GAO, Optional.of(room))).containsExactly(visit);

        assertThatThrownBy(() -> log.recordExit(new MachineRoomCommand.RecordExit(ENGINEER_LIU, visit.id(), null,
                now.minus(Duration.ofMinutes(11))))).isInstanceOf(ExitBeforeEntryException.class);
        MachineRoomEntryView left = log.recordExit(new MachineRoomCommand.RecordExit(ENGINEER_LIU, visit.id(),
                visit.version(), now));
        assertThatThrownBy(() -> log.recordExit(new MachineRoomCommand.RecordExit(ENGINEER_LIU, visit.id(), null,
                now))).isInstanceOf(ExitAlreadyRecordedException.class);

        assertThat(((RoomAccess) left.content()).leftAt()).contains(now);
        assertThat(left.version()).isEqualTo(2);
        assertThat(queries.openVisits(DIRECTOR_GAO, Optional.empty())).isEmpty();
        assertThat(hospital.desk.notifier.sent()).isEmpty();
        assertThat(hospital.log()).extracting(e -> e.type()).endsWith("machine-room-entry.access-recorded",
                "machine-room-entry.exit-recorded");
    }

    @Test
    void aVisitorWithoutAnEscortIsFlaggedAndTheRoomsOwnerGroupLeadIsTold() {
        MachineRoomEntryView visit = vendorVisit(null);

        assertThat(((RoomAccess) visit.content()).unescorted()).isTrue();
        assertThat(hospital.desk.notifier.sent()).singleElement().satisfies(notice -> {
            assertThat(notice.recipient()).isEqualTo(NETWORK_MA.staffId());
            assertThat(notice.topic()).isEqualTo("machine-room.unescorted-visitor");
            assertThat(notice.reference()).isEqualTo(visit.id().toString());
            assertThat(notice.text()).contains("王强 Wang Qiang (华为 Huawei)").contains("without an escort");
        });
    }

    @Test
    void readingsAreMarkedOutOfTheRoomsRangeAndTakenManuallyOrBySensors() {
        MachineRoomEntryView manual = reading(ENGINEER_LIU, "temperature", "22.5", "°C", now);
        MachineRoomEntryView warm = reading(Actor.system(), "temperature", "27.6", "°C", now);
        MachineRoomEntryView humid = reading(Actor.system(), "humidity", "61", "%", now);
        MachineRoomEntryView ups = reading(ENGINEER_LIU, "ups-load", "93", "%", now);

        assertThat((EnvironmentReading) manual.content()).satisfies(r -> {
            assertThat(r.source()).isEqualTo(ReadingSource.MANUAL);
            assertThat(r.outOfRange()).isFalse();
            assertThat(r.range()).contains(ReadingRange.of("18", "27", "°C"));
        });
        assertThat((EnvironmentReading) warm.content()).satisfies(r -> {
            assertThat(r.source()).isEqualTo(ReadingSource.SENSOR);
            assertThat(r.outOfRange()).isTrue();
        });
        assertThat(((EnvironmentReading) humid.content()).outOfRange()).isTrue();
        assertThat(((EnvironmentReading) ups.content()).range()).isEmpty();
        assertThat(((EnvironmentReading) ups.content()).outOfRange()).isFalse();
    }

    @Test
    void aRoomsOwnRangeGoesBeforeTheCommonOne() {
        InMemoryServiceDesk desk = hospital.desk;
        MachineRoomUseCase cooler = MachineRoomLog.create(new MachineRoomPorts(desk.ports, desk.configurationItems,
                desk.machineRoomEntries), MachineRoomSettings.hospitalDefault().withRoom(room,
                ImmutableMap.of("temperature", ReadingRange.of("18", "22", "°C"))), DemoHospital.settings(),
                InMemoryServiceDesk.validator()).log();

        MachineRoomEntryView reading = cooler.recordReading(new MachineRoomCommand.RecordReading(ENGINEER_LIU, room,
                "temperature", new BigDecimal("23.0"), "°C", now));

        assertThat(((EnvironmentReading) reading.content()).outOfRange()).isTrue();
    }

    @Test
    void aReadingInAnotherUnitThanTheRoomsRangeIsRefusedAndChangesNothing() {
        int events = hospital.log().size();

        assertThatThrownBy(() -> reading(Actor.system(), "temperature", "81.5", "°F", now))
                .isInstanceOfSatisfying(ReadingUnitMismatchException.class, e -> assertThat(e.getMessage())
                        .startsWith("Field unit:"));

        assertThat(hospital.log()).hasSize(events);
        assertThat(hospital.desk.machineRoomEntries.snapshots()).isEmpty();
    }

    @Test
    void timesInTheFutureAreRefusedBeyondTwoMinutesOfClockSkew() {
        assertThatThrownBy(() -> reading(Actor.system(), "temperature", "22", "°C", now.plus(Duration.ofMinutes(3))))
                .isInstanceOfSatisfying(TimeInFutureException.class, e -> assertThat(e.code())
                        .isEqualTo("machine-room.time-in-future"));
        assertThatThrownBy(() -> log.recordEvent(new MachineRoomCommand.RecordEvent(ENGINEER_LIU, room,
                RoomEventKind.ALARM, now, now.plus(Duration.ofHours(1)), "water leak alarm")))
                .isInstanceOf(TimeInFutureException.class);
        assertThat(hospital.desk.machineRoomEntries.snapshots()).isEmpty();

        MachineRoomEntryView skewed = reading(Actor.system(), "temperature", "22", "°C",
                now.plus(Duration.ofSeconds(90)));
        assertThat(skewed.content().at()).isEqualTo(now.plus(Duration.ofSeconds(90)));
    }

    @Test
    void anEntryForARoomTheCmdbDoesNotKnowIsRefusedAndChangesNothing() {
        CiId unknown = new CiId(UUID.randomUUID());
        int events = hospital.log().size();

        assertThatThrownBy(() -> log.recordEvent(new MachineRoomCommand.RecordEvent(ENGINEER_LIU, unknown,
                RoomEventKind.POWER_CUT, now, null, "mains lost")))
                .isInstanceOfSatisfying(UnknownRoomException.class, e -> assertThat(e.code())
                        .isEqualTo("machine-room.not-a-room"));

        assertThat(hospital.log()).hasSize(events);
        assertThat(hospital.desk.machineRoomEntries.snapshots()).isEmpty();
    }

    @Test
    void anInvalidCommandNamesItsFields() {
        assertThatThrownBy(() -> log.recordAccess(new MachineRoomCommand.RecordAccess(ENGINEER_LIU, room,
                NURSE_WANG.staffId(), "Wang Qiang", null, null, " ", null)))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactlyInAnyOrder("enteredAt", "purpose"));
        assertThatThrownBy(() -> log.recordAccess(new MachineRoomCommand.RecordAccess(ENGINEER_LIU, room,
                NURSE_WANG.staffId(), "Wang Qiang", null, null, "visit", now)))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("staff"));
        assertThatThrownBy(() -> log.recordReading(new MachineRoomCommand.RecordReading(ENGINEER_LIU, room,
                "Temperature!", null, "", now)))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactlyInAnyOrder("quantity", "unit", "value"));
        assertThat(hospital.desk.machineRoomEntries.snapshots()).isEmpty();
    }

    @Test
    void onlyTheInformationCentreWritesTheLogAndTheSystemOnlyPostsReadings() {
        assertThatThrownBy(() -> reading(NURSE_WANG, "temperature", "22", "°C", now))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> log.recordEvent(new MachineRoomCommand.RecordEvent(Actor.system(), room,
                RoomEventKind.ALARM, now, null, "smoke alarm"))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> log.recordEvent(new MachineRoomCommand.RecordEvent(DIRECTOR_GAO, room,
                RoomEventKind.ALARM, now, null, "smoke alarm"))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> queries.openVisits(NURSE_WANG, Optional.empty()))
                .isInstanceOf(NotPermittedException.class);
        assertThat(queries.openVisits(Actor.system(), Optional.empty())).isEmpty();
    }

    @Test
    void aRoomsLogForAPeriodComesInTimeOrderPageByPage() {
        hospital.desk.clock.advance(Duration.ofHours(2));
        Instant start = now;
        now = hospital.desk.clock.instant();
        MachineRoomEntryView cut = log.recordEvent(new MachineRoomCommand.RecordEvent(ENGINEER_LIU, room,
                RoomEventKind.POWER_CUT, start.plus(Duration.ofMinutes(30)), start.plus(Duration.ofMinutes(42)),
                "市电中断12分钟，UPS 供电正常 mains lost for 12 minutes, UPS carried the room"));
        MachineRoomEntryView first = reading(Actor.system(), "temperature", "22.0", "°C", start);
        MachineRoomEntryView third = reading(Actor.system(), "temperature", "24.5", "°C",
                start.plus(Duration.ofMinutes(60)));
        MachineRoomEntryView visit = vendorVisit(ENGINEER_LIU);

        List<MachineRoomEntryView> page = queries.log(DIRECTOR_GAO, MachineRoomLogQuery.of(room, start,
                start.plus(Duration.ofMinutes(90)), 2));
        List<MachineRoomEntryView> next = queries.log(DIRECTOR_GAO, MachineRoomLogQuery.of(room, start,
                start.plus(Duration.ofMinutes(90)), 2).after(MachineRoomLogPosition.of(page.get(1))));

        assertThat(page).containsExactly(first, cut);
        assertThat(next).containsExactly(third);
        assertThat(((RoomEvent) cut.content()).end()).contains(start.plus(Duration.ofMinutes(42)));
        assertThat(queries.entry(DIRECTOR_GAO, visit.id())).isEqualTo(visit);
    }
}
