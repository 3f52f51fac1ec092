package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.itilhis.core.shared.Actor;
import org.itilhis.testkit.DemoHospital;

/** Shortcuts over HTTP for the steps most tests need before the one they are about. */
final class Desk {
    private final RunningApi api;

    Desk(RunningApi api) {
        this.api = api;
    }

    static ObjectNode contact(Actor caller, String department, String description) {
        return RunningApi.object().put("channel", "PHONE").put("caller", caller.staffId().value())
                .put("department", department).put("description", description);
    }

    static ObjectNode incident(String summary, String category, String impact, String urgency) {
        return RunningApi.object().put("type", "INCIDENT").put("summary", summary).put("category", category)
                .put("impact", impact).put("urgency", urgency).put("criticality", "GENERAL");
    }

    /** The service desk logs a call; answers the contact. */
    JsonNode logContact(ObjectNode contact) {
        RunningApi.Reply reply = api.post("/api/v1/contacts").as(DemoHospital.AGENT_CHEN).json(contact).send();
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        return reply.json();
    }

    /** The service desk raises a logged contact as a ticket; answers the ticket. */
    JsonNode raise(String contactId, ObjectNode ticket) {
        RunningApi.Reply reply = api.post("/api/v1/contacts/" + contactId + "/raise").as(DemoHospital.AGENT_CHEN)
                .json(ticket).send();
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        return reply.json();
    }

    /**
     * {@code caller}'s call, logged and raised by the desk as a P3 incident in {@code category},
     * owned by the group the division of duties routes it to.
     */
    JsonNode incidentOf(Actor caller, String department, String category) {
        JsonNode contact = logContact(contact(caller, department, "Call of " + caller.staffId().value()
                + " about " + category));
        return raise(contact.get("id").asText(), incident("Trouble with " + category, category, "ONE_DEPARTMENT",
                "DEGRADED"));
    }

    /** The ticket as the desk reads it now: with its caller and its internal notes. */
    JsonNode read(JsonNode ticket) {
        RunningApi.Reply reply = api.get(path(ticket)).as(DemoHospital.AGENT_CHEN).send();
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.json();
    }

    /** Nurse Wang's broken printer on ward 5 east, raised as a P3 incident owned by desktop support. */
    JsonNode printerIncident() {
        JsonNode contact = logContact(contact(DemoHospital.NURSE_WANG, "ward-5-east", "Printer jams on every page"));
        return raise(contact.get("id").asText(),
                incident("Ward printer jams", "printer", "ONE_DEPARTMENT", "DEGRADED"));
    }

    /** A step on an incident with the ETag of {@code ticket}; asserts it succeeded and answers the new ticket. */
    JsonNode step(Actor actor, JsonNode ticket, String action, Object body) {
        RunningApi.Reply reply = attempt(actor, ticket, action, body);
        assertThat(reply.status()).as("%s %s", action, reply).isEqualTo(200);
        assertThat(reply.etag()).isEqualTo("\"" + reply.json().get("version").asLong() + "\"");
        return reply.json();
    }

    RunningApi.Reply attempt(Actor actor, JsonNode ticket, String action, Object body) {
        RunningApi.Call call = api.post(path(ticket) + "/" + action).as(actor)
                .header("If-Match", "\"" + ticket.get("version").asLong() + "\"");
        return (body == null ? call : call.json(body)).send();
    }

    static String path(JsonNode ticket) {
        String collection = ticket.get("type").asText().equals("INCIDENT") ? "incidents" : "service-requests";
        return "/api/v1/" + collection + "/" + ticket.get("id").asText();
    }
}
