package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.adapters.rest.RunningApi.object;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.ENGINEER_ZHOU;
import static org.itilhis.testkit.DemoHospital.LEAD_SUN;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;

/**
 * The demo hospital's duty roster over HTTP: a group's shifts as lead Sun defines them for
 * desktop support (a day 08:00-17:30 on working days, an evening 16:00-22:00, a night 17:30-08:00
 * every day, a weekend on-call 08:00-08:00 on rest days answering within 30 minutes), on the
 * office-hours calendar, and a month of nights generated for Liu, Zhou and Sun. The clock is on
 * Monday 2 March 2026, 08:00 in Shanghai.
 */
final class RosterDeskHttp {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final List<Actor> ROTATION = List.of(ENGINEER_LIU, ENGINEER_ZHOU, LEAD_SUN);

    final RunningApi api;

    RosterDeskHttp(RunningApi api) {
        this.api = api;
        api.configureServiceLevels();
    }

    static ObjectNode shifts() {
        ObjectNode body = object().put("zone", "Asia/Shanghai").put("calendar", "office-hours");
        ArrayNode shifts = body.putArray("shifts");
        shifts.add(shift("DAY", "白班", "DAY", "08:00", "17:30", "WORKING_DAYS").put("englishName", "Day"));
        shifts.add(shift("EVENING", "中班", "EVENING", "16:00", "22:00", "EVERY_DAY"));
        shifts.add(shift("NIGHT", "夜班", "NIGHT", "17:30", "08:00", "EVERY_DAY"));
        shifts.add(shift("WEEKEND-ON-CALL", "周末值班", "ON_CALL", "08:00", "08:00", "REST_DAYS")
                .put("responseTime", "PT30M"));
        return body;
    }

    static ObjectNode shift(String code, String name, String kind, String start, String end, String days) {
        return object().put("code", code).put("name", name).put("kind", kind).put("start", start).put("end", end)
                .put("days", days);
    }

    /** Lead {@code lead} defines {@code group}'s first shift set; answers it. */
    JsonNode defineShifts(Actor lead, GroupId group, ObjectNode body) {
        RunningApi.Reply reply = api.put("/api/v1/shifts/" + group.value()).as(lead).header("If-None-Match", "*")
                .json(body).send();
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.json();
    }

    /** A body generating {@code group}'s roster from {@code from} to {@code to}, nights rotating among {@code engineers}. */
    static ObjectNode generating(GroupId group, String from, String to, List<Actor> engineers, String... shifts) {
        ObjectNode body = object().put("group", group.value()).put("from", from).put("to", to);
        ArrayNode rotation = body.putArray("engineers");
        engineers.forEach(engineer -> rotation.add(engineer.staffId().value()));
        ArrayNode rotating = body.putArray("shifts");
        for (String shift : shifts) {
            rotating.add(shift);
        }
        return body;
    }

    /** Lead {@code lead} generates a roster; answers it. */
    JsonNode generate(Actor lead, ObjectNode body) {
        RunningApi.Reply reply = api.post("/api/v1/rosters").as(lead).json(body).send();
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        return reply.json();
    }

    /** The duties of {@code roster} on {@code shift}. */
    static List<JsonNode> duties(JsonNode roster, String shift) {
        List<JsonNode> duties = new ArrayList<>();
        roster.get("duties").forEach(duty -> {
            if (duty.get("shift").asText().equals(shift)) {
                duties.add(duty);
            }
        });
        return duties;
    }

    /** {@code engineer}'s first duty on {@code shift} of {@code roster}. */
    static JsonNode firstDuty(JsonNode roster, String shift, Actor engineer) {
        return duties(roster, shift).stream().filter(duty -> duty.get("engineer").asText()
                .equals(engineer.staffId().value())).findFirst().orElseThrow();
    }

    /** Who holds {@code shift} on {@code date}, in the on-call order. */
    static List<String> holders(JsonNode roster, String shift, String date) {
        return duties(roster, shift).stream().filter(duty -> duty.get("date").asText().equals(date))
                .map(duty -> duty.get("engineer").asText()).toList();
    }

    static ObjectNode duty(Actor engineer, String shift, String date) {
        return object().put("engineer", engineer.staffId().value()).put("shift", shift).put("date", date);
    }

    /** {@code actor} edits {@code roster} ({@code assign}, {@code remove}, {@code replace}) at its version. */
    RunningApi.Reply edit(Actor actor, JsonNode roster, String step, ObjectNode body) {
        return api.post("/api/v1/rosters/" + roster.get("id").asText() + "/" + step).as(actor)
                .header("If-Match", etag(roster)).json(body).send();
    }

    JsonNode read(Actor actor, JsonNode roster) {
        RunningApi.Reply reply = api.get("/api/v1/rosters/" + roster.get("id").asText()).as(actor).send();
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.json();
    }

    static String etag(JsonNode record) {
        return "\"" + record.get("version").asLong() + "\"";
    }

    /** {@code local} Shanghai time as an ISO-8601 instant with its offset. */
    static String at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toOffsetDateTime().toString();
    }

    /** Moves the clock on to {@code local} Shanghai time. */
    void advanceTo(String local) {
        api.desk.clock.advance(Duration.between(api.desk.clock.instant(),
                LocalDateTime.parse(local).atZone(SHANGHAI).toInstant()));
    }
}
