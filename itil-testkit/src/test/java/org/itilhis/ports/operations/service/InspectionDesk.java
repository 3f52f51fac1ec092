package org.itilhis.ports.operations.service;

import static org.itilhis.testkit.DemoHospital.CONFIG_MANAGER_QIAN;
import static org.itilhis.testkit.DemoHospital.DESKTOP;
import static org.itilhis.testkit.DemoHospital.LEAD_SUN;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.itilhis.core.calendar.CalendarDays;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiStatus;
import org.itilhis.core.inspection.ItemKind;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.shared.GroupId;
import org.itilhis.ports.configuration.in.CiData;
import org.itilhis.ports.configuration.in.CmdbCommand;
import org.itilhis.ports.configuration.in.FaultIncidents;
import org.itilhis.ports.operations.in.InspectionCommand;
import org.itilhis.ports.operations.in.InspectionScheduleView;
import org.itilhis.ports.operations.in.InspectionTemplateView;
import org.itilhis.ports.servicedesk.service.Hospital;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.memory.InMemoryInspectionRoundRepository;
import org.itilhis.testkit.memory.InMemoryInspectionScheduleRepository;
import org.itilhis.testkit.memory.InMemoryInspectionTemplateRepository;
import org.itilhis.testkit.memory.InMemoryServiceDesk;

/**
 * The inspection rounds on the in-memory demo hospital: desktop support (lead Sun, engineers
 * Liu and Zhou) keeps the machine room round; the machine room, its UPS and the PACS store are
 * in the CMDB; the service levels' calendars are stored. The clock starts on Monday 2 March 2026,
 * 08:00 in Shanghai.
 */
final class InspectionDesk {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    final Hospital hospital = new Hospital();
    final InMemoryServiceDesk desk = hospital.desk;
    final InMemoryInspectionTemplateRepository templates = new InMemoryInspectionTemplateRepository(desk.transactions);
    final InMemoryInspectionScheduleRepository schedules = new InMemoryInspectionScheduleRepository(desk.transactions);
    final InMemoryInspectionRoundRepository rounds = new InMemoryInspectionRoundRepository(desk.transactions);
    final CiId machineRoom;
    final CiId ups;
    final CiId pacsStore;

    InspectionDesk() {
        DemoHospital.configureServiceLevels(desk.levels.administration());
        machineRoom = register("MR-1", "Machine room 1");
        ups = register("UPS-MR1-01", "Machine room 1 UPS");
        pacsStore = register("PACS-STORE-01", "PACS image store");
    }

    private CiId register(String tag, String name) {
        return desk.cmdb.items().handle(new CmdbCommand.RegisterCi(CONFIG_MANAGER_QIAN, "server",
                new CiData(tag, name, null, "Main campus", "Building 7", "B1", "Server room 1", "it", DESKTOP.value(),
                        ServiceCriticality.IMPORTANT, "Emerson", null, Map.of("hostname", tag.toLowerCase(),
                        "ipAddress", "10.1.9." + (20 + tag.length()))),
                CiStatus.IN_USE)).item().id();
    }

    InspectionPorts ports(FaultIncidents faults) {
        return new InspectionPorts(desk.ports, desk.slaConfiguration, desk.configurationItems, faults, templates,
                schedules, rounds);
    }

    Inspections inspections() {
        return inspections(desk.cmdb.faultIncidents());
    }

    Inspections inspections(FaultIncidents faults) {
        return Inspections.create(ports(faults), InspectionSettings.hospitalDefault(), DemoHospital.settings(),
                InMemoryServiceDesk.validator());
    }

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    void later(Duration by) {
        desk.clock.advance(by);
    }

    Instant now() {
        return desk.clock.instant();
    }

    /** The machine room's daily items: temperature, humidity, UPS battery time and status, PACS disk, fire panel. */
    List<InspectionCommand.ItemDefinition> machineRoomItems() {
        return List.of(
                new InspectionCommand.ItemDefinition("temperature", "机房温度 Machine room temperature", ItemKind.READING,
                        null, "°C", new BigDecimal("18"), new BigDecimal("27"), null, null),
                new InspectionCommand.ItemDefinition("humidity", "机房湿度 Humidity", ItemKind.READING, null, "%",
                        new BigDecimal("40"), new BigDecimal("60"), null, null),
                new InspectionCommand.ItemDefinition("ups-battery", "UPS battery time", ItemKind.READING, ups, "min",
                        new BigDecimal("10"), null, null, null),
                new InspectionCommand.ItemDefinition("ups-status", "UPS status", ItemKind.CHOICE, ups, null, null, null,
                        List.of("normal", "on battery", "fault"), Set.of("on battery", "fault")),
                new InspectionCommand.ItemDefinition("pacs-disk", "PACS store disk usage", ItemKind.READING, pacsStore,
                        "%", null, new BigDecimal("85"), null, null),
                new InspectionCommand.ItemDefinition("fire-panel", "Fire suppression panel shows no fault",
                        ItemKind.PASS_FAIL, null, null, null, null, null, null));
    }

    InspectionTemplateView writeMachineRoomTemplate(Inspections inspections) {
        return inspections.inspections().writeTemplate(new InspectionCommand.WriteTemplate(LEAD_SUN, "MR-DAILY",
                DESKTOP, 0L, "机房日常巡检 Machine room daily round", machineRoom, machineRoomItems()));
    }

    /** 08:00 and 20:00 every day on the 24x7 calendar, two hours' grace. */
    InspectionScheduleView scheduleMachineRoom(Inspections inspections) {
        return inspections.inspections().defineSchedule(new InspectionCommand.DefineSchedule(LEAD_SUN, DESKTOP,
                "MR-DAILY", "0 8,20 * * *", CalendarDays.EVERY_DAY, DemoHospital.ROUND_THE_CLOCK, Duration.ofHours(2)));
    }

    /** Every item normal but the temperature, read as given. */
    static List<InspectionCommand.Answer> answers(String temperature) {
        return List.of(
                new InspectionCommand.Answer("temperature", null, temperature, "°C", null, null),
                new InspectionCommand.Answer("humidity", null, "48", "%", null, null),
                new InspectionCommand.Answer("ups-battery", null, "25", "min", null, null),
                new InspectionCommand.Answer("ups-status", null, null, null, "normal", null),
                new InspectionCommand.Answer("pacs-disk", null, "71.5", null, null, null),
                new InspectionCommand.Answer("fire-panel", true, null, null, null, "面板正常"));
    }

    static GroupId group() {
        return DESKTOP;
    }
}
