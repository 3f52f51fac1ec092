package org.itilhis.core.inspection;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.itilhis.core.calendar.CalendarDays;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;

/** The machine room's daily checklist of the inspection tests: temperature, humidity, UPS, PACS store, fire panel. */
final class InspectionFixtures {
    static final GroupId INFRASTRUCTURE = GroupId.of("infrastructure");
    static final StaffId LEAD = StaffId.of("E0100");
    static final StaffId LIU = StaffId.of("E0101");
    static final CiId MACHINE_ROOM = new CiId(new UUID(0x18L, 1));
    static final CiId UPS = new CiId(new UUID(0x18L, 2));
    static final Instant AT = Instant.parse("2027-03-01T00:00:00Z");
    /** 08:00 in Shanghai on 2027-03-02. */
    static final Instant DUE = Instant.parse("2027-03-02T00:00:00Z");
    static final Duration GRACE = Duration.ofHours(2);

    private InspectionFixtures() {
    }

    static List<ChecklistItem> items() {
        return List.of(
                ChecklistItem.reading("temperature", "Machine room temperature", Optional.empty(), "°C",
                        Optional.of(new BigDecimal("18")), Optional.of(new BigDecimal("27"))),
                ChecklistItem.reading("humidity", "Humidity", Optional.empty(), "%", Optional.of(new BigDecimal("40")),
                        Optional.of(new BigDecimal("60"))),
                ChecklistItem.reading("ups-battery", "UPS battery time", Optional.of(UPS), "min",
                        Optional.of(new BigDecimal("10")), Optional.empty()),
                ChecklistItem.choice("ups-status", "UPS status", Optional.of(UPS), List.of("normal", "on battery", "fault"),
                        Set.of("on battery", "fault")),
                ChecklistItem.passFail("fire-panel", "Fire suppression panel shows no fault", Optional.empty()));
    }

    static ChecklistTemplate template() {
        return ChecklistTemplate.define("MR-DAILY", INFRASTRUCTURE, "Machine room daily round", MACHINE_ROOM, items(),
                LEAD, AT);
    }

    static InspectionSchedule schedule() {
        return InspectionSchedule.define(new ScheduleId(new UUID(0x5CL, 1)), INFRASTRUCTURE, "MR-DAILY",
                "0 8,20 * * *", CalendarDays.EVERY_DAY, "24x7", GRACE, LEAD, AT);
    }

    static InspectionRound round(ChecklistTemplate template) {
        return InspectionRound.fallDue(new RoundId(new UUID(0x20L, 1)), schedule().snapshot(), template, DUE,
                Actor.SYSTEM_ID, AT);
    }

    /** Answers for every item: {@code temperature} as given, the rest normal. */
    static List<ItemAnswer> answers(String temperature) {
        return List.of(ItemAnswer.reading("temperature", temperature, "°C"), ItemAnswer.reading("humidity", "45", "%"),
                ItemAnswer.reading("ups-battery", "25", null), ItemAnswer.choice("ups-status", "normal"),
                ItemAnswer.passed("fire-panel", true));
    }
}
