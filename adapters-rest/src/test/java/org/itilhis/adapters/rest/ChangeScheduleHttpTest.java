package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.adapters.rest.ChangeDeskHttp.at;
import static org.itilhis.adapters.rest.ChangeDeskHttp.id;
import static org.itilhis.adapters.rest.ChangeDeskHttp.raising;
import static org.itilhis.adapters.rest.RunningApi.object;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.CHANGE_MANAGER_LIN;
import static org.itilhis.testkit.DemoHospital.SPECIALIST_HUANG;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The forward schedule over HTTP: as JSON with its conflicts and blackout occurrences, as an
 * iCalendar feed (by {@code Accept} or at {@code .ics}) that ical4j reads back, the dry-run check
 * of a proposed window, and the change configuration kept by the change manager.
 */
class ChangeScheduleHttpTest {
    private static final DateTimeFormatter ICAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String WEEK = "?from=2026-03-01T16:00:00Z&to=2026-03-08T16:00:00Z";
    private RunningApi api;
    private ChangeDeskHttp desk;

    @BeforeEach
    void start() {
        api = RunningApi.start();
        desk = new ChangeDeskHttp(api);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void theScheduleListsTheChangesWithTheirConflictsAndTheBlackoutsAndTheFeedReadsBackInAnyCalendar()
            throws Exception {
        JsonNode pacs = desk.scheduled(raising("NORMAL", "2026-03-04T02:00", "2026-03-04T04:00", desk.pacsServer(1)));
        JsonNode emergency = desk.approved(raising("EMERGENCY", "2026-03-03T09:00", "2026-03-03T10:00",
                desk.hisServer(1)));
        desk.step(CHANGE_MANAGER_LIN, emergency, "schedule", object().put("windowStart", at("2026-03-03T09:00"))
                .put("windowEnd", at("2026-03-03T10:00")).put("conflictOverride", "HIS node compromised"));

        JsonNode schedule = api.get("/api/v1/change-schedule" + WEEK).as(AGENT_CHEN).send().json();

        assertThat(schedule.get("changes")).extracting(e -> e.at("/change/number").asText())
                .containsExactly(emergency.get("number").asText(), pacs.get("number").asText());
        assertThat(schedule.at("/changes/0/conflicts/0/kind").asText()).isEqualTo("BLACKOUT");
        assertThat(schedule.at("/changes/1/conflicts")).isEmpty();
        assertThat(schedule.get("blackouts")).hasSize(5)
                .allSatisfy(b -> assertThat(b.get("window").asText()).isEqualTo(ChangeDeskHttp.BLACKOUT));

        RunningApi.Reply negotiated = api.get("/api/v1/change-schedule" + WEEK).as(AGENT_CHEN)
                .header("Accept", "text/calendar").send();
        RunningApi.Reply feed = api.get("/api/v1/change-schedule.ics" + WEEK).as(AGENT_CHEN).send();
        assertThat(negotiated.header("Content-Type")).startsWith("text/calendar");
        assertThat(feed.status()).isEqualTo(200);
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.text()));
        Map<String, VEvent> events = calendar.<VEvent>getComponents("VEVENT").stream()
                .collect(Collectors.toMap(e -> value(e, "UID"), Function.identity()));
        assertThat(events).hasSize(7);
        VEvent pacsEvent = events.get("change-" + pacs.get("id").asText() + "@itilhis");
        assertThat(value(pacsEvent, "SUMMARY")).isEqualTo(pacs.get("number").asText() + " " + pacs.get("summary")
                .asText());
        assertThat(value(pacsEvent, "DTSTART")).isEqualTo(ICAL.format(Instant.parse(pacs.get("windowStart").asText())));
        assertThat(value(pacsEvent, "DTEND")).isEqualTo(ICAL.format(Instant.parse(pacs.get("windowEnd").asText())));
        assertThat(value(pacsEvent, "DESCRIPTION")).contains(id(desk.pacsServer(1)));
        VEvent hisEvent = events.get("change-" + emergency.get("id").asText() + "@itilhis");
        assertThat(value(hisEvent, "DESCRIPTION")).contains("BLACKOUT", "HIS outpatient peak");
        assertThat(events.values()).filteredOn(e -> value(e, "SUMMARY").startsWith("BLACKOUT")).hasSize(5);
        assertThat(new CalendarBuilder().build(new StringReader(negotiated.text())).getComponents("VEVENT"))
                .hasSize(7);
        JsonNode period = Problems.refused(api, 400, "request.invalid", () -> api.get(
                "/api/v1/change-schedule?from=2026-03-09T00:00:00Z&to=2026-03-02T00:00:00Z").as(AGENT_CHEN).send());
        assertThat(Problems.fields(period)).containsExactly("to");
    }

    @Test
    void theDryRunTellsWhetherAWindowIsClearWithoutSchedulingAnything() {
        ObjectNode inThePeak = object().put("windowStart", at("2026-03-03T09:00")).put("windowEnd",
                at("2026-03-03T10:00")).put("outage", "WHOLE_WINDOW");
        inThePeak.putArray("touchedCis").add(id(desk.hisServer(1)));
        int events = api.eventCount();

        JsonNode refused = api.post("/api/v1/change-schedule/check").as(SPECIALIST_HUANG).json(inThePeak).send().json();
        JsonNode clear = api.post("/api/v1/change-schedule/check").as(SPECIALIST_HUANG).json(inThePeak.deepCopy()
                .put("windowStart", at("2026-03-03T13:00")).put("windowEnd", at("2026-03-03T14:00"))).send().json();

        assertThat(refused.get("clear").asBoolean()).isFalse();
        assertThat(refused.at("/conflicts/0/kind").asText()).isEqualTo("BLACKOUT");
        assertThat(refused.at("/conflicts/0/path")).extracting(JsonNode::asText)
                .endsWith(id(desk.estate.outpatientRegistration()));
        assertThat(clear.get("clear").asBoolean()).isTrue();
        assertThat(api.eventCount()).isEqualTo(events);
        Problems.refused(api, 400, "request.invalid", () -> api.post("/api/v1/change-schedule/check")
                .as(SPECIALIST_HUANG).json(inThePeak.deepCopy().put("windowEnd", at("2026-03-03T08:00"))).send());
    }

    @Test
    void theChangeManagerKeepsTheTemplatesBoardsAndWindowsAndOthersReadThem() {
        JsonNode template = api.get("/api/v1/change-templates/ward-printer-swap").as(AGENT_CHEN).send().json();
        assertThat(template.get("risk").asText()).isEqualTo("LOW");
        assertThat(template.at("/windows/0/from").asText()).isEqualTo("14:00");
        assertThat(api.get("/api/v1/change-templates").as(AGENT_CHEN).send().json().get("items")).hasSize(1);
        assertThat(api.get("/api/v1/cab").as(AGENT_CHEN).send().json().get("items"))
                .extracting(b -> b.get("id").asText()).containsExactly("cab", "ecab");
        assertThat(api.get("/api/v1/cab/ecab").as(AGENT_CHEN).send().json().get("emergency").asBoolean()).isTrue();
        Problems.refused(api, 404, "change.cab.not-found", () -> api.get("/api/v1/cab/nope").as(AGENT_CHEN).send());

        ObjectNode freeze = object().put("name", "Spring Festival freeze 春节封网").put("kind", "BLACKOUT")
                .put("start", "2027-02-05T00:00").put("end", "2027-02-12T00:00");
        freeze.putArray("attachedTo").add(id(desk.estate.his()));
        RunningApi.Reply defined = api.put("/api/v1/blackout-windows/spring-festival-2027").as(CHANGE_MANAGER_LIN)
                .json(freeze).send();
        assertThat(defined.status()).as("%s", defined).isEqualTo(200);
        assertThat(defined.json().get("start").asText()).isEqualTo("2027-02-05T00:00");
        assertThat(api.get("/api/v1/blackout-windows").as(AGENT_CHEN).send().json().get("items")).hasSize(2);
        JsonNode backwards = Problems.refused(api, 422, "change-window.ends-before-start", () -> api.put(
                "/api/v1/blackout-windows/spring-festival-2027").as(CHANGE_MANAGER_LIN).header("Accept-Language",
                "zh-CN").json(freeze.deepCopy().put("end", "2027-02-01T00:00")).send());
        assertThat(backwards.get("detail").asText()).containsPattern("\\p{IsHan}");
        Problems.refused(api, 403, "access.denied", () -> api.delete("/api/v1/blackout-windows/spring-festival-2027")
                .as(AGENT_CHEN).send());
        assertThat(api.delete("/api/v1/blackout-windows/spring-festival-2027").as(CHANGE_MANAGER_LIN).send().status())
                .isEqualTo(204);
        Problems.refused(api, 404, "change-window.not-found", () -> api.get(
                "/api/v1/blackout-windows/spring-festival-2027").as(AGENT_CHEN).send());
        assertThat(List.of(api.get("/api/v1/blackout-windows/" + ChangeDeskHttp.BLACKOUT).as(AGENT_CHEN).send()
                .json().at("/weekly/days").size())).containsExactly(5);
    }

    private static String value(VEvent event, String property) {
        return event.<Property>getProperty(property).orElseThrow().getValue();
    }
}
