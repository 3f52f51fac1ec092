package org.itilhis.adapters.rest;

import static org.itilhis.adapters.rest.RunningApi.object;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.calendar.CalendarDays;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.inspection.ItemKind;
import org.itilhis.core.inspection.RoundStanding;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.ports.operations.in.InspectionCommand;
import org.itilhis.ports.operations.in.RoundView;
import org.itilhis.testkit.DemoHospital;

/**
 * The inspection rounds of the access walk, prepared before it through the use cases by each
 * group's lead: for desktop support, HIS application support and the network, a one-item
 * checklist on the walk's printer, scheduled every five minutes with a week's grace, so that
 * the timer makes a day of rounds that may all be recorded now; each cell that records takes a
 * round of its own.
 */
final class InspectionStates {
    static final String CALENDAR = "inspection-walk";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Map<GroupId, Actor> LEADS = Map.of(DemoHospital.DESKTOP, DemoHospital.LEAD_SUN,
            DemoHospital.HIS_SUPPORT, DemoHospital.LEAD_WU, DemoHospital.NETWORK, DemoHospital.NETWORK_MA);

    private final RunningApi api;
    private final Map<GroupId, Deque<RoundView>> rounds = new HashMap<>();

    InspectionStates(RunningApi api, String printer) {
        this.api = api;
        api.desk.levels.administration().addCalendarVersion(Actor.system(), CALENDAR, Instant.EPOCH,
                BusinessCalendar.twentyFourSeven(SHANGHAI), "the inspection walk's calendar");
        Instant now = api.desk.clock.instant();
        LEADS.forEach((group, lead) -> {
            api.inspections.inspections().writeTemplate(new InspectionCommand.WriteTemplate(lead, template(group),
                    group, 0L, "巡检 walk round", CiId.parse(printer), List.of(new InspectionCommand.ItemDefinition(
                    "ok", "All well", ItemKind.PASS_FAIL, null, null, null, null, null, null))));
            api.inspections.inspections().defineSchedule(new InspectionCommand.DefineSchedule(lead, group,
                    template(group), "*/5 * * * *", CalendarDays.EVERY_DAY, CALENDAR, Duration.ofDays(7)));
        });
        api.inspections.roundsDue().run();
        LEADS.forEach((group, lead) -> rounds.put(group, new ArrayDeque<>(api.inspections.queries().rounds(lead, group,
                now, now.plus(Duration.ofDays(2)), EnumSet.of(RoundStanding.DUE)))));
    }

    /** The code of {@code group}'s walk template. */
    static String template(GroupId group) {
        return "WALK-" + group.value().toUpperCase(java.util.Locale.ROOT);
    }

    /** A round of {@code group} no cell has had yet. */
    RoundView round(GroupId group) {
        return rounds.get(group).pop();
    }

    /** A round of {@code group} that every cell may read. */
    RoundView anyRound(GroupId group) {
        return rounds.get(group).peekLast();
    }

    /** The results of {@code round}, performed now: all well. */
    ObjectNode results(RoundView round) {
        ObjectNode body = object().put("templateVersion", round.state().templateVersion())
                .put("performedAt", api.desk.clock.instant().toString());
        body.putArray("results").add(object().put("item", "ok").put("passed", true));
        return body;
    }

    /** A new template of {@code group} on the walk's printer, under {@code code}. */
    static ObjectNode templateBody(GroupId group, String code, String printer) {
        ObjectNode body = object().put("code", code).put("group", group.value()).put("name", "巡检 walk round")
                .put("ci", printer);
        body.putArray("items").add(object().put("code", "ok").put("name", "All well").put("kind", "PASS_FAIL"));
        return body;
    }

    /** A schedule of {@code group}'s walk template. */
    static ObjectNode scheduleBody(GroupId group) {
        return object().put("group", group.value()).put("template", template(group)).put("cron", "0 8 * * *")
                .put("days", "EVERY_DAY").put("calendar", CALENDAR).put("grace", "PT1H");
    }

    static String id(RoundView round) {
        return round.id().toString();
    }

    static String etag(RoundView round) {
        return "\"" + round.version() + "\"";
    }
}
