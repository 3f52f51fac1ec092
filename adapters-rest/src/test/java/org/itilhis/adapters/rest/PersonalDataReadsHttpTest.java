package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.DIRECTOR_GAO;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.PRIVACY_OFFICER_HE;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.itilhis.core.shared.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/v1/audit/personal-data-reads}: an engineer reads a ticket over HTTP and the
 * privacy officer finds the read with the engineer's staff id and the client's address; raising
 * the ticket was no read; nobody else may query the log, and a malformed query names its fields
 * in the reader's language.
 */
class PersonalDataReadsHttpTest {
    private static final String PATH = "/api/v1/audit/personal-data-reads";
    private final RunningApi api = RunningApi.start();
    private final Desk desk = new Desk(api);

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void thePrivacyOfficerFindsTheEngineersReadOfATicketWithTheirStaffIdAndAddress() {
        JsonNode ticket = desk.printerIncident();
        assertThat(reads(PATH)).as("raising the ticket is not a read").isEmpty();

        assertThat(api.get("/api/v1/incidents/" + ticket.get("number").asText()).as(ENGINEER_LIU).send().status())
                .isEqualTo(200);

        RunningApi.Reply reply = api.get(PATH + "?record=" + ticket.get("number").asText()).as(PRIVACY_OFFICER_HE)
                .send();
        assertThat(reply.status()).isEqualTo(200);
        JsonNode read = reply.json().get("items").get(0);
        assertThat(read.get("reader").asText()).isEqualTo(ENGINEER_LIU.staffId().value());
        assertThat(read.get("origin").asText()).isEqualTo("127.0.0.1");
        assertThat(read.get("kind").asText()).isEqualTo("TICKET");
        assertThat(read.get("record").asText()).isEqualTo(ticket.get("id").asText());
        assertThat(read.get("purpose").asText()).isEqualTo("ticket");
        assertThat(reply.json().has("next")).isFalse();
        assertThat(reads(PATH + "?reader=" + ENGINEER_LIU.staffId().value() + "&from=2020-01-01T00:00:00Z"))
                .hasSize(1);
        assertThat(reads(PATH + "?reader=" + AGENT_CHEN.staffId().value())).as("the officer's own queries").isEmpty();
    }

    @Test
    void pagesOfTheLogFollowOneAnotherByCursor() {
        JsonNode ticket = desk.printerIncident();
        for (int i = 0; i < 3; i++) {
            api.get("/api/v1/incidents/" + ticket.get("id").asText()).as(ENGINEER_LIU).send();
        }

        JsonNode first = api.get(PATH + "?limit=2").as(PRIVACY_OFFICER_HE).send().json();
        JsonNode second = api.get(PATH + "?limit=2&cursor=" + first.get("next").asText()).as(PRIVACY_OFFICER_HE)
                .send().json();

        assertThat(first.get("items")).hasSize(2);
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.has("next")).isFalse();
    }

    @Test
    void nobodyButThePrivacyOfficerMayQueryTheLog() {
        for (Actor actor : new Actor[] {AGENT_CHEN, ENGINEER_LIU, DIRECTOR_GAO}) {
            Problems.refused(api, 403, "access.denied", () -> api.get(PATH).as(actor).send());
        }
        Problems.refused(api, 401, "request.unauthenticated", () -> api.get(PATH).send());
    }

    @Test
    void aMalformedQueryNamesEachFieldInTheReadersLanguage() {
        String query = PATH + "?from=yesterday&limit=0&cursor=nonsense&record=" + "x".repeat(37);

        JsonNode english = Problems.refused(api, 400, "request.invalid",
                () -> api.get(query).as(PRIVACY_OFFICER_HE).header("Accept-Language", "en").send());
        JsonNode chinese = Problems.refused(api, 400, "request.invalid",
                () -> api.get(query).as(PRIVACY_OFFICER_HE).header("Accept-Language", "zh-CN").send());

        assertThat(Problems.fields(english)).containsExactlyInAnyOrder("record", "from", "limit", "cursor");
        assertThat(english.at("/errors/0/message").asText()).isNotEqualTo(chinese.at("/errors/0/message").asText());
    }

    private List<JsonNode> reads(String path) {
        RunningApi.Reply reply = api.get(path).as(PRIVACY_OFFICER_HE).send();
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        reply.json().get("items").forEach(items::add);
        return items;
    }
}
