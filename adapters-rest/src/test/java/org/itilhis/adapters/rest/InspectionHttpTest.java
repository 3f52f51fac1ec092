package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.adapters.rest.InspectionDeskHttp.etag;
import static org.itilhis.adapters.rest.InspectionDeskHttp.query;
import static org.itilhis.adapters.rest.InspectionDeskHttp.results;
import static org.itilhis.adapters.rest.InspectionDeskHttp.twiceDaily;
import static org.itilhis.adapters.rest.RunningApi.object;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.DESKTOP;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.ENGINEER_ZHOU;
import static org.itilhis.testkit.DemoHospital.HIS_SUPPORT;
import static org.itilhis.testkit.DemoHospital.LEAD_SUN;
import static org.itilhis.testkit.DemoHospital.LEAD_WU;
import static org.itilhis.testkit.DemoHospital.SPECIALIST_HUANG;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The inspection rounds over HTTP: lead Sun writes desktop support's machine room checklist and
 * schedules it at 08:00 and 20:00; the timer makes the rounds; engineer Liu records the evening
 * round with the room at 29.5 °C, which raises an incident on the machine room that the desk
 * reads through the tickets, and the next morning's same failure adds to that incident; the
 * completion rates count both rounds late. The template is revised while its rounds keep their
 * version, the rounds page by cursor and filter by standing, and the bad input (a reading
 * in the wrong unit or not a number, a round recorded twice or in the future, results for another
 * version, a round of another group) is refused in English and Chinese with nothing changed.
 */
class InspectionHttpTest {
    private RunningApi api;
    private InspectionDeskHttp desk;

    @BeforeEach
    void start() {
        api = RunningApi.start();
        desk = new InspectionDeskHttp(api);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aFailedReadingRaisesAnIncidentSeenThroughTheTicketsAndTheNextRoundsSameFailureAddsToIt() {
        ObjectNode checklist = desk.template("MR-DAILY", DESKTOP);
        RunningApi.Reply written = api.post("/api/v1/inspections/templates").as(LEAD_SUN)
                .header("Idempotency-Key", "mr-daily").json(checklist).send();
        assertThat(written.status()).as("%s", written).isEqualTo(201);
        assertThat(written.header("Location")).endsWith("/api/v1/inspections/templates/MR-DAILY");
        assertThat(written.etag()).isEqualTo("\"1\"");
        assertThat(written.json().at("/items/0/range").asText()).isEqualTo("18-27 °C");
        assertThat(written.json().at("/items/1/range").asText()).isEqualTo("≥ 10 min");
        assertThat(written.json().at("/items/2/failingOptions").toString()).isEqualTo("[\"on battery\",\"fault\"]");
        RunningApi.Reply retried = api.post("/api/v1/inspections/templates").as(LEAD_SUN)
                .header("Idempotency-Key", "mr-daily").json(checklist).send();
        assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(api.get("/api/v1/inspections/templates?group=" + DESKTOP.value()).as(ENGINEER_LIU).send().json()
                .at("/items/0/code").asText()).isEqualTo("MR-DAILY");

        JsonNode schedule = desk.schedule(LEAD_SUN, twiceDaily("MR-DAILY", DESKTOP));
        assertThat(schedule.get("nextDue").asText()).isEqualTo("2026-03-02T12:00:00Z");
        assertThat(api.get("/api/v1/inspections/schedules?group=" + DESKTOP.value()).as(ENGINEER_ZHOU).send().json()
                .at("/items/0/id").asText()).isEqualTo(schedule.get("id").asText());
        desk.roundsDue();
        List<JsonNode> rounds = desk.rounds(ENGINEER_LIU, DESKTOP, "2026-03-02T00:00", "2026-03-04T00:00");
        assertThat(rounds).extracting(r -> r.get("due").asText()).startsWith("2026-03-02T12:00:00Z",
                "2026-03-03T00:00:00Z");
        assertThat(rounds.get(0).get("standing").asText()).isEqualTo("DUE");

        desk.advanceTo("2026-03-02T20:05");
        RunningApi.Reply read = api.get("/api/v1/inspections/rounds/" + rounds.get(0).get("id").asText())
                .as(ENGINEER_LIU).send();
        assertThat(read.json().get("standing").asText()).isEqualTo("OVERDUE");
        assertThat(api.get("/api/v1/inspections/rounds/" + rounds.get(0).get("id").asText()).as(ENGINEER_LIU)
                .header("If-None-Match", read.etag()).send().status()).isEqualTo(304);
        RunningApi.Reply recorded = desk.record(ENGINEER_LIU, read.json(), results(read.json(), "2026-03-02T20:04",
                29.5, "°C"));
        assertThat(recorded.status()).as("%s", recorded).isEqualTo(200);
        JsonNode evening = recorded.json();
        assertThat(evening.get("standing").asText()).isEqualTo("LATE");
        assertThat(evening.get("performedBy").asText()).isEqualTo(ENGINEER_LIU.staffId().value());
        assertThat(recorded.etag()).isEqualTo(etag(evening));
        JsonNode temperature = evening.at("/results/0");
        assertThat(temperature.get("failed").asBoolean()).isTrue();
        assertThat(temperature.get("reading").decimalValue()).isEqualByComparingTo("29.5");
        String incident = temperature.get("incident").asText();
        assertThat(incident).startsWith("INC-2026-");
        assertThat(evening.get("results")).filteredOn(r -> r.get("failed").asBoolean()).hasSize(1);

        RunningApi.Reply ticket = api.get("/api/v1/incidents/" + incident).as(AGENT_CHEN).send();
        assertThat(ticket.status()).as("%s", ticket).isEqualTo(200);
        assertThat(ticket.json().get("summary").asText()).contains("29.5 °C");
        assertThat(ticket.json().get("description").asText()).contains("29.5 °C", "18-27 °C",
                evening.get("id").asText());
        JsonNode affected = api.get("/api/v1/tickets/" + ticket.json().get("id").asText() + "/affected-cis")
                .as(AGENT_CHEN).send().json();
        assertThat(affected.at("/cis/0/id").asText()).isEqualTo(desk.machineRoom.get("id").asText());

        Problems.refused(api, 409, "inspection.round.already-recorded", () -> desk.record(ENGINEER_ZHOU, evening,
                results(evening, "2026-03-02T20:05", 22, "°C")));

        desk.advanceTo("2026-03-03T08:10");
        JsonNode morning = api.get("/api/v1/inspections/rounds/" + rounds.get(1).get("id").asText()).as(ENGINEER_ZHOU)
                .send().json();
        RunningApi.Reply again = desk.record(ENGINEER_ZHOU, morning, results(morning, "2026-03-03T08:09", "30.1",
                "°C"));
        assertThat(again.status()).as("%s", again).isEqualTo(200);
        assertThat(again.json().at("/results/0/incident").asText()).as("the same failure adds to the open incident")
                .isEqualTo(incident);
        assertThat(api.get("/api/v1/incidents/" + incident).as(AGENT_CHEN).send().json().get("workLog").toString())
                .contains("30.1 °C");

        JsonNode completion = api.get("/api/v1/inspections/completion?group=" + DESKTOP.value() + "&from="
                + query("2026-03-02T00:00") + "&to=" + query("2026-03-03T12:00")).as(LEAD_SUN).send().json();
        assertThat(completion.at("/byTemplate/0/template").asText()).isEqualTo("MR-DAILY");
        assertThat(completion.at("/byTemplate/0/late").asInt()).isEqualTo(2);
        assertThat(completion.at("/byTemplate/0/completionRate").asDouble()).isEqualTo(1.0);
        assertThat(completion.get("byEngineer")).extracting(e -> e.get("engineer").asText() + " " + e.get("late"))
                .containsExactlyInAnyOrder("E0101 1", "E0102 1");
    }

    @Test
    void aRevisedTemplatesRoundsKeepTheirVersionAndTheRoundsPageByCursorAndFilterByStanding() {
        JsonNode first = desk.writeTemplate(LEAD_SUN, desk.template("MR-DAILY", DESKTOP));
        desk.schedule(LEAD_SUN, twiceDaily("MR-DAILY", DESKTOP).put("cron", "*/30 * * * *").put("grace", "PT10M"));
        desk.roundsDue();
        ObjectNode revision = desk.template("MR-DAILY", DESKTOP);
        revision.remove("code");
        revision.remove("group");
        revision.withArray("items").add(object().put("code", "humidity").put("name", "机房湿度 Humidity")
                .put("kind", "READING").put("unit", "%").put("low", 40).put("high", 60));
        RunningApi.Reply revised = api.put("/api/v1/inspections/templates/MR-DAILY").as(LEAD_SUN)
                .header("If-Match", etag(first)).json(revision).send();
        assertThat(revised.status()).as("%s", revised).isEqualTo(200);
        assertThat(revised.etag()).isEqualTo("\"2\"");
        assertThat(revised.json().get("versions").toString()).isEqualTo("[1,2]");
        JsonNode old = api.get("/api/v1/inspections/templates/MR-DAILY?version=1").as(ENGINEER_LIU).send().json();
        assertThat(old.get("newest").asBoolean()).isFalse();
        assertThat(old.get("items")).hasSize(4);
        Problems.refused(api, 412, "inspection-template.version-conflict", () -> api.put(
                "/api/v1/inspections/templates/MR-DAILY").as(LEAD_SUN).header("If-Match", etag(first))
                .json(revision).send());

        List<JsonNode> all = desk.rounds(ENGINEER_LIU, DESKTOP, "2026-03-02T00:00", "2026-03-04T00:00");
        assertThat(all).hasSizeGreaterThan(40).allSatisfy(r -> assertThat(r.get("templateVersion").asLong())
                .isEqualTo(1));
        List<String> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = api.get("/api/v1/inspections/rounds?group=" + DESKTOP.value() + "&from="
                    + query("2026-03-02T00:00") + "&to=" + query("2026-03-04T00:00") + "&limit=7"
                    + (cursor == null ? "" : "&cursor=" + cursor)).as(ENGINEER_LIU).send().json();
            page.get("items").forEach(r -> paged.add(r.get("id").asText()));
            cursor = page.hasNonNull("next") ? page.get("next").asText() : null;
            pages++;
        } while (cursor != null);
        assertThat(paged).containsExactlyElementsOf(all.stream().map(r -> r.get("id").asText()).toList());
        assertThat(pages).isEqualTo((all.size() + 6) / 7);

        desk.advanceTo("2026-03-02T09:35");
        desk.roundsDue();
        JsonNode missed = api.get("/api/v1/inspections/rounds?group=" + DESKTOP.value() + "&from="
                + query("2026-03-02T00:00") + "&to=" + query("2026-03-04T00:00") + "&standing=MISSED,OVERDUE")
                .as(LEAD_SUN).send().json();
        assertThat(missed.get("items")).extracting(r -> r.get("standing").asText())
                .containsExactly("MISSED", "MISSED", "OVERDUE");
        assertThat(api.desk.notifier.sent()).filteredOn(n -> n.topic().equals("inspection-round.missed"))
                .hasSize(2).allMatch(n -> n.recipient().equals(LEAD_SUN.staffId()));
    }

    @Test
    void badReadingsRoundsRecordedTwiceOrInTheFutureAndAnotherGroupsRoundsAreRefusedAndChangeNothing() {
        desk.writeTemplate(LEAD_SUN, desk.template("MR-DAILY", DESKTOP));
        desk.schedule(LEAD_SUN, twiceDaily("MR-DAILY", DESKTOP));
        desk.roundsDue();
        desk.advanceTo("2026-03-02T20:00");
        JsonNode round = desk.rounds(ENGINEER_LIU, DESKTOP, "2026-03-02T00:00", "2026-03-03T00:00").get(0);

        JsonNode fahrenheit = Problems.refused(api, 422, "inspection.result.wrong-unit", () -> desk.record(
                ENGINEER_LIU, round, results(round, "2026-03-02T19:55", 85, "°F")));
        assertThat(fahrenheit.get("detail").asText()).contains("temperature", "°F", "°C");
        JsonNode chinese = Problems.refused(api, 422, "inspection.result.wrong-unit", () -> api.post(
                "/api/v1/inspections/rounds/" + round.get("id").asText() + "/results").as(ENGINEER_LIU)
                .header("If-Match", etag(round)).header("Accept-Language", "zh-CN")
                .json(results(round, "2026-03-02T19:55", 85, "°F")).send());
        assertThat(chinese.get("detail").asText()).contains("temperature").isNotEqualTo(fahrenheit.get("detail")
                .asText());
        assertThat(Problems.refused(api, 422, "inspection.result.not-a-number", () -> desk.record(ENGINEER_LIU,
                round, results(round, "2026-03-02T19:55", "warm", "°C"))).get("detail").asText())
                .contains("temperature", "warm");
        Problems.refused(api, 422, "inspection.round.performed-in-future", () -> desk.record(ENGINEER_LIU, round,
                results(round, "2026-03-02T20:30", 22, "°C")));
        Problems.refused(api, 422, "inspection.result.other-version", () -> desk.record(ENGINEER_LIU, round,
                results(round, "2026-03-02T19:55", 22, "°C").put("templateVersion", 2)));
        Problems.refused(api, 428, "request.precondition-required", () -> api.post("/api/v1/inspections/rounds/"
                + round.get("id").asText() + "/results").as(ENGINEER_LIU)
                .json(results(round, "2026-03-02T19:55", 22, "°C")).send());

        // another group's round: hidden from HIS support, refused to the desk, which may only read it
        Problems.refused(api, 404, "inspection.round.not-found", () -> desk.record(SPECIALIST_HUANG, round,
                results(round, "2026-03-02T19:55", 22, "°C")));
        Problems.refused(api, 403, "access.denied", () -> desk.record(AGENT_CHEN, round,
                results(round, "2026-03-02T19:55", 22, "°C")));
        Problems.refused(api, 404, "inspection.template.not-found", () -> api.post("/api/v1/inspections/schedules")
                .as(LEAD_WU).json(twiceDaily("MR-DAILY", HIS_SUPPORT)).send());
        Problems.refused(api, 403, "access.denied", () -> api.post("/api/v1/inspections/templates").as(LEAD_WU)
                .json(desk.template("MR-DAILY-2", DESKTOP)).send());

        ObjectNode unitless = desk.template("UPS-WEEKLY", DESKTOP);
        ((ObjectNode) unitless.withArray("items").get(0)).remove("unit");
        assertThat(Problems.refused(api, 422, "inspection.template.reading-without-unit", () -> api.post(
                "/api/v1/inspections/templates").as(LEAD_SUN).json(unitless).send()).get("detail").asText())
                .contains("items[0]", "temperature");
        Problems.refused(api, 422, "schedule.not-a-cron-expression", () -> api.post("/api/v1/inspections/schedules")
                .as(LEAD_SUN).json(twiceDaily("MR-DAILY", DESKTOP).put("cron", "at eight")).send());

        assertThat(Problems.fields(Problems.refused(api, 400, "request.invalid", () -> api.get(
                "/api/v1/inspections/rounds?group=" + DESKTOP.value() + "&from=" + query("2026-03-02T00:00") + "&to="
                        + query("2027-03-04T00:00") + "&standing=LOST&limit=0&cursor=nonsense").as(LEAD_SUN).send())))
                .containsExactlyInAnyOrder("to", "standing", "limit");
        Problems.refused(api, 400, "request.invalid", () -> api.get("/api/v1/inspections/rounds?group="
                + DESKTOP.value() + "&from=" + query("2026-03-02T00:00") + "&to=" + query("2026-03-04T00:00")
                + "&cursor=nonsense").as(LEAD_SUN).send());

        RunningApi.Reply recorded = desk.record(ENGINEER_LIU, round, results(round, "2026-03-02T19:55", 22, "°C"));
        assertThat(recorded.status()).as("%s", recorded).isEqualTo(200);
        assertThat(recorded.json().get("standing").asText()).isEqualTo("ON_TIME");
        assertThat(recorded.json().get("results")).noneMatch(r -> r.get("failed").asBoolean());
        Problems.refused(api, 409, "inspection.round.already-recorded", () -> desk.record(ENGINEER_LIU,
                recorded.json(), results(round, "2026-03-02T19:56", 22, "°C")));
    }
}
