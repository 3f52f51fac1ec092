package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.CLERK_LI;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.NETWORK_MA;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Search with cursor pages, and the work queue, over HTTP. */
class SearchHttpTest {
    private static RunningApi api;
    private static final List<String> ALL_IN_ORDER = new ArrayList<>();

    @BeforeAll
    static void start() {
        api = RunningApi.start();
        Desk desk = new Desk(api);
        String[][] calls = {
            {"Printer in the nurse station", "printer", "ONE_DEPARTMENT", "DEGRADED", "N1001"},
            {"Registration PC frozen", "desktop", "ONE_PERSON", "SEVERELY_DEGRADED", "C2001"},
            {"Whole ward offline", "network", "SEVERAL_DEPARTMENTS", "PATIENT_CARE_STOPPED", "N1001"},
            {"Label printer misaligned", "printer", "ONE_PERSON", "NO_CLINICAL_EFFECT", "C2001"},
            {"Second printer jam", "printer", "ONE_DEPARTMENT", "DEGRADED", "N1001"},
        };
        List<JsonNode> raised = new ArrayList<>();
        for (String[] call : calls) {
            api.desk.clock.advance(Duration.ofMinutes(5));
            JsonNode contact = desk.logContact(Desk.contact(Actor.of(call[4], Role.REPORTER),
                    call[4].startsWith("N") ? "ward-5-east" : "outpatient-registration", call[0]));
            raised.add(desk.raise(contact.get("id").asText(), Desk.incident(call[0], call[1], call[2], call[3])));
        }
        // priority first (P1 network, P3 printers by age, P4 desktop, P5 label), then oldest
        for (int i : new int[] {2, 0, 4, 1, 3}) {
            ALL_IN_ORDER.add(raised.get(i).get("number").asText());
        }
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void cursorPagesWalkEveryMatchOnceInQueueOrder() {
        List<String> seen = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            JsonNode page = api.get("/api/v1/incidents?limit=2" + (next == null ? "" : "&cursor=" + next)).as(AGENT_CHEN)
                    .send().json();
            page.get("items").forEach(item -> seen.add(item.get("number").asText()));
            next = page.has("next") ? page.get("next").asText() : null;
            pages++;
        } while (next != null);

        assertThat(seen).containsExactlyElementsOf(ALL_IN_ORDER);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void filtersNarrowTheSearch() {
        assertThat(numbers("/api/v1/incidents?q=PRINTER&priority=P3")).containsExactly(ALL_IN_ORDER.get(1),
                ALL_IN_ORDER.get(2));
        assertThat(numbers("/api/v1/incidents?group=network-second-line&status=NEW")).containsExactly(ALL_IN_ORDER.get(0));
        assertThat(numbers("/api/v1/incidents?department=outpatient-registration")).hasSize(2);
        assertThat(numbers("/api/v1/service-requests")).isEmpty();
    }

    @Test
    void aReporterFindsOnlyTheirOwnTickets() {
        JsonNode page = api.get("/api/v1/incidents").as(CLERK_LI).send().json();
        assertThat(page.get("items")).hasSize(2).allSatisfy(item ->
                assertThat(ALL_IN_ORDER.indexOf(item.get("number").asText())).isIn(3, 4));
        assertThat(api.get("/api/v1/incidents").as(NURSE_WANG).send().json().get("items")).hasSize(3);
    }

    @Test
    void theQueueIsTheActorsGroupsWorkHighestPriorityFirst() {
        assertThat(queue(AGENT_CHEN)).containsExactlyElementsOf(ALL_IN_ORDER);
        assertThat(queue(NETWORK_MA)).containsExactly(ALL_IN_ORDER.get(0));
        assertThat(queue(ENGINEER_LIU)).containsExactly(ALL_IN_ORDER.get(1), ALL_IN_ORDER.get(2), ALL_IN_ORDER.get(3),
                ALL_IN_ORDER.get(4));
        assertThat(api.get("/api/v1/queue?limit=2").as(AGENT_CHEN).send().json().get("items")).hasSize(2);
        assertThat(api.get("/api/v1/queue").as(NURSE_WANG).send().status()).isEqualTo(403);
    }

    private static List<String> numbers(String path) {
        List<String> numbers = new ArrayList<>();
        api.get(path).as(AGENT_CHEN).send().json().get("items").forEach(item -> numbers.add(item.get("number").asText()));
        return numbers;
    }

    private static List<String> queue(Actor actor) {
        List<String> numbers = new ArrayList<>();
        api.get("/api/v1/queue").as(actor).send().json().get("items")
                .forEach(item -> numbers.add(item.get("number").asText()));
        return numbers;
    }
}
