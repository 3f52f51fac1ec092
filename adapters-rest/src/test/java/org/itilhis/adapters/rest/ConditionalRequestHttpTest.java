package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.LEAD_SUN;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ETag is the aggregate version, strong; If-Match guards changes and If-None-Match saves reads. */
class ConditionalRequestHttpTest {
    private static RunningApi api;
    private static Desk desk;

    @BeforeAll
    static void start() {
        api = RunningApi.start();
        desk = new Desk(api);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void everyAnswerAboutATicketCarriesItsVersionAsETag() {
        RunningApi.Reply created = api.post("/api/v1/contacts/" + desk.logContact(Desk.contact(
                NURSE_WANG, "ward-5-east", "Screen flickers")).get("id").asText()
                + "/raise").as(AGENT_CHEN).json(Desk.incident("Screen flickers", "desktop", "ONE_PERSON", "DEGRADED"))
                .send();
        assertThat(created.etag()).isEqualTo("\"1\"");

        RunningApi.Reply read = api.get(Desk.path(created.json())).as(AGENT_CHEN).send();
        assertThat(read.etag()).isEqualTo("\"1\"");
        JsonNode accepted = desk.step(ENGINEER_LIU, read.json(), "accept", null);
        assertThat(api.get(Desk.path(accepted)).as(AGENT_CHEN).send().etag()).isEqualTo("\"2\"");
    }

    @Test
    void twoEngineersReadTheSameVersionAndOnlyTheFirstWriteWins() {
        JsonNode seenByBoth = desk.printerIncident();
        RunningApi.Reply first = desk.attempt(ENGINEER_LIU, seenByBoth, "accept", null);
        RunningApi.Reply second = desk.attempt(LEAD_SUN, seenByBoth, "assign",
                RunningApi.object().put("group", "desktop-first-line").put("engineer", "E0102"));

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(412);
        JsonNode now = api.get(Desk.path(seenByBoth)).as(AGENT_CHEN).send().json();
        assertThat(now.get("engineer").asText()).isEqualTo("E0101");
        assertThat(now.get("version").asLong()).isEqualTo(2);
    }

    @Test
    void aReadWithTheCurrentETagIsNotModified() {
        JsonNode incident = desk.printerIncident();
        RunningApi.Reply unchanged = api.get(Desk.path(incident)).as(AGENT_CHEN).header("If-None-Match", "\"1\"").send();
        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.text()).isEmpty();

        desk.step(ENGINEER_LIU, incident, "accept", null);
        RunningApi.Reply changed = api.get(Desk.path(incident)).as(AGENT_CHEN).header("If-None-Match", "\"1\"").send();
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.etag()).isEqualTo("\"2\"");
    }
}
