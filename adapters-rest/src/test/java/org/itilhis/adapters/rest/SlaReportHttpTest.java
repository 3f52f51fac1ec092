package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.adapters.rest.Problems.refused;
import static org.itilhis.testkit.DemoHospital.DIRECTOR_GAO;
import static org.itilhis.testkit.DemoHospital.LEAD_SUN;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SLA report over HTTP on two HIS outpatient incidents at P2 (15 minutes to respond) raised
 * on Monday 2 March 2026: the first accepted after 5 minutes, the second not after 20.
 */
class SlaReportHttpTest {
    private static final String MARCH_1_TO_4 = "/api/v1/sla/report?from=2026-03-01T00:00:00%2B08:00"
            + "&to=2026-03-04T00:00:00%2B08:00";
    private static RunningApi api;
    private static JsonNode answered;
    private static JsonNode waiting;

    @BeforeAll
    static void start() {
        api = RunningApi.start();
        api.configureServiceLevels();
        Desk desk = new Desk(api);
        answered = hisIncident(desk);
        api.desk.clock.advance(Duration.ofMinutes(5));
        desk.step(LEAD_SUN, answered, "accept", null);
        waiting = hisIncident(desk);
        api.desk.clock.advance(Duration.ofMinutes(20));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static JsonNode hisIncident(Desk desk) {
        JsonNode contact = desk.logContact(Desk.contact(NURSE_WANG, "ward-5-east", "Registration freezes"));
        return desk.raise(contact.get("id").asText(), Desk.incident("Registration freezes", "his", "ONE_DEPARTMENT",
                "PATIENT_CARE_STOPPED"));
    }

    @Test
    void theReportShowsComplianceTimesPeriodsAndTheBreachedTickets() {
        RunningApi.Reply reply = api.get(MARCH_1_TO_4 + "&unit=DAY").as(DIRECTOR_GAO).send();

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        JsonNode report = reply.json();
        assertThat(report.get("unit").asText()).isEqualTo("DAY");
        assertThat(report.get("zone").asText()).isEqualTo("Asia/Shanghai");
        assertThat(report.get("from").asText()).isEqualTo("2026-02-28T16:00:00Z");
        JsonNode response = report.at("/overall/response");
        assertThat(report.at("/overall/tickets").asInt()).isEqualTo(2);
        assertThat(response.get("met").asInt()).isEqualTo(1);
        assertThat(response.get("breached").asInt()).isEqualTo(1);
        assertThat(response.get("breachedOpen").asInt()).isEqualTo(1);
        assertThat(response.get("compliancePercent").decimalValue()).isEqualByComparingTo("50.0");
        assertThat(report.at("/overall/timeToAcknowledge/count").asInt()).isEqualTo(1);
        assertThat(report.at("/overall/timeToAcknowledge/mean").asText()).isEqualTo("PT5M");
        assertThat(report.at("/overall/timeToAcknowledge/meanSeconds").asLong()).isEqualTo(300);
        assertThat(report.at("/overall").has("timeToResolve")).isFalse();
        assertThat(report.get("byService")).extracting(f -> f.get("key").asText()).containsExactly("HIS outpatient");
        assertThat(report.get("byPriority")).extracting(f -> f.get("key").asText())
                .containsExactly(answered.get("priority").asText());
        assertThat(report.get("byPeriod")).extracting(p -> p.get("label").asText() + " " + p.at("/figures/tickets")
                .asInt()).containsExactly("2026-03-01 0", "2026-03-02 2", "2026-03-03 0");
        assertThat(report.get("olaByGroup")).extracting(o -> o.get("group").asText())
                .containsExactly(answered.get("group").asText());
        assertThat(report.get("breached")).extracting(a -> a.get("ticketId").asText())
                .containsExactly(waiting.get("id").asText());
        assertThat(report.at("/breached/0/clock/kind").asText()).isEqualTo("RESPONSE");
    }

    @Test
    void theWholeRangeInTheHospitalsZoneIsTheDefault() {
        JsonNode report = api.get(MARCH_1_TO_4).as(DIRECTOR_GAO).send().json();

        assertThat(report.get("unit").asText()).isEqualTo("WHOLE_RANGE");
        assertThat(report.get("byPeriod")).hasSize(1);
    }

    @Test
    void aNurseMayNotReadTheReport() {
        refused(api, 403, "access.denied", () -> api.get(MARCH_1_TO_4).as(NURSE_WANG).send());
    }

    @Test
    void malformedOrMissingParametersAreNamed() {
        JsonNode problem = refused(api, 400, "request.invalid", () -> api.get("/api/v1/sla/report?from=yesterday"
                + "&unit=YEAR&zone=Mars/Olympus").as(DIRECTOR_GAO).send());

        assertThat(Problems.fields(problem)).containsExactly("from", "to", "unit", "zone");
        assertThat(problem.at("/errors/2/message").asText())
                .isEqualTo("must be one of WHOLE_RANGE, DAY, ISO_WEEK, CALENDAR_MONTH");
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsNamedInChinese() {
        RunningApi.Reply reply = api.get("/api/v1/sla/report?from=2026-03-04T00:00:00Z&to=2026-03-01T00:00:00Z")
                .as(DIRECTOR_GAO).header("Accept-Language", "zh-CN").send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(Problems.fields(reply.json())).containsExactly("to");
        assertThat(reply.json().at("/errors/0/message").asText()).isEqualTo("必须晚于 from，且相距不超过 100 年");
    }
}
