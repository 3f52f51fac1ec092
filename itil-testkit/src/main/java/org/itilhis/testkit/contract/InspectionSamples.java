package org.itilhis.testkit.contract;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.itilhis.core.calendar.CalendarDays;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.inspection.ChecklistItem;
import org.itilhis.core.inspection.ChecklistTemplate;
import org.itilhis.core.inspection.InspectionRound;
import org.itilhis.core.inspection.InspectionSchedule;
import org.itilhis.core.inspection.ItemAnswer;
import org.itilhis.core.inspection.ItemResult;
import org.itilhis.core.inspection.ScheduleId;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;

/** The inspection contracts' samples: the machine room's daily checklist, its schedule and rounds. */
final class InspectionSamples {
    static final GroupId INFRASTRUCTURE = GroupId.of("infrastructure");
    static final GroupId NETWORK = GroupId.of("network");
    static final StaffId LIU = StaffId.of("E0101");
    static final StaffId LEAD = StaffId.of("E0100");
    static final CiId MACHINE_ROOM = new CiId(new UUID(0x18L, 1));
    static final CiId UPS = new CiId(new UUID(0x18L, 2));
    static final CiId PACS_STORE = new CiId(new UUID(0x18L, 3));
    static final Instant AT = Instant.parse("2027-03-01T00:00:00.123456Z");

    private InspectionSamples() {
    }

    /** Every kind of item, open and closed ranges, an item's own CI, names in Chinese. */
    static List<ChecklistItem> machineRoomItems() {
        return List.of(
                ChecklistItem.reading("temperature", "机房温度", Optional.empty(), "°C",
                        Optional.of(new BigDecimal("18")), Optional.of(new BigDecimal("27"))),
                ChecklistItem.reading("humidity", "机房湿度", Optional.empty(), "%", Optional.of(new BigDecimal("40")),
                        Optional.of(new BigDecimal("60"))),
                ChecklistItem.reading("ups-battery", "UPS battery time", Optional.of(UPS), "min",
                        Optional.of(new BigDecimal("10.5")), Optional.empty()),
                ChecklistItem.reading("pacs-disk", "PACS store disk usage", Optional.of(PACS_STORE), "%",
                        Optional.empty(), Optional.of(new BigDecimal("85"))),
                ChecklistItem.choice("ups-status", "UPS 状态", Optional.of(UPS), List.of("normal", "on battery", "fault"),
                        Set.of("on battery", "fault")),
                ChecklistItem.passFail("fire-panel", "Fire suppression panel shows no fault", Optional.empty()));
    }

    static ChecklistTemplate template(String code, GroupId group) {
        return ChecklistTemplate.define(code, group, "机房日常巡检 machine room daily round", MACHINE_ROOM,
                machineRoomItems(), LEAD, AT);
    }

    static InspectionSchedule schedule(ScheduleId id, GroupId group, String template) {
        return InspectionSchedule.define(id, group, template, "0 8,20 * * *", CalendarDays.EVERY_DAY, "24x7",
                Duration.ofHours(2), LEAD, AT);
    }

    static InspectionRound round(InspectionSchedule schedule, ChecklistTemplate template, Instant due,
                                 org.itilhis.core.inspection.RoundId id) {
        return InspectionRound.fallDue(id, schedule.snapshot(), template, due, Actor.SYSTEM_ID, AT);
    }

    /** Records {@code round} performed at its due time: the temperature out of range (incident {@code incident}). */
    static void recordWarm(InspectionRound round, ChecklistTemplate template, String incident) {
        List<ItemAnswer> answers = List.of(
                ItemAnswer.reading("temperature", "29.5", "°C"),
                ItemAnswer.reading("humidity", "45", null),
                ItemAnswer.reading("ups-battery", "12", "min"),
                ItemAnswer.reading("pacs-disk", "71.25", "%"),
                ItemAnswer.choice("ups-status", "normal"),
                new ItemAnswer("fire-panel", Optional.of(true), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.of("面板正常 panel quiet")));
        List<ItemResult> results = round.evaluate(template, template.version(), answers, round.due(), round.due())
                .stream().map(r -> r.failed() ? r.withIncident(incident) : r).toList();
        round.record(template, LIU, round.due(), results, LIU, round.due().plusSeconds(60));
    }
}
