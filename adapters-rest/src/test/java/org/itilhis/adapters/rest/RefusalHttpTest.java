package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.adapters.rest.Problems.refused;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.LEAD_SUN;
import static org.itilhis.testkit.DemoHospital.NETWORK_MA;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the core refuses, and the conditions of state-changing requests: 403, 409 (with the
 * allowed actions), 412, 422 and 428, each as a problem document, none changing data.
 */
class RefusalHttpTest {
    private static RunningApi api;
    private static Desk desk;
    private JsonNode incident;

    @BeforeAll
    static void start() {
        api = RunningApi.start();
        desk = new Desk(api);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @BeforeEach
    void newIncident() {
        incident = desk.printerIncident();
    }

    @Test
    void whatTheActorsRolesDoNotPermitIs403() {
        refused(api, 403, "access.denied", () -> desk.attempt(NURSE_WANG, incident, "assign",
                RunningApi.object().put("group", "desktop-first-line")));
        JsonNode problem = refused(api, 403, "access.denied", () -> desk.attempt(ENGINEER_LIU, incident, "assign",
                RunningApi.object().put("group", "network-second-line")));
        assertThat(problem.get("detail").asText()).contains("E0101", "assign", incident.get("number").asText());
    }

    /** The security log names who was refused what on which ticket, apart from the access log. */
    @Test
    void aRefusalIsWrittenToTheSecurityLogWithTheStaffIdThePermissionAndTheTicketNumber() throws IOException {
        refused(api, 403, "access.denied", () -> desk.attempt(NURSE_WANG, incident, "assign",
                RunningApi.object().put("group", "desktop-first-line")));

        String log = Files.readString(Path.of("target", "adapters-rest-tests.log"), StandardCharsets.UTF_8);
        assertThat(log).contains("org.itilhis.security - access denied: N1001 from 127.0.0.1 may not ASSIGN on "
                + incident.get("number").asText() + ": POST " + Desk.path(incident) + "/assign");
    }

    /** A refused bearer token is a security event too: from where, on what; never the token. */
    @Test
    void aRefusedTokenIsWrittenToTheSecurityLogWithoutTheToken() throws IOException {
        String token = "forged-" + UUID.randomUUID();
        RunningApi.Reply refused = api.get("/api/v1/queue").header("Authorization", "Bearer " + token).send();

        assertThat(refused.status()).isEqualTo(401);
        String log = Files.readString(Path.of("target", "adapters-rest-tests.log"), StandardCharsets.UTF_8);
        assertThat(log).contains("org.itilhis.security - authentication refused: a bearer token from 127.0.0.1: "
                + "GET /api/v1/queue").doesNotContain(token);
    }

    /** Another group's ticket is, for an engineer, a ticket that does not exist: no probing for numbers. */
    @Test
    void aTicketOutsideTheActorsSightIs404AsIfItDidNotExist() {
        JsonNode hidden = refused(api, 404, "ticket.not-found", () -> desk.attempt(NETWORK_MA, incident, "accept", null));
        JsonNode unknown = refused(api, 404, "ticket.not-found", () -> api.post("/api/v1/incidents/"
                + UUID.randomUUID() + "/accept").as(NETWORK_MA).header("If-Match", "*").send());
        assertThat(hidden.get("title")).isEqualTo(unknown.get("title"));
        assertThat(api.get(Desk.path(incident)).as(NETWORK_MA).send().status()).isEqualTo(404);
    }

    @Test
    void aStepTheWorkflowDoesNotAllowNowIs409WithTheAllowedActions() {
        JsonNode problem = refused(api, 409, "workflow.illegal-transition",
                () -> desk.attempt(NURSE_WANG, incident, "confirm", null));
        assertThat(problem.get("allowedActions")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("assign", "accept", "escalate", "escalate-to-lead", "update-caller", "cancel");
    }

    @Test
    void otherRulesOfTheCurrentStateAre409() {
        refused(api, 409, "ticket.rating-before-closure", () -> desk.attempt(NURSE_WANG, incident, "rating",
                RunningApi.object().put("score", 4)));
        JsonNode assigned = desk.step(LEAD_SUN, incident, "assign", RunningApi.object().put("group", "desktop-first-line"));
        refused(api, 409, "workflow.guard-failed", () -> desk.attempt(LEAD_SUN, assigned, "start", null));
    }

    @Test
    void aContactHasOneOutcomeOnly() {
        JsonNode contact = desk.logContact(Desk.contact(NURSE_WANG, "ward-5-east", "Mouse broken"));
        String resolve = "/api/v1/contacts/" + contact.get("id").asText() + "/resolve-at-first-contact";
        JsonNode advice = RunningApi.object().put("code", "ADVICE_GIVEN").put("note", "Spare mouse from the cupboard");
        assertThat(api.post(resolve).as(AGENT_CHEN).json(advice).send().status()).isEqualTo(200);

        refused(api, 409, "workflow.illegal-transition", () -> api.post(resolve).as(AGENT_CHEN).json(advice).send());
    }

    @Test
    void aStaleOrUnmatchableIfMatchIs412() {
        JsonNode accepted = desk.step(ENGINEER_LIU, incident, "accept", null);
        JsonNode stale = refused(api, 412, "ticket.version-conflict", () -> desk.attempt(LEAD_SUN, incident, "assign",
                RunningApi.object().put("group", "desktop-first-line")));
        assertThat(stale.get("detail").asText()).contains("expected version 1", "found 2");
        for (String tag : new String[] {"W/\"2\"", "\"two\""}) {
            refused(api, 412, "request.precondition-failed", () -> api.post(Desk.path(accepted) + "/start")
                    .as(ENGINEER_LIU).header("If-Match", tag).send());
        }
    }

    @Test
    void anyCurrentVersionMatchesAStar() {
        RunningApi.Reply accepted = api.post(Desk.path(incident) + "/accept").as(ENGINEER_LIU).header("If-Match", "*")
                .send();
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.etag()).isEqualTo("\"2\"");
    }

    @Test
    void aMalformedIfMatchIs400() {
        for (String tag : new String[] {"2", "\"2\", \"3\"", "\"2\",,"}) {
            JsonNode problem = refused(api, 400, "request.invalid", () -> api.post(Desk.path(incident) + "/accept")
                    .as(ENGINEER_LIU).header("If-Match", tag).send());
            assertThat(Problems.fields(problem)).containsExactly("If-Match");
        }
    }

    @Test
    void aStateChangeWithoutIfMatchIs428() {
        refused(api, 428, "request.precondition-required",
                () -> api.post(Desk.path(incident) + "/accept").as(ENGINEER_LIU).send());
    }

    @Test
    void whatTheRequestNamesWronglyIs422() {
        refused(api, 422, "assignment.unknown-group", () -> desk.attempt(LEAD_SUN, incident, "assign",
                RunningApi.object().put("group", "pharmacy-robots")));
        refused(api, 422, "assignment.engineer-not-in-group", () -> desk.attempt(LEAD_SUN, incident, "assign",
                RunningApi.object().put("group", "desktop-first-line").put("engineer", "E0301")));
        refused(api, 422, "assignment.group-tier-mismatch", () -> desk.attempt(ENGINEER_LIU, incident, "escalate",
                RunningApi.object().put("toGroup", "his-vendor").put("reason", "Skip a tier")));
    }

    @Test
    void aServiceRequestIsNeverAMajorIncident() {
        JsonNode contact = desk.logContact(Desk.contact(NURSE_WANG, "ward-5-east", "Need a second monitor"));
        JsonNode request = desk.raise(contact.get("id").asText(),
                Desk.incident("Second monitor", "desktop", "ONE_PERSON", "NO_CLINICAL_EFFECT").put("type", "SERVICE_REQUEST"));
        refused(api, 422, "ticket.not-an-incident", () -> desk.attempt(AGENT_CHEN, request, "declare-major-incident",
                RunningApi.object().put("reason", "It is urgent")));
        JsonNode other = desk.logContact(Desk.contact(NURSE_WANG, "ward-5-east", "Need a keyboard"));
        JsonNode problem = refused(api, 400, "request.invalid", () -> api.post("/api/v1/contacts/"
                + other.get("id").asText() + "/raise").as(AGENT_CHEN).json(Desk.incident("Keyboard", "desktop",
                "ONE_PERSON", "DEGRADED").put("type", "SERVICE_REQUEST").put("majorIncident", true)).send());
        assertThat(Problems.fields(problem)).containsExactly("majorIncident");
    }

    @Test
    void aLevelTheMatrixDoesNotKnowIs400NamingTheField() {
        JsonNode contact = desk.logContact(Desk.contact(NURSE_WANG, "ward-5-east", "Scanner slow"));
        JsonNode problem = refused(api, 400, "command.invalid", () -> api.post("/api/v1/contacts/"
                + contact.get("id").asText() + "/raise").as(AGENT_CHEN).json(Desk.incident("Scanner", "desktop",
                "THE_WHOLE_CITY", "DEGRADED")).send());
        assertThat(Problems.fields(problem)).containsExactly("impact");
    }
}
