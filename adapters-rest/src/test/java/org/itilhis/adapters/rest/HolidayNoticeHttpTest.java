package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.adapters.rest.Problems.refused;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.DIRECTOR_GAO;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.itilhis.testkit.HolidayNotices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The desk on Thursday 31 December 2026 at 17:00, before the State Council's 2027 notice is
 * loaded: the health endpoint warns, clocks reaching into 2027 say they are provisional, and
 * Director Gao loads the notice as text or as JSON; bad notices are refused and change nothing.
 */
class HolidayNoticeHttpTest {
    private static final String NOTICES = "/api/v1/calendars/office-hours/notices";

    private RunningApi api;
    private Desk desk;

    @BeforeEach
    void start() {
        api = RunningApi.start();
        api.configureServiceLevels();
        desk = new Desk(api);
        api.desk.clock.advance(Duration.between(api.desk.clock.instant(), Instant.parse("2026-12-31T09:00:00Z")));
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private RunningApi.Reply postNotice(String year, String notice) {
        return api.post(NOTICES + "?year=" + year + "&reason=" + URLEncoder.encode("国办发明电 2027",
                StandardCharsets.UTF_8)).as(DIRECTOR_GAO).raw("text/plain; charset=UTF-8", notice).send();
    }

    private JsonNode health(String language) {
        RunningApi.Reply reply = api.get("/api/v1/health").header("Accept-Language", language).send();
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.json();
    }

    @Test
    void theHealthEndpointSaysNextYearsArrangementIsNotLoadedUntilTheNoticeIs() {
        JsonNode warning = health("en").get("warnings").get(0);
        assertThat(health("en").get("status").asText()).isEqualTo("UP");
        assertThat(warning.get("code").asText()).isEqualTo("calendar.arrangement-not-loaded");
        assertThat(warning.get("calendar").asText()).isEqualTo("office-hours");
        assertThat(warning.get("arrangement").asText()).isEqualTo("china-mainland");
        assertThat(warning.get("year").asInt()).isEqualTo(2027);
        assertThat(warning.get("message").asText()).isEqualTo("the China mainland arrangement for 2027 is not loaded");
        assertThat(health("zh-CN").at("/warnings/0/message").asText()).isEqualTo("中国大陆 2027 年的节假日安排尚未加载");

        RunningApi.Reply loaded = postNotice("2027", HolidayNotices.ILLUSTRATIVE_2027);

        assertThat(loaded.status()).as("%s", loaded).isEqualTo(201);
        assertThat(loaded.header("Location")).endsWith("/api/v1/calendars/office-hours");
        assertThat(loaded.json().at("/versions/1/officialYears")).extracting(JsonNode::asInt)
                .containsExactly(2024, 2025, 2026, 2027);
        assertThat(loaded.json().at("/versions/1/effectiveFrom").asText()).isEqualTo("2026-12-31T09:00:01Z");
        assertThat(health("en").get("warnings")).isEmpty();
    }

    @Test
    void aDesktopTicketRaisedOnNewYearsEveIsProvisionalUntilTheNoticeIsLoaded() {
        JsonNode ticket = desk.printerIncident();
        String clocks = "/api/v1/tickets/" + ticket.get("id").asText() + "/clocks";

        JsonNode before = api.get(clocks).as(AGENT_CHEN).send().json();
        RunningApi.Reply loaded = api.post(NOTICES).as(DIRECTOR_GAO).json(RunningApi.object().put("year", 2027)
                .put("reason", "State Council notice for 2027").put("notice", HolidayNotices.ILLUSTRATIVE_2027))
                .send();
        api.desk.clock.advance(Duration.ofSeconds(1));
        JsonNode after = api.get(clocks).as(AGENT_CHEN).send().json();

        assertThat(before.get("calendar").asText()).isEqualTo("office-hours");
        assertThat(before.get("provisionalYears")).extracting(JsonNode::asInt).containsExactly(2027);
        JsonNode resolution = before.get("clocks").get(1);
        assertThat(resolution.get("provisional").asBoolean()).isTrue();
        assertThat(resolution.get("provisionalYears")).extracting(JsonNode::asInt).containsExactly(2027);
        assertThat(resolution.get("explanation").get(resolution.get("explanation").size() - 1).asText())
                .startsWith("provisional: depends on 2027, whose China mainland holiday arrangement is not loaded");
        assertThat(loaded.status()).as("%s", loaded).isEqualTo(201);
        assertThat(after.get("provisionalYears")).isEmpty();
        assertThat(after.get("clocks")).allSatisfy(clock -> assertThat(clock.get("provisional").asBoolean()).isFalse());
    }

    @Test
    void aCalendarShowsItsOfficialYearsAndWhetherADateIsProvisional() {
        JsonNode calendar = api.get("/api/v1/calendars/office-hours?date=2027-01-01").as(AGENT_CHEN).send().json();

        JsonNode version = calendar.get("versions").get(0);
        assertThat(version.get("arrangement").asText()).isEqualTo("china-mainland");
        assertThat(version.get("officialYears")).extracting(JsonNode::asInt).containsExactly(2024, 2025, 2026);
        assertThat(version.at("/day/periods")).as("New Year's Day, provisionally").isEmpty();
        assertThat(version.at("/day/provisional").asBoolean()).isTrue();
        JsonNode roundTheClock = api.get("/api/v1/calendars/24x7").as(AGENT_CHEN).send().json().at("/versions/0");
        assertThat(roundTheClock.has("arrangement")).isFalse();
        assertThat(roundTheClock.get("officialYears")).isEmpty();
    }

    @Test
    void aNoticeMissingAStatutoryHolidayIsRefusedInTheReadersLanguage() {
        String withoutDragonBoat = HolidayNotices.ILLUSTRATIVE_2027.replace("2027-06-09             HOLIDAY",
                "2027-06-10             HOLIDAY");

        JsonNode problem = refused(api, 422, "calendar.notice-misses-statutory-day", () -> api.post(NOTICES
                + "?year=2027&reason=notice").as(DIRECTOR_GAO).header("Accept-Language", "zh-CN")
                .raw("text/plain; charset=UTF-8", withoutDragonBoat).send());

        assertThat(problem.get("detail").asText())
                .isEqualTo("2027 年的通知缺少法定节假日 2027-06-09（Dragon Boat Festival (端午节)）");
    }

    @Test
    void aWorkingDayOnAWeekdayOrADateOfAnotherYearIsRefused() {
        refused(api, 422, "calendar.notice-workday-on-weekday", () -> postNotice("2027",
                HolidayNotices.ILLUSTRATIVE_2027 + "2027-12-31 WORKDAY New Year adjustment\n"));
        refused(api, 422, "calendar.notice-other-year", () -> postNotice("2027",
                HolidayNotices.ILLUSTRATIVE_2027 + "2028-01-01 HOLIDAY New Year's Day\n"));
        refused(api, 422, "calendar.notice-other-year", () -> postNotice("2028", HolidayNotices.ILLUSTRATIVE_2027));
    }

    @Test
    void aMalformedNoticeABadYearAYearAlreadyLoadedOrAnotherPersonAreRefused() {
        JsonNode malformed = refused(api, 400, "request.malformed-calendar", () -> postNotice("2027",
                HolidayNotices.ILLUSTRATIVE_2027.replace("2027-06-09", "2027-06-31")));
        assertThat(malformed.at("/errors/0/field").asText()).isEqualTo("body");
        refused(api, 400, "request.invalid", () -> postNotice("27", HolidayNotices.ILLUSTRATIVE_2027));
        refused(api, 400, "request.invalid", () -> postNotice("1999", HolidayNotices.ILLUSTRATIVE_2027));
        refused(api, 409, "calendar.notice-year-loaded", () -> postNotice("2026", "2026-01-01 HOLIDAY New Year\n"));
        refused(api, 422, "calendar.no-arrangement", () -> api.post("/api/v1/calendars/24x7/notices?year=2027"
                + "&reason=x").as(DIRECTOR_GAO).raw("text/plain", HolidayNotices.ILLUSTRATIVE_2027).send());
        refused(api, 403, "access.denied", () -> api.post(NOTICES + "?year=2027&reason=x").as(AGENT_CHEN)
                .raw("text/plain", HolidayNotices.ILLUSTRATIVE_2027).send());
        refused(api, 404, "calendar.not-found", () -> api.post("/api/v1/calendars/pacs/notices?year=2027&reason=x")
                .as(DIRECTOR_GAO).raw("text/plain", HolidayNotices.ILLUSTRATIVE_2027).send());
    }
}
