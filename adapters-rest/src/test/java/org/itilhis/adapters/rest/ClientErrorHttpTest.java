package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.adapters.rest.Problems.fields;
import static org.itilhis.adapters.rest.Problems.refused;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.CONFIG_MANAGER_QIAN;
import static org.itilhis.testkit.DemoHospital.DIRECTOR_GAO;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Requests the API refuses before the core decides anything: 400, 401, 404, 405, 406, 413 and
 * 415, each as a problem document, none changing data.
 */
class ClientErrorHttpTest {
    private static RunningApi api;
    private static JsonNode incident;

    @BeforeAll
    static void start() {
        api = RunningApi.start();
        incident = new Desk(api).printerIncident();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void malformedJsonIs400WithWhereItBroke() {
        JsonNode problem = refused(api, 400, "request.malformed-json",
                () -> api.post("/api/v1/contacts").as(AGENT_CHEN).raw("application/json", "{\"channel\": PHONE}").send());
        assertThat(problem.get("detail").asText()).contains("line 1");
    }

    @Test
    void anUnknownEnumValueIs400ListingTheKnownOnes() {
        JsonNode problem = refused(api, 400, "request.invalid", () -> api.post("/api/v1/contacts").as(AGENT_CHEN)
                .json(Desk.contact(NURSE_WANG, "ward-5-east", "x").put("channel", "PIGEON")).send());
        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("channel");
        assertThat(problem.at("/errors/0/message").asText()).contains("PHONE", "HIS_BUTTON");
    }

    @Test
    void anUnknownFieldAndAWrongTypeAre400NamingTheField() {
        JsonNode unknown = refused(api, 400, "request.invalid", () -> api.post("/api/v1/contacts").as(AGENT_CHEN)
                .json(Desk.contact(NURSE_WANG, "ward-5-east", "x").put("patientName", "Zhang San")).send());
        assertThat(fields(unknown)).containsExactly("patientName");
        JsonNode wrongType = refused(api, 400, "request.invalid", () -> new Desk(api).attempt(ENGINEER_LIU, incident,
                "work-logs", RunningApi.object().put("minutes", "ninety").put("note", "x")));
        assertThat(fields(wrongType)).containsExactly("minutes");
    }

    @Test
    void brokenConstraintsAre400WithEveryField() {
        JsonNode problem = refused(api, 400, "request.invalid", () -> api.post("/api/v1/contacts").as(AGENT_CHEN)
                .json(RunningApi.object().put("caller", " ").put("extension", "call me")
                        .put("description", "x".repeat(8001)))
                .send());
        assertThat(fields(problem)).containsExactlyInAnyOrder("caller", "channel", "department", "description",
                "extension");
    }

    @Test
    void badIdentifiersAndParametersAre400() {
        refused(api, 400, "request.invalid", () -> api.get("/api/v1/incidents/not-a-uuid").as(AGENT_CHEN).send());
        refused(api, 400, "request.invalid", () -> api.get("/api/v1/incidents/INC-20x6-1").as(AGENT_CHEN).send());
        refused(api, 400, "request.invalid", () -> api.post("/api/v1/contacts/42/link").as(AGENT_CHEN)
                .json(RunningApi.object().put("ticket", "also-not-a-uuid")).send());
        JsonNode limits = refused(api, 400, "request.invalid",
                () -> api.get("/api/v1/incidents?limit=0&priority=P9&status=LOST&cursor=xyz").as(AGENT_CHEN).send());
        assertThat(fields(limits)).containsExactlyInAnyOrder("limit", "priority", "status", "cursor");
        refused(api, 400, "request.invalid", () -> api.get("/api/v1/queue?limit=100000").as(AGENT_CHEN).send());
    }

    /**
     * The NUL character reaches no database (PostgreSQL refuses it, which used to answer 503):
     * in a query parameter, a JSON text or a calendar document it is a 400 naming the field,
     * in the reader's language.
     */
    @Test
    void theNulCharacterIs400NamingTheFieldWhereverItIsSent() {
        JsonNode query = refused(api, 400, "request.invalid",
                () -> api.get("/api/v1/cis?q=printer%00jam").as(CONFIG_MANAGER_QIAN).send());
        assertThat(query.at("/errors/0/field").asText()).isEqualTo("q");
        JsonNode search = refused(api, 400, "request.invalid",
                () -> api.get("/api/v1/incidents?q=a%00b").as(AGENT_CHEN).header("Accept-Language", "zh-CN").send());
        assertThat(search.at("/errors/0/message").asText()).isEqualTo("不能包含 NUL 字符（U+0000）");
        JsonNode body = refused(api, 400, "request.invalid", () -> api.post("/api/v1/contacts").as(AGENT_CHEN)
                .json(Desk.contact(NURSE_WANG, "ward-5-east", "printer\u0000jams")).send());
        assertThat(fields(body)).containsExactly("description");
        assertThat(body.at("/errors/0/message").asText()).isEqualTo("must not contain the NUL character (U+0000)");
    }

    /** Instants are bounded: a calendar version effective in year +999999999 used to fail in storage (503). */
    @Test
    void anInstantOutsideTheYears1970To9999Is400() {
        JsonNode farFuture = refused(api, 400, "request.invalid", () -> api.post("/api/v1/calendars/office-hours/versions"
                + "?effectiveFrom=%2B999999999-01-01T00:00:00Z&reason=x").as(DIRECTOR_GAO)
                .raw("text/plain", "NAME x\nWEEKLY MON..FRI 08:00-17:00\n").send());
        assertThat(farFuture.at("/errors/0/field").asText()).isEqualTo("effectiveFrom");
        assertThat(farFuture.at("/errors/0/message").asText())
                .isEqualTo("must be an instant from 1970-01-01T00:00:00Z to 9999-12-31T23:59:59Z");
    }

    @Test
    void aMissingBodyIs400() {
        refused(api, 400, "request.body-required",
                () -> api.post("/api/v1/contacts").as(AGENT_CHEN).raw("application/json", "").send());
    }

    /** Every ticket step that takes a body: without one, 400 once the If-Match checks passed (428 and 412 first). */
    @Test
    void aStepWithoutItsBodyIs400AfterItsPreconditions() {
        for (String step : List.of("assign", "hold", "escalate", "escalate-to-lead", "update-caller", "resolve",
                "reopen", "cancel", "work-logs", "rating", "reprioritise", "override-priority",
                "declare-major-incident")) {
            String path = Desk.path(incident) + "/" + step;
            refused(api, 428, "request.precondition-required",
                    () -> api.post(path).as(ENGINEER_LIU).raw("application/json", "").send());
            refused(api, 412, "request.precondition-failed", () -> api.post(path).as(ENGINEER_LIU)
                    .header("If-Match", "W/\"1\"").raw("application/json", "").send());
            refused(api, 400, "request.body-required", () -> api.post(path).as(ENGINEER_LIU)
                    .header("If-Match", "\"1\"").raw("application/json", "").send());
        }
        assertThat(api.get(Desk.path(incident)).as(AGENT_CHEN).send().json().get("version"))
                .isEqualTo(incident.get("version"));
    }

    @Test
    void noValidBearerTokenIs401WithAChallenge() {
        JsonNode missing = refused(api, 401, "request.unauthenticated", () -> api.get("/api/v1/queue").send());
        assertThat(missing.get("instance").asText()).isEqualTo("/api/v1/queue");
        assertThat(api.get("/api/v1/queue").send().header("WWW-Authenticate")).isEqualTo("Bearer realm=\"itilhis\"");
        for (String credentials : new String[] {"Basic dXNlcjpwYXNz", "Negotiate YIIB"}) {
            RunningApi.Reply reply = api.get("/api/v1/queue").header("Authorization", credentials).send();
            assertThat(reply.status()).as(credentials).isEqualTo(401);
            assertThat(reply.header("WWW-Authenticate")).as("no bearer token presented")
                    .isEqualTo("Bearer realm=\"itilhis\"");
        }
        for (String credentials : new String[] {"Bearer wrong-token", "Bearer", "Bearer a b", "bearer  x.y.z",
                "Bearer " + "x".repeat(5000)}) {
            RunningApi.Reply reply = api.get("/api/v1/queue").header("Authorization", credentials).send();
            assertThat(reply.status()).as(credentials).isEqualTo(401);
            assertThat(reply.header("WWW-Authenticate")).as("a bearer token presented and refused")
                    .isEqualTo("Bearer realm=\"itilhis\", error=\"invalid_token\"");
        }
    }

    @Test
    void unknownThingsAre404() {
        refused(api, 404, "ticket.not-found",
                () -> api.get("/api/v1/incidents/" + UUID.randomUUID()).as(AGENT_CHEN).send());
        refused(api, 404, "ticket.not-found", () -> api.get("/api/v1/incidents/INC-2026-999999").as(AGENT_CHEN).send());
        refused(api, 404, "ticket.not-found", () -> api.get("/api/v1/service-requests/" + incident.get("id").asText())
                .as(AGENT_CHEN).send());
        refused(api, 404, "contact.not-found", () -> api.post("/api/v1/contacts/" + UUID.randomUUID() + "/raise")
                .as(AGENT_CHEN).json(Desk.incident("x", "printer", "ONE_PERSON", "DEGRADED")).send());
        refused(api, 404, "request.not-found", () -> api.get("/api/v1/no-such-things").as(AGENT_CHEN).send());
    }

    @Test
    void aMethodTheResourceLacksIs405WithAllow() {
        refused(api, 405, "request.method-not-allowed", () -> api.call("DELETE", Desk.path(incident)).as(AGENT_CHEN).send());
        assertThat(api.call("PUT", "/api/v1/queue").as(AGENT_CHEN).send().header("Allow")).contains("GET");
    }

    @Test
    void anAcceptTheApiCannotServeIs406() {
        refused(api, 406, "request.not-acceptable",
                () -> api.get(Desk.path(incident)).as(AGENT_CHEN).header("Accept", "application/xml").send());
    }

    @Test
    void aBodyOverTheLimitIs413WhetherDeclaredOrStreamed() {
        String big = "{\"description\":\"" + "x".repeat(70 * 1024) + "\"}";
        refused(api, 413, "request.too-large",
                () -> api.post("/api/v1/contacts").as(AGENT_CHEN).raw("application/json", big).send());
        refused(api, 413, "request.too-large", () -> api.post("/api/v1/contacts").as(AGENT_CHEN)
                .header("Content-Type", "application/json")
                .body(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes())))
                .send());
    }

    @Test
    void aBodyInAnotherMediaTypeIs415() {
        refused(api, 415, "request.unsupported-media-type",
                () -> api.post("/api/v1/contacts").as(AGENT_CHEN).raw("text/plain", "printer broken").send());
        refused(api, 415, "request.unsupported-media-type", () -> api.post("/api/v1/contacts").as(AGENT_CHEN)
                .raw("application/x-www-form-urlencoded", "caller=N1001").send());
    }
}
