package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.CLERK_LI;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.NETWORK_MA;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;
import static org.itilhis.testkit.TicketBuilder.aTicket;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.io.BaseEncoding;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.Role;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.core.ticket.WorkQueueOrder;
import org.itilhis.testkit.TicketBuilder;
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
        List<List<String>> pages = pages(api, "/api/v1/incidents?limit=2");

        assertThat(pages.stream().flatMap(List::stream)).containsExactlyElementsOf(ALL_IN_ORDER);
        assertThat(pages).hasSize(3);
        assertThat(pages(api, "/api/v1/incidents?limit=3&q=printer")).containsExactly(
                List.of(ALL_IN_ORDER.get(1), ALL_IN_ORDER.get(2), ALL_IN_ORDER.get(4)));
    }

    /**
     * More matches than the query port returns at once (500), of a few priorities and ages,
     * with numbers crossing from six to seven digits: the cursor pages on to the last one.
     */
    @Test
    void aSearchWithMoreThanFiveHundredMatchesPagesToItsEnd() {
        try (RunningApi big = RunningApi.start()) {
            List<Ticket> stored = new ArrayList<>();
            for (int i = 0; i < 620; i++) {
                stored.add(aTicket().withNumber(TicketNumber.of(TicketType.INCIDENT, 2026, 999_700 + i))
                        .withPriority(Priority.ofRank(2 + i % 3))
                        .raisedAt(TicketBuilder.RAISED_AT.plus(Duration.ofMinutes(i % 7))).build());
            }
            big.desk.transactions.inTransaction(() -> {
                stored.forEach(big.desk.tickets::save);
                return null;
            });

            List<List<String>> pages = pages(big, "/api/v1/incidents?limit=100");

            assertThat(pages.stream().flatMap(List::stream)).containsExactlyElementsOf(stored.stream()
                    .sorted(WorkQueueOrder.TICKETS).map(ticket -> ticket.number().toString()).toList());
            assertThat(pages).hasSize(7);
        }
    }

    /** A token of version 1 (a position within the first 500 matches) is not taken for a version 2 one. */
    @Test
    void aCursorOfTheFormerVersionIsRefusedAs400() {
        String former = BaseEncoding.base64Url().omitPadding()
                .encode("1|P3|2026-03-02T08:15:30Z|INC-2026-000001".getBytes(StandardCharsets.UTF_8));

        JsonNode problem = Problems.refused(api, 400, "request.invalid",
                () -> api.get("/api/v1/incidents?cursor=" + former).as(AGENT_CHEN).send());

        assertThat(Problems.fields(problem)).containsExactly("cursor");
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

    @Test
    void queueCursorPagesWalkTheWholeQueueOnceInOrder() {
        List<List<String>> pages = pages(api, "/api/v1/queue?limit=2");

        assertThat(pages.stream().flatMap(List::stream)).containsExactlyElementsOf(ALL_IN_ORDER);
        assertThat(pages).hasSize(3);
        assertThat(pages(api, "/api/v1/queue?limit=5")).containsExactly(ALL_IN_ORDER);
        JsonNode last = api.get("/api/v1/queue?limit=5").as(AGENT_CHEN).send().json();
        assertThat(last.has("next")).isFalse();
    }

    @Test
    void aBadQueueCursorIsRefusedAs400OnCursor() {
        JsonNode problem = Problems.refused(api, 400, "request.invalid",
                () -> api.get("/api/v1/queue?cursor=not-a-cursor").as(AGENT_CHEN).send());

        assertThat(Problems.fields(problem)).containsExactly("cursor");
    }

    /**
     * Pages of the largest size (500): a queue of 620 pages to its end, and a queue of exactly
     * 500 is one page without a {@code next}.
     */
    @Test
    void aQueueLongerThanTheLargestPagePagesToItsEnd() {
        for (int count : new int[] {620, 500}) {
            try (RunningApi big = RunningApi.start()) {
                List<Ticket> stored = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    stored.add(aTicket().withNumber(TicketNumber.of(TicketType.INCIDENT, 2026, 999_700 + i))
                            .withPriority(Priority.ofRank(2 + i % 3))
                            .raisedAt(TicketBuilder.RAISED_AT.plus(Duration.ofMinutes(i % 7))).build());
                }
                big.desk.transactions.inTransaction(() -> {
                    stored.forEach(big.desk.tickets::save);
                    return null;
                });

                List<List<String>> pages = pages(big, "/api/v1/queue?limit=500");

                assertThat(pages.stream().flatMap(List::stream)).as("%s tickets", count)
                        .containsExactlyElementsOf(stored.stream().sorted(WorkQueueOrder.TICKETS)
                                .map(ticket -> ticket.number().toString()).toList());
                assertThat(pages).as("%s tickets", count).hasSize(count == 500 ? 1 : 2);
            }
        }
    }

    /** Every page of a search, following {@code next} until it is absent. */
    private static List<List<String>> pages(RunningApi on, String path) {
        List<List<String>> pages = new ArrayList<>();
        String next = null;
        do {
            JsonNode page = on.get(path + (next == null ? "" : "&cursor=" + next)).as(AGENT_CHEN).send().json();
            List<String> numbers = new ArrayList<>();
            page.get("items").forEach(item -> numbers.add(item.get("number").asText()));
            pages.add(numbers);
            next = page.has("next") ? page.get("next").asText() : null;
        } while (next != null && pages.size() < 100);
        return pages;
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
