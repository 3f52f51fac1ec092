package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.adapters.rest.Problems.refused;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The work queue in service-level order over HTTP: a P3 printer incident raised first stands
 * after three HIS incidents at P2 raised later, which stand by their resolution deadlines.
 */
class SlaQueueHttpTest {
    private static RunningApi api;
    private static final List<String> expected = new ArrayList<>();

    @BeforeAll
    static void start() {
        api = RunningApi.start();
        api.configureServiceLevels();
        Desk desk = new Desk(api);
        JsonNode printer = desk.printerIncident();
        for (int i = 0; i < 3; i++) {
            api.desk.clock.advance(Duration.ofMinutes(1));
            JsonNode contact = desk.logContact(Desk.contact(NURSE_WANG, "ward-5-east", "Registration freezes " + i));
            expected.add(desk.raise(contact.get("id").asText(), Desk.incident("Registration freezes", "his",
                    "ONE_DEPARTMENT", "PATIENT_CARE_STOPPED")).get("number").asText());
        }
        expected.add(printer.get("number").asText());
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void theQueueRunsByPriorityThenResolutionDeadlineAndPagesByCursor() {
        RunningApi.Reply first = api.get("/api/v1/sla/queue?limit=3").as(AGENT_CHEN).send();
        assertThat(first.status()).as("%s", first).isEqualTo(200);
        String next = first.json().get("next").asText();

        RunningApi.Reply second = api.get("/api/v1/sla/queue?limit=3&cursor=" + next).as(AGENT_CHEN).send();

        List<String> numbers = new ArrayList<>();
        first.json().get("items").forEach(item -> numbers.add(item.at("/ticket/number").asText()));
        second.json().get("items").forEach(item -> numbers.add(item.at("/ticket/number").asText()));
        assertThat(numbers).containsExactlyElementsOf(expected);
        assertThat(second.json().has("next")).isFalse();
        JsonNode head = first.json().get("items").get(0);
        assertThat(Instant.parse(head.get("resolutionDeadline").asText()))
                .isEqualTo(Instant.parse(head.at("/ticket/raisedAt").asText()).plus(Duration.ofHours(4)));
    }

    @Test
    void aReporterHasNoQueue() {
        refused(api, 403, "access.denied", () -> api.get("/api/v1/sla/queue").as(NURSE_WANG).send());
    }

    @Test
    void cursorsOfTheOtherQueueAndBadLimitsAreRefused() {
        String searchCursor = api.get("/api/v1/queue?limit=1").as(AGENT_CHEN).send().json().get("next").asText();

        JsonNode cursor = refused(api, 400, "request.invalid", () -> api.get("/api/v1/sla/queue?cursor="
                + URLEncoder.encode(searchCursor, StandardCharsets.UTF_8)).as(AGENT_CHEN).send());
        JsonNode limit = refused(api, 400, "request.invalid", () -> api.get("/api/v1/sla/queue?limit=501")
                .as(AGENT_CHEN).send());

        assertThat(Problems.fields(cursor)).containsExactly("cursor");
        assertThat(Problems.fields(limit)).containsExactly("limit");
    }
}
