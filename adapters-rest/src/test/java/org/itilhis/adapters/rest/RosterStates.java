package org.itilhis.adapters.rest;

import static org.itilhis.adapters.rest.RunningApi.object;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.roster.GroupShifts;
import org.itilhis.core.roster.Handover;
import org.itilhis.core.roster.Roster;
import org.itilhis.core.roster.RosterEntry;
import org.itilhis.core.roster.RosterPeriod;
import org.itilhis.core.roster.RotationPattern;
import org.itilhis.core.roster.Shift;
import org.itilhis.core.roster.ShiftDays;
import org.itilhis.core.roster.ShiftKind;
import org.itilhis.core.roster.Swap;
import org.itilhis.core.roster.SwapKind;
import org.itilhis.core.roster.SwapRequest;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.memory.InMemoryServiceDesk;

/**
 * The duty roster's records in the state a walk's cell needs, put into the in-memory stores
 * directly (as the lead and the engineers would have made them): each group's shifts on a
 * calendar of the walk's own, a roster of April 2026's nights rotating among the group's
 * members, a swap requested on it, a handover to sign. Answers them as the API shows them.
 */
final class RosterStates {
    static final String CALENDAR = "roster-walk";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant AT = Instant.parse("2026-03-01T00:00:00Z");

    private final RunningApi api;
    private final InMemoryServiceDesk desk;
    private final Map<GroupId, Roster> rosters = new HashMap<>();
    private int months;

    RosterStates(RunningApi api) {
        this.api = api;
        this.desk = api.desk;
        desk.levels.administration().addCalendarVersion(Actor.system(), CALENDAR, Instant.EPOCH,
                BusinessCalendar.twentyFourSeven(SHANGHAI), "the roster walk's calendar");
    }

    /** {@code group}'s shifts, defined by its lead before the walk. */
    GroupShifts shifts(GroupId group) {
        return desk.shiftSets.find(group).orElseGet(() -> {
            GroupShifts shifts = GroupShifts.of(group, SHANGHAI, CALENDAR, List.of(
                    Shift.of("NIGHT", "夜班", ShiftKind.NIGHT, LocalTime.of(17, 30), LocalTime.of(8, 0),
                            ShiftDays.EVERY_DAY),
                    Shift.onCall("WEEKEND-ON-CALL", "周末值班", LocalTime.of(8, 0), LocalTime.of(8, 0),
                            ShiftDays.REST_DAYS, Duration.ofMinutes(30))));
            inTransaction(() -> desk.shiftSets.save(shifts));
            return shifts;
        });
    }

    /** {@code group}'s roster of April 2026, as it stands now. */
    JsonNode roster(GroupId group) {
        Roster roster = rosters.computeIfAbsent(group, g -> {
            Roster generated = Roster.generate(desk.rosterStore.nextId(), shifts(g),
                    BusinessCalendar.twentyFourSeven(SHANGHAI), RosterPeriod.of(LocalDate.of(2026, 4, 1),
                            LocalDate.of(2026, 4, 30)), RotationPattern.of(members(g), List.of("NIGHT")),
                    lead(g), AT);
            inTransaction(() -> desk.rosterStore.save(generated));
            return generated;
        });
        return read("/api/v1/rosters/" + desk.rosterStore.find(roster.id()).orElseThrow().id());
    }

    /** A body redefining a group's shifts as they are. */
    static ObjectNode shiftsBody() {
        ObjectNode body = object().put("zone", "Asia/Shanghai").put("calendar", CALENDAR);
        body.putArray("shifts").add(object().put("code", "NIGHT").put("name", "夜班").put("kind", "NIGHT")
                .put("start", "17:30").put("end", "08:00").put("days", "EVERY_DAY"))
                .add(object().put("code", "WEEKEND-ON-CALL").put("name", "周末值班").put("kind", "ON_CALL")
                        .put("start", "08:00").put("end", "08:00").put("days", "REST_DAYS")
                        .put("responseTime", "PT30M"));
        return body;
    }

    /** A body generating {@code group}'s roster of a month of its own, for one cell. */
    ObjectNode generating(GroupId group) {
        shifts(group);
        LocalDate first = LocalDate.of(2030, 1, 1).plusMonths(months++);
        ObjectNode body = object().put("group", group.value()).put("from", first.toString())
                .put("to", first.plusMonths(1).minusDays(1).toString());
        members(group).forEach(member -> body.withArray("engineers").add(member.value()));
        body.putArray("shifts").add("NIGHT");
        return body;
    }

    /** A body asking to give {@code actor}'s night (or the roster's first night) to another engineer. */
    ObjectNode swapBody(Actor actor, JsonNode roster) {
        JsonNode night = night(roster, actor.staffId());
        String counterpart = members(GroupId.of(roster.get("group").asText())).stream().map(StaffId::value)
                .filter(member -> !member.equals(night.get("engineer").asText())).findFirst().orElse("E0100");
        return object().put("kind", "COVER").put("shift", "NIGHT").put("date", night.get("date").asText())
                .put("counterpart", counterpart).put("reason", "walk");
    }

    /** A swap of {@code group}'s roster requested by one engineer to another, waiting for the lead. */
    JsonNode requestedSwap(GroupId group) {
        roster(group);
        Roster stored = desk.rosterStore.find(rosters.get(group).id()).orElseThrow();
        RosterEntry night = stored.duties().get(0);
        StaffId counterpart = members(group).stream().filter(member -> !member.equals(night.engineer())).findFirst()
                .orElse(StaffId.of("E0100"));
        Swap swap = Swap.request(desk.swapStore.nextId(), new SwapRequest(stored.id(), group, SwapKind.COVER,
                night.ref(), counterpart, Optional.empty(), "walk"), AT);
        inTransaction(() -> desk.swapStore.save(swap));
        return read("/api/v1/rosters/swaps/" + swap.id());
    }

    /** A handover of {@code group} from {@code outgoing} to another engineer, unsigned. */
    JsonNode handover(GroupId group, Actor outgoing) {
        StaffId incoming = members(group).stream().filter(member -> !member.equals(outgoing.staffId())).findFirst()
                .orElse(StaffId.of("E0100"));
        Handover handover = Handover.write(desk.handoverStore.nextId(), group, outgoing.staffId(),
                incoming.equals(outgoing.staffId()) ? StaffId.of("E0101") : incoming, AT, List.of(), lead(group), AT);
        inTransaction(() -> desk.handoverStore.save(handover));
        return read("/api/v1/handovers/" + handover.id());
    }

    /** A body writing a handover of {@code group} between two of its members. */
    ObjectNode handoverBody(GroupId group) {
        List<StaffId> members = members(group);
        String incoming = members.size() > 1 ? members.get(1).value() : "E0100";
        return object().put("group", group.value()).put("outgoing", members.get(0).value()).put("incoming", incoming)
                .put("shiftChange", "2026-03-02T08:00:00+08:00");
    }

    private static JsonNode night(JsonNode roster, StaffId engineer) {
        JsonNode first = roster.get("duties").get(0);
        for (JsonNode duty : roster.get("duties")) {
            if (duty.get("engineer").asText().equals(engineer.value())) {
                return duty;
            }
        }
        return first;
    }

    private JsonNode read(String path) {
        RunningApi.Reply reply = api.get(path).as(DemoHospital.DIRECTOR_GAO).send();
        if (reply.status() != 200) {
            throw new AssertionError("cannot read " + path + ": " + reply);
        }
        return reply.json();
    }

    private List<StaffId> members(GroupId group) {
        return List.copyOf(desk.directory.group(group).orElseThrow().members());
    }

    private StaffId lead(GroupId group) {
        return desk.directory.group(group).orElseThrow().lead();
    }

    private void inTransaction(Runnable work) {
        desk.transactions.inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
