package org.itilhis.adapters.jdbc;

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
import org.itilhis.core.inspection.RoundId;
import org.itilhis.core.inspection.ScheduleId;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;

/**
 * The inspection rounds' records through every event their types have, built with the core's own
 * commands: the machine room's checklist written and revised, its twice-daily schedule defined,
 * changed and retired, and its rounds made due, recorded with a reading out of range (its
 * incident linked) and missed with the lead told.
 */
final class InspectionLives {
    static final GroupId INFRASTRUCTURE = GroupId.of("infrastructure");
    static final StaffId LEAD = StaffId.of("E0300");
    static final StaffId ZHANG = StaffId.of("E0301");
    static final CiId MACHINE_ROOM = new CiId(new UUID(0x28L, 1));
    static final CiId UPS = new CiId(new UUID(0x28L, 2));
    static final Instant AT = Instant.parse("2027-03-01T00:00:00.123456789Z");
    /** 08:00 in Shanghai on Tuesday 2 March 2027. */
    static final Instant MORNING = Instant.parse("2027-03-02T00:00:00Z");

    private InspectionLives() {
    }

    static ChecklistTemplate template() {
        return ChecklistTemplate.define("MR-DAILY", INFRASTRUCTURE, "机房日常巡检 machine room daily round", MACHINE_ROOM,
                List.of(ChecklistItem.reading("temperature", "机房温度", Optional.empty(), "°C",
                                Optional.of(new BigDecimal("18")), Optional.of(new BigDecimal("27.0"))),
                        ChecklistItem.choice("ups-status", "UPS 状态", Optional.of(UPS),
                                List.of("normal", "on battery", "fault"), Set.of("on battery", "fault")),
                        ChecklistItem.passFail("fire-panel", "Fire suppression panel shows no fault",
                                Optional.empty())), LEAD, AT);
    }

    /** The template's second version: humidity added. */
    static ChecklistTemplate revised() {
        ChecklistTemplate first = template();
        List<ChecklistItem> items = new java.util.ArrayList<>(first.items());
        items.add(ChecklistItem.reading("humidity", "机房湿度", Optional.empty(), "%", Optional.of(new BigDecimal("40")),
                Optional.of(new BigDecimal("60"))));
        return first.revise(first.name(), MACHINE_ROOM, items, LEAD, AT.plusSeconds(60));
    }

    /** The twice-daily schedule, defined, changed to a two-hour grace, and retired. */
    static InspectionSchedule retiredSchedule() {
        InspectionSchedule schedule = InspectionSchedule.define(new ScheduleId(UUID.randomUUID()), INFRASTRUCTURE,
                "MR-DAILY", "0 8,20 * * *", CalendarDays.EVERY_DAY, "24x7", Duration.ofHours(1), LEAD, AT);
        schedule.change("MR-DAILY", "0 8,20 * * *", CalendarDays.EVERY_DAY, "24x7", Duration.ofHours(2), LEAD,
                AT.plusSeconds(120));
        schedule.retire(LEAD, AT.plusSeconds(180));
        return schedule;
    }

    /** A round due in the morning, recorded by Zhang with the temperature out of range. */
    static InspectionRound recordedRound(InspectionSchedule schedule, String incident) {
        ChecklistTemplate template = template();
        InspectionRound round = InspectionRound.fallDue(new RoundId(UUID.randomUUID()), schedule.snapshot(), template,
                MORNING, Actor.SYSTEM_ID, AT);
        List<ItemAnswer> answers = List.of(ItemAnswer.reading("temperature", "29.5", "°C"),
                ItemAnswer.choice("ups-status", "normal"), ItemAnswer.passed("fire-panel", true));
        List<ItemResult> results = round.evaluate(template, 1, answers, MORNING.plusSeconds(300),
                MORNING.plusSeconds(600)).stream().map(r -> r.failed() ? r.withIncident(incident) : r).toList();
        round.record(template, ZHANG, MORNING.plusSeconds(300), results, ZHANG, MORNING.plusSeconds(600));
        return round;
    }

    /** A round due in the evening, missed and flagged to the lead. */
    static InspectionRound missedRound(InspectionSchedule schedule) {
        InspectionRound round = InspectionRound.fallDue(new RoundId(UUID.randomUUID()), schedule.snapshot(), template(),
                MORNING.plusSeconds(43_200), Actor.SYSTEM_ID, AT);
        round.miss(Optional.of(LEAD), Actor.SYSTEM_ID, round.closes().plusSeconds(60));
        return round;
    }
}
