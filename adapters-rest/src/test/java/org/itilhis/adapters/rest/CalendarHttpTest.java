package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.adapters.rest.Problems.refused;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.DIRECTOR_GAO;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.calendar.ChinaMainland;
import org.itilhis.core.calendar.WorkingPeriod;
import org.itilhis.testkit.DemoHospital;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Business calendars over HTTP: their names, their versions with the periods of a date, and
 * new versions sent as calendar documents, as text or wrapped in JSON.
 */
class CalendarHttpTest {
    private static final String PACS_HOURS = """
            NAME PACS reading room
            ZONE Asia/Shanghai
            WEEKLY MON..FRI 08:00-12:00,13:30-17:30
            WEEKLY SAT 08:00-12:00
            2026-10-01..2026-10-07 HOLIDAY 国庆节
            """;

    private RunningApi api;

    @BeforeEach
    void start() {
        api = RunningApi.start();
        api.configureServiceLevels();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private RunningApi.Reply postDocument(String name, String effectiveFrom, String reason, String document) {
        return api.post("/api/v1/calendars/" + name + "/versions?effectiveFrom=" + encode(effectiveFrom) + "&reason="
                + encode(reason)).as(DIRECTOR_GAO).raw("text/plain; charset=UTF-8", document).send();
    }

    @Test
    void theStoredCalendarsAreListedByName() {
        RunningApi.Reply reply = api.get("/api/v1/calendars").as(AGENT_CHEN).send();

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.json().get("names")).extracting(JsonNode::asText)
                .containsExactly(DemoHospital.ROUND_THE_CLOCK, DemoHospital.OFFICE_HOURS);
        refused(api, 403, "access.denied", () -> api.get("/api/v1/calendars").as(NURSE_WANG).send());
    }

    @Test
    void aCalendarShowsItsVersionsAndThePeriodsOfTheDateAskedFor() {
        LocalDate adjustedSaturday = LocalDate.parse("2026-02-14");
        BusinessCalendar office = ChinaMainland.officeHours();

        RunningApi.Reply reply = api.get("/api/v1/calendars/office-hours?date=" + adjustedSaturday).as(AGENT_CHEN)
                .send();

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.json().get("name").asText()).isEqualTo("office-hours");
        JsonNode version = reply.json().get("versions").get(0);
        assertThat(version.has("effectiveFrom")).as("the first version is in force since the beginning").isFalse();
        assertThat(version.get("name").asText()).as("stored under the name it is managed by").isEqualTo("office-hours");
        assertThat(version.get("zone").asText()).isEqualTo("Asia/Shanghai");
        assertThat(version.at("/weekly/MONDAY")).extracting(JsonNode::asText)
                .containsExactlyElementsOf(strings(office.weekly().get(java.time.DayOfWeek.MONDAY)));
        assertThat(version.at("/weekly/SUNDAY")).isEmpty();
        assertThat(version.get("ruleCount").asInt()).isEqualTo(office.rules().size()).isPositive();
        assertThat(version.at("/day/date").asText()).isEqualTo("2026-02-14");
        assertThat(version.at("/day/periods")).extracting(JsonNode::asText)
                .containsExactlyElementsOf(strings(office.periodsOn(adjustedSaturday)));
        assertThat(version.at("/day/periods")).isNotEmpty();
    }

    @Test
    void anUnknownCalendarIsNotFoundInTheReadersLanguage() {
        refused(api, 404, "calendar.not-found", () -> api.get("/api/v1/calendars/nonesuch").as(AGENT_CHEN).send());
        JsonNode problem = refused(api, 404, "calendar.not-found", () -> api.get("/api/v1/calendars/nonesuch")
                .as(AGENT_CHEN).header("Accept-Language", "zh-CN").send());
        assertThat(problem.get("detail").asText()).isEqualTo("找不到工作日历 nonesuch");
    }

    @Test
    void aMalformedDateIsNamed() {
        JsonNode problem = refused(api, 400, "request.invalid", () -> api.get("/api/v1/calendars/24x7?date=14.2.2026")
                .as(AGENT_CHEN).send());
        assertThat(Problems.fields(problem)).containsExactly("date");
    }

    @Test
    void aNewCalendarIsAddedAsAPlainTextDocument() {
        int events = api.eventCount();

        RunningApi.Reply reply = postDocument("pacs-hours", "2026-03-01T00:00:00+08:00", "PACS 阅片室工作时间",
                PACS_HOURS);

        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        assertThat(reply.header("Location")).endsWith("/api/v1/calendars/pacs-hours");
        JsonNode version = reply.json().get("versions").get(0);
        assertThat(version.get("name").asText()).as("the document's NAME gives way to the path's")
                .isEqualTo("pacs-hours");
        assertThat(version.at("/weekly/SATURDAY")).extracting(JsonNode::asText).containsExactly("08:00-12:00");
        assertThat(version.get("ruleCount").asInt()).isEqualTo(7);
        assertThat(api.eventCount()).isEqualTo(events + 1);
        assertThat(api.get("/api/v1/calendars/pacs-hours?date=2026-10-03").as(AGENT_CHEN).send().json()
                .at("/versions/0/day/periods")).isEmpty();
    }

    @Test
    void aLaterVersionIsAddedAsJsonAndOnlyAfterTheLatest() {
        JsonNode body = RunningApi.object().put("effectiveFrom", "2027-01-01T00:00:00+08:00")
                .put("reason", "the 2027 arrangement is published").put("document", PACS_HOURS);

        RunningApi.Reply reply = api.post("/api/v1/calendars/office-hours/versions").as(DIRECTOR_GAO).json(body)
                .send();

        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        assertThat(reply.json().get("versions")).hasSize(2);
        assertThat(reply.json().at("/versions/1/effectiveFrom").asText()).isEqualTo("2026-12-31T16:00:00Z");
        JsonNode again = refused(api, 400, "request.invalid", () -> api.post("/api/v1/calendars/office-hours/versions")
                .as(DIRECTOR_GAO).json(body).send());
        assertThat(Problems.fields(again)).containsExactly("effectiveFrom");
        assertThat(again.at("/errors/0/message").asText()).contains("2026-12-31T16:00:00Z");
    }

    @Test
    void aVersionsDocumentIsReadEditedAndSentBackAsTheNextVersion() {
        RunningApi.Reply read = api.get("/api/v1/calendars/office-hours/document").as(AGENT_CHEN).send();
        assertThat(read.status()).as("%s", read).isEqualTo(200);
        assertThat(read.header("Content-Type")).startsWith("text/plain");
        assertThat(read.text()).startsWith("NAME office-hours\n");
        String edited = read.text() + "2027-03-06 EXTRA_HOURS 09:00-12:00 EMR go-live weekend\n";

        RunningApi.Reply added = postDocument("office-hours", "2027-01-01T00:00:00+08:00", "EMR go-live", edited);

        assertThat(added.status()).as("%s", added).isEqualTo(201);
        assertThat(api.get("/api/v1/calendars/office-hours/document").as(AGENT_CHEN).send().text()).isEqualTo(edited);
        assertThat(api.get("/api/v1/calendars/office-hours/document?at=2026-06-01T00:00:00Z").as(AGENT_CHEN).send()
                .text()).isEqualTo(read.text());
        refused(api, 404, "calendar.not-found", () -> api.get("/api/v1/calendars/nonesuch/document").as(AGENT_CHEN)
                .send());
        refused(api, 400, "request.invalid", () -> api.get("/api/v1/calendars/24x7/document?at=now").as(AGENT_CHEN)
                .send());
    }

    @Test
    void aMalformedDocumentIsRefusedNamingLineAndColumn() {
        String broken = PACS_HOURS.replace("13:30-17:30", "13:30-25:00");

        JsonNode problem = refused(api, 400, "request.malformed-calendar", () -> postDocument("pacs-hours",
                "2026-03-01T00:00:00Z", "new reading room", broken));

        assertThat(problem.get("detail").asText()).isEqualTo("The calendar document cannot be read (line 3, column 17)");
        assertThat(Problems.fields(problem)).containsExactly("body");
        assertThat(problem.at("/errors/0/message").asText()).startsWith("line 3, column 17: ");
        JsonNode chinese = refused(api, 400, "request.malformed-calendar", () -> api.post(
                        "/api/v1/calendars/pacs-hours/versions").as(DIRECTOR_GAO).header("Accept-Language", "zh-CN")
                .json(RunningApi.object().put("effectiveFrom", "2026-03-01T00:00:00Z").put("reason", "新阅片室")
                        .put("document", broken)).send());
        assertThat(chinese.get("detail").asText()).isEqualTo("无法读取工作日历文档（第 3 行，第 17 列）");
        assertThat(Problems.fields(chinese)).containsExactly("document");
        assertThat(api.get("/api/v1/calendars/pacs-hours").as(AGENT_CHEN).send().status()).isEqualTo(404);
    }

    @Test
    void missingOrMalformedParametersAreNamed() {
        JsonNode problem = refused(api, 400, "request.invalid", () -> api.post("/api/v1/calendars/pacs-hours/versions"
                + "?effectiveFrom=tomorrow").as(DIRECTOR_GAO).raw("text/plain", PACS_HOURS).send());
        assertThat(Problems.fields(problem)).containsExactly("effectiveFrom", "reason");
        JsonNode name = refused(api, 400, "request.invalid", () -> postDocument("PACS_Hours", "2026-03-01T00:00:00Z",
                "new", PACS_HOURS));
        assertThat(Problems.fields(name)).containsExactly("name");
    }

    @Test
    void onlyThoseWhoManageSlasMayAddAVersion() {
        refused(api, 403, "access.denied", () -> api.post("/api/v1/calendars/pacs-hours/versions?effectiveFrom="
                + "2026-03-01T00:00:00Z&reason=new").as(NURSE_WANG).raw("text/plain", PACS_HOURS).send());
        refused(api, 403, "access.denied", () -> api.post("/api/v1/calendars/pacs-hours/versions?effectiveFrom="
                + "2026-03-01T00:00:00Z&reason=new").as(AGENT_CHEN).raw("text/plain", PACS_HOURS).send());
    }

    @Test
    void anEngineerIsForbiddenToAddAVersionBeforeAnyFieldIsLookedAt() {
        refused(api, 403, "access.denied", () -> api.post("/api/v1/calendars/pacs-hours/versions")
                .as(ENGINEER_LIU).json(RunningApi.object()).send());
        refused(api, 403, "access.denied", () -> api.post("/api/v1/calendars/Not%20A%20Name/versions")
                .as(ENGINEER_LIU).raw("text/plain", " ").send());
    }

    private static List<String> strings(List<WorkingPeriod> periods) {
        List<String> strings = new ArrayList<>();
        periods.forEach(p -> strings.add(p.toString()));
        return strings;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
