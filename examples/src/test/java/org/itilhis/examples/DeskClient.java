package org.itilhis.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Function;

/**
 * A client of the running hospital service desk, as an HIS integration would be one: plain
 * {@link HttpClient}, bearer tokens of the demo people, {@code Idempotency-Key} on creations
 * and {@code If-Match} on workflow steps.
 */
final class DeskClient {
    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI api;
    /** The bearer token of each person, by the names {@link DemoTokens#PEOPLE} gives them. */
    private final Function<String, String> tokens;

    /** A client signing in with the demo tokens. */
    DeskClient(HospitalServiceDesk desk) {
        this(desk, desk.tokens().orElseThrow(() -> new IllegalStateException("the demo tokens are off"))::token);
    }

    /** A client signing in with the bearer tokens {@code tokens} gives for the people's names. */
    DeskClient(HospitalServiceDesk desk, Function<String, String> tokens) {
        this.api = desk.apiUri();
        this.tokens = tokens;
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /** A call from a caller of the demo hospital, as the service desk logs it. */
    static ObjectNode call(String caller, String department, String description) {
        return object().put("channel", "PHONE").put("caller", caller).put("department", department)
                .put("description", description);
    }

    /** Clerk Li's registration terminal, raised as a P2 incident. */
    static ObjectNode registrationIncident() {
        return object().put("type", "INCIDENT").put("summary", "Outpatient registration window 3 cannot register")
                .put("category", "his.outpatient-registration").put("impact", "ONE_DEPARTMENT")
                .put("urgency", "SEVERELY_DEGRADED").put("criticality", "CLINICAL_CRITICAL");
    }

    /** {@code POST /contacts} as agent Chen; asserts 201. */
    JsonNode logContact(String idempotencyKey, ObjectNode call) {
        Reply reply = post("AGENT_CHEN", "/contacts", call, "Idempotency-Key", idempotencyKey);
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        return reply.json();
    }

    /** {@code POST /contacts/{id}/raise} as agent Chen, answered as it came (201 or a replay). */
    Reply raise(String contactId, String idempotencyKey, ObjectNode ticket) {
        return post("AGENT_CHEN", "/contacts/" + contactId + "/raise", ticket, "Idempotency-Key", idempotencyKey);
    }

    /** A workflow step on an incident with the version of {@code ticket}; asserts 200 and answers the ticket. */
    JsonNode step(String person, JsonNode ticket, String action, ObjectNode body) {
        Reply reply = post(person, "/incidents/" + ticket.get("id").asText() + "/" + action, body,
                "If-Match", "\"" + ticket.get("version").asLong() + "\"");
        assertThat(reply.status()).as("%s %s", action, reply).isEqualTo(200);
        return reply.json();
    }

    Reply get(String person, String path) {
        return send(request(person, path).GET());
    }

    Reply post(String person, String path, ObjectNode body, String header, String value) {
        HttpRequest.Builder request = request(person, path).header(header, value);
        if (body == null) {
            request.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        }
        return send(request);
    }

    private HttpRequest.Builder request(String person, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + path)).timeout(Duration.ofSeconds(20));
        return person == null ? request : request.header("Authorization", "Bearer " + tokens.apply(person));
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            return new Reply(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** A response, its body read as JSON on demand. */
    record Reply(HttpResponse<String> response) {
        int status() {
            return response.statusCode();
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        JsonNode json() {
            try {
                return JSON.readTree(response.body());
            } catch (IOException notJson) {
                throw new UncheckedIOException("not JSON: " + response.body(), notJson);
            }
        }

        @Override
        public String toString() {
            return response.statusCode() + " " + response.body();
        }
    }
}
