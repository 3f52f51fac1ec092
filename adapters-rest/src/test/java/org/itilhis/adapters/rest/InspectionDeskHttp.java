package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.adapters.rest.RunningApi.object;

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
 * The demo hospital's inspection rounds over HTTP: the machine room and its UPS in the CMDB, a
 * group's machine room checklist (temperature 18-27 °C, UPS battery time at least 10 min, UPS
 * status, fire panel), scheduled at 08:00 and 20:00 every day on the 24x7 calendar with two
 * hours' grace, and the timer work that makes the rounds due. The clock starts on Monday 2 March
 * 2026, 08:00 in Shanghai.
 */
final class InspectionDeskHttp {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    final RunningApi api;
    final JsonNode machineRoom;
    final JsonNode ups;

    InspectionDeskHttp(RunningApi api) {
        this.api = api;
        api.configureServiceLevels();
        Estate estate = new Estate(api);
        this.machineRoom = estate.register(estate.server("MR-1", "mr1-env", "10.1.9.20"));
        this.ups = estate.register(estate.server("UPS-MR1", "mr1-ups", "10.1.9.21"));
    }

    /** The machine room checklist of {@code group}, under {@code code}. */
    ObjectNode template(String code, GroupId group) {
        ObjectNode body = object().put("code", code).put("group", group.value())
                .put("name", "机房日常巡检 Machine room daily round").put("ci", machineRoom.get("id").asText());
        ArrayNode items = body.putArray("items");
        items.add(object().put("code", "temperature").put("name", "机房温度 Temperature").put("kind", "READING")
                .put("unit", "°C").put("low", 18).put("high", 27));
        items.add(object().put("code", "ups-battery").put("name", "UPS battery time").put("kind", "READING")
                .put("ci", ups.get("id").asText()).put("unit", "min").put("low", 10));
        ObjectNode status = object().put("code", "ups-status").put("name", "UPS 状态").put("kind", "CHOICE")
                .put("ci", ups.get("id").asText());
        status.putArray("options").add("normal").add("on battery").add("fault");
        status.putArray("failingOptions").add("on battery").add("fault");
        items.add(status);
        items.add(object().put("code", "fire-panel").put("name", "Fire panel shows no fault").put("kind", "PASS_FAIL"));
        return body;
    }

    /** {@code lead} writes the template; answers it. */
    JsonNode writeTemplate(Actor lead, ObjectNode body) {
        RunningApi.Reply reply = api.post("/api/v1/inspections/templates").as(lead).json(body).send();
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        return reply.json();
    }

    /** 08:00 and 20:00 every day on the 24x7 calendar, two hours' grace. */
    static ObjectNode twiceDaily(String template, GroupId group) {
        return object().put("group", group.value()).put("template", template).put("cron", "0 8,20 * * *")
                .put("days", "EVERY_DAY").put("calendar", "24x7").put("grace", "PT2H");
    }

    /** {@code lead} schedules the rounds; answers the schedule. */
    JsonNode schedule(Actor lead, ObjectNode body) {
        RunningApi.Reply reply = api.post("/api/v1/inspections/schedules").as(lead).json(body).send();
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        return reply.json();
    }

    /** Runs the timer work: rounds falling due within a day are made, those past their grace flagged missed. */
    void roundsDue() {
        api.inspections.roundsDue().run();
    }

    /** {@code group}'s rounds due from {@code from} to {@code to} (Shanghai times), as {@code actor} reads them. */
    List<JsonNode> rounds(Actor actor, GroupId group, String from, String to) {
        RunningApi.Reply reply = api.get("/api/v1/inspections/rounds?group=" + group.value() + "&from="
                + query(from) + "&to=" + query(to)).as(actor).send();
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        List<JsonNode> rounds = new ArrayList<>();
        reply.json().get("items").forEach(rounds::add);
        return rounds;
    }

    /** The machine room's answers: every item normal but the temperature, {@code temperature} in {@code unit}. */
    static ObjectNode results(JsonNode round, String performedAt, Object temperature, String unit) {
        ObjectNode body = object().put("templateVersion", round.get("templateVersion").asLong())
                .put("performedAt", at(performedAt));
        ArrayNode results = body.putArray("results");
        ObjectNode reading = object().put("item", "temperature").put("unit", unit);
        if (temperature instanceof Number number) {
            reading.put("reading", number.doubleValue());
        } else {
            reading.put("reading", (String) temperature);
        }
        results.add(reading);
        results.add(object().put("item", "ups-battery").put("reading", 25).put("unit", "min"));
        results.add(object().put("item", "ups-status").put("choice", "normal"));
        results.add(object().put("item", "fire-panel").put("passed", true).put("note", "面板正常 panel quiet"));
        return body;
    }

    /** {@code actor} records {@code round} at its version. */
    RunningApi.Reply record(Actor actor, JsonNode round, ObjectNode body) {
        return api.post("/api/v1/inspections/rounds/" + round.get("id").asText() + "/results").as(actor)
                .header("If-Match", etag(round)).json(body).send();
    }

    static String etag(JsonNode record) {
        return "\"" + record.get("version").asLong() + "\"";
    }

    /** {@code local} Shanghai time as an ISO-8601 instant with its offset. */
    static String at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toOffsetDateTime().toString();
    }

    /** {@code local} Shanghai time for a query parameter (its {@code +} escaped). */
    static String query(String local) {
        return at(local).replace("+", "%2B");
    }

    /** Moves the clock on to {@code local} Shanghai time. */
    void advanceTo(String local) {
        api.desk.clock.advance(Duration.between(api.desk.clock.instant(),
                LocalDateTime.parse(local).atZone(SHANGHAI).toInstant()));
    }
}
