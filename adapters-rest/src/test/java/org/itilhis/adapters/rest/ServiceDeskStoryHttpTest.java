package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.CLERK_LI;
import static org.itilhis.testkit.DemoHospital.DOCTOR_ZHAO;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.LEAD_SUN;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;
import static org.itilhis.testkit.DemoHospital.SPECIALIST_HUANG;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The story of DOMAIN.md over HTTP against the running server: one service desk as the single
 * point of contact, simple calls solved at first contact, the rest raised as tickets routed by
 * the division of duties and prioritised by impact and urgency, worked by first and second
 * line, escalated, put on hold, resolved, confirmed by the caller and rated; a hospital-wide
 * outage raised as a major incident that gathers the other callers' contacts.
 */
class ServiceDeskStoryHttpTest {
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
    void aPasswordResetIsSolvedAtFirstContact() {
        JsonNode contact = desk.logContact(Desk.contact(CLERK_LI, "outpatient-registration", "Forgot my HIS password"));
        RunningApi.Reply resolved = api.post("/api/v1/contacts/" + contact.get("id").asText() + "/resolve-at-first-contact")
                .as(AGENT_CHEN).json(RunningApi.object().put("code", "ADVICE_GIVEN").put("note", "Password reset"))
                .send();

        assertThat(resolved.status()).isEqualTo(200);
        assertThat(resolved.json().get("status").asText()).isEqualTo("RESOLVED_AT_FIRST_CONTACT");
        assertThat(resolved.json().at("/resolution/code").asText()).isEqualTo("ADVICE_GIVEN");
    }

    @Test
    void aBrokenPrinterGoesFromTheCallToTheCallersRating() {
        JsonNode ticket = desk.printerIncident();
        assertThat(ticket.get("number").asText()).startsWith("INC-2026-");
        assertThat(ticket.get("group").asText()).isEqualTo("desktop-first-line");
        assertThat(ticket.get("priority").asText()).isEqualTo("P3");
        assertThat(ticket.get("status").asText()).isEqualTo("NEW");

        ticket = desk.step(LEAD_SUN, ticket, "assign", RunningApi.object().put("group", "desktop-first-line")
                .put("engineer", ENGINEER_LIU.staffId().value()));
        ticket = desk.step(ENGINEER_LIU, ticket, "accept", null);
        ticket = desk.step(ENGINEER_LIU, ticket, "start", null);
        ticket = desk.step(ENGINEER_LIU, ticket, "hold", RunningApi.object().put("reason", "AWAITING_VENDOR")
                .put("note", "Fuser unit ordered"));
        assertThat(ticket.get("allowedActions")).extracting(JsonNode::asText).contains("resume", "cancel");
        ticket = desk.step(ENGINEER_LIU, ticket, "resume", null);
        ticket = desk.step(ENGINEER_LIU, ticket, "work-logs", RunningApi.object().put("minutes", 45)
                .put("note", "Replaced the fuser unit"));
        ticket = desk.step(ENGINEER_LIU, ticket, "resolve", RunningApi.object().put("code", "HARDWARE_REPLACED")
                .put("note", "New fuser unit; test page printed"));
        ticket = desk.step(NURSE_WANG, ticket, "confirm", null);
        ticket = desk.step(NURSE_WANG, ticket, "rating", RunningApi.object().put("score", 5).put("comment", "Fast"));

        assertThat(ticket.get("status").asText()).isEqualTo("CLOSED");
        assertThat(ticket.get("minutesLogged").asInt()).isEqualTo(45);
        assertThat(ticket.at("/satisfaction/score").asInt()).isEqualTo(5);
        assertThat(historyOf(ticket)).containsExactly("ticket.raised:S0001", "ticket.assigned:E0100",
                "ticket.accepted:E0101", "ticket.started:E0101", "ticket.put-on-hold:E0101", "ticket.resumed:E0101",
                "ticket.work-logged:E0101", "ticket.resolved:E0101", "ticket.closed:N1001", "ticket.rated:N1001");
    }

    @Test
    void theHisOutageIsOneMajorIncidentEscalatedToTheSpecialists() {
        JsonNode first = desk.logContact(Desk.contact(CLERK_LI, "outpatient-registration", "HIS registration is down"));
        JsonNode incident = desk.raise(first.get("id").asText(), Desk.incident("HIS outpatient registration down",
                "his.outpatient-registration", "WHOLE_HOSPITAL", "PATIENT_CARE_STOPPED")
                .put("criticality", "CLINICAL_CRITICAL").put("majorIncident", true));
        assertThat(incident.get("priority").asText()).isEqualTo("P1");
        assertThat(incident.get("majorIncident").asBoolean()).isTrue();

        JsonNode second = desk.logContact(Desk.contact(DOCTOR_ZHAO, "radiology", "Cannot open the HIS"));
        RunningApi.Reply linked = api.post("/api/v1/contacts/" + second.get("id").asText() + "/link").as(AGENT_CHEN)
                .json(RunningApi.object().put("ticket", incident.get("id").asText())).send();
        assertThat(linked.status()).isEqualTo(200);
        incident = linked.json();
        assertThat(incident.get("linkedContacts")).hasSize(1);

        JsonNode queue = api.get("/api/v1/queue").as(AGENT_CHEN).send().json();
        assertThat(queue.at("/items/0/number").asText()).isEqualTo(incident.get("number").asText());

        incident = desk.step(AGENT_CHEN, incident, "escalate-to-lead", RunningApi.object().put("reason", "Whole hospital"));
        incident = desk.step(ENGINEER_LIU, incident, "accept", null);
        incident = desk.step(ENGINEER_LIU, incident, "escalate", RunningApi.object().put("toGroup", "his-second-line")
                .put("reason", "Application server fault"));
        assertThat(incident.get("tier").asText()).isEqualTo("SECOND_LINE");
        incident = desk.step(SPECIALIST_HUANG, incident, "accept", null);
        incident = desk.step(SPECIALIST_HUANG, incident, "start", null);
        long beforeUpdate = incident.get("version").asLong();
        incident = desk.step(SPECIALIST_HUANG, incident, "update-caller",
                RunningApi.object().put("message", "挂号服务正在重启 (the registration service is restarting)"));
        assertThat(incident.get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(incident.get("version").asLong()).isEqualTo(beforeUpdate + 1);
        incident = desk.step(SPECIALIST_HUANG, incident, "resolve", RunningApi.object().put("code", "FIXED")
                .put("note", "Restarted the registration service after a pool leak"));
        assertThat(incident.get("status").asText()).isEqualTo("RESOLVED");

        incident = desk.step(CLERK_LI, incident, "reopen", RunningApi.object().put("reason", "Down again at 10:05"));
        assertThat(incident.get("status").asText()).isEqualTo("REOPENED");
    }

    @Test
    void aRequestForANewAccountIsAServiceRequest() {
        JsonNode contact = desk.logContact(Desk.contact(DOCTOR_ZHAO, "radiology", "New resident needs a PACS account"));
        RunningApi.Reply raised = api.post("/api/v1/contacts/" + contact.get("id").asText() + "/raise").as(AGENT_CHEN)
                .json(Desk.incident("PACS account for a new resident", "account", "ONE_PERSON", "NO_CLINICAL_EFFECT")
                        .put("type", "SERVICE_REQUEST"))
                .send();

        assertThat(raised.status()).isEqualTo(201);
        assertThat(raised.header("Location")).endsWith("/api/v1/service-requests/" + raised.json().get("id").asText());
        assertThat(raised.json().get("number").asText()).startsWith("REQ-");
        RunningApi.Reply read = api.get("/api/v1/service-requests/" + raised.json().get("number").asText())
                .as(DOCTOR_ZHAO).send();
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("id")).isEqualTo(raised.json().get("id"));
    }

    private static List<String> historyOf(JsonNode ticket) {
        JsonNode history = api.get(Desk.path(ticket) + "/history").as(AGENT_CHEN).send().json();
        List<String> steps = new ArrayList<>();
        history.get("events").forEach(e -> steps.add(e.get("type").asText() + ":" + e.get("actor").asText()));
        return steps;
    }
}
