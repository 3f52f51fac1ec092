package org.itilhis.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Part of the story over HTTP before a restart, and what must be found after it: the
 * solved printer call, the registration incident with its history, and creations retried
 * with the same {@code Idempotency-Key} answered as the first time without creating anything.
 */
final class RestartScenario {
    private final String run = UUID.randomUUID().toString();
    private final ObjectNode registrationCall = DeskClient.call("C2001", "outpatient-registration",
            "Registration window 3: the terminal cannot log in to the HIS");
    private JsonNode contact;
    private JsonNode raised;
    private JsonNode ticket;
    private List<String> history;

    /** Logs both calls, solves the printer, raises the registration incident and works it up to IN_PROGRESS. */
    void beforeRestart(DeskClient desk) {
        JsonNode printer = desk.logContact(run + "-printer", DeskClient.call("N1001", "ward-5-east",
                "The printer at the nurse station shows a paper jam"));
        DeskClient.Reply solved = desk.post("AGENT_CHEN", "/contacts/" + printer.get("id").asText()
                + "/resolve-at-first-contact", DeskClient.object().put("code", "ADVICE_GIVEN")
                .put("note", "Cleared the jam behind tray 2"), "Accept-Language", "en");
        assertThat(solved.status()).as("%s", solved).isEqualTo(200);
        assertThat(solved.json().get("status").asText()).isEqualTo("RESOLVED_AT_FIRST_CONTACT");

        contact = desk.logContact(run + "-registration", registrationCall);
        DeskClient.Reply reply = desk.raise(contact.get("id").asText(), run + "-raise", DeskClient.registrationIncident());
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        raised = reply.json();
        assertThat(raised.get("priority").asText()).isEqualTo("P2");
        assertThat(raised.get("group").asText()).isEqualTo("desktop-first-line");

        ticket = desk.step("AGENT_CHEN", raised, "assign", DeskClient.object().put("group", "desktop-first-line")
                .put("engineer", "E0101"));
        ticket = desk.step("ENGINEER_LIU", ticket, "accept", null);
        ticket = desk.step("ENGINEER_LIU", ticket, "start", null);
        assertThat(ticket.get("status").asText()).isEqualTo("IN_PROGRESS");
        history = history(desk);
        assertThat(history).containsExactly("ticket.raised:S0001", "ticket.assigned:S0001", "ticket.accepted:E0101",
                "ticket.started:E0101");
    }

    /** Finds the ticket and its history as they were; retries answer the original results and create nothing. */
    void afterRestart(DeskClient desk) {
        JsonNode found = desk.get("AGENT_CHEN", "/incidents/" + ticket.get("number").asText()).json();
        assertThat(found).isEqualTo(ticket);
        assertThat(history(desk)).isEqualTo(history);

        DeskClient.Reply retriedRaise = desk.raise(contact.get("id").asText(), run + "-raise",
                DeskClient.registrationIncident());
        assertThat(retriedRaise.status()).as("%s", retriedRaise).isEqualTo(201);
        assertThat(retriedRaise.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retriedRaise.json()).as("the original result").isEqualTo(raised);
        DeskClient.Reply retriedCall = desk.post("AGENT_CHEN", "/contacts", registrationCall, "Idempotency-Key",
                run + "-registration");
        assertThat(retriedCall.status()).as("%s", retriedCall).isEqualTo(201);
        assertThat(retriedCall.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retriedCall.json()).isEqualTo(contact);

        assertThat(history(desk)).as("nothing appended by the retries").isEqualTo(history);
        assertThat(incidentNumbers(desk)).containsExactly(ticket.get("number").asText());
        JsonNode next = desk.logContact(run + "-next", DeskClient.call("D3001", "radiology", "PACS viewer freezes"));
        DeskClient.Reply another = desk.raise(next.get("id").asText(), run + "-next-raise",
                DeskClient.registrationIncident());
        assertThat(another.json().get("number").asText()).as("the sequence goes on after the restart")
                .isNotEqualTo(ticket.get("number").asText());
    }

    private List<String> history(DeskClient desk) {
        JsonNode events = desk.get("AGENT_CHEN", "/incidents/" + ticket.get("id").asText() + "/history").json();
        List<String> steps = new ArrayList<>();
        events.get("events").forEach(e -> steps.add(e.get("type").asText() + ":" + e.get("actor").asText()));
        return steps;
    }

    private static List<String> incidentNumbers(DeskClient desk) {
        JsonNode page = desk.get("AGENT_CHEN", "/incidents?status=IN_PROGRESS&limit=100").json();
        List<String> numbers = new ArrayList<>();
        page.get("items").forEach(item -> numbers.add(item.get("number").asText()));
        return numbers;
    }
}
