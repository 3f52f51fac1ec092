package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.itilhis.adapters.rest.http.CorsPolicy;
import org.junit.jupiter.api.Test;

/**
 * Every answer carries {@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy:
 * no-referrer} and, but the OpenAPI document, {@code Cache-Control: no-store}, whoever answers
 * (a resource, a refusal, Jetty itself). CORS is off unless origins are named: then a preflight
 * from one of them is answered before authentication and its requests may read the answers;
 * any other origin gets no CORS header at all.
 */
class SecurityHeadersHttpTest {
    private static final String DESK_ORIGIN = "https://desk.hospital.example";
    private static final String OTHER_ORIGIN = "https://elsewhere.example";
    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void everyAnswerForbidsSniffingAndStoringButTheApiDocumentMayBeStoredIfCheckedAgain() {
        try (RunningApi api = RunningApi.start()) {
            String contact = new Desk(api).logContact(Desk.contact(NURSE_WANG, "ward-5-east", "Printer jams"))
                    .get("id").asText();
            List<RunningApi.Reply> personal = List.of(
                    api.get("/api/v1/contacts/" + contact).as(AGENT_CHEN).send(),
                    api.get("/api/v1/queue").as(AGENT_CHEN).send(),
                    api.get("/api/v1/incidents/INC-2026-999999").as(AGENT_CHEN).send(),
                    api.get("/api/v1/queue").send(),
                    api.get("/api/v1/health").send());
            RunningApi.Reply document = api.get("/api/v1/openapi.json").send();

            assertThat(personal).extracting(RunningApi.Reply::status).containsExactly(200, 200, 404, 401, 200);
            for (RunningApi.Reply reply : personal) {
                assertThat(reply.header("Cache-Control")).as(reply.toString()).isEqualTo("no-store");
                assertSecured(reply.response().headers());
            }
            assertThat(document.header("Cache-Control")).isEqualTo("no-cache");
            assertSecured(document.response().headers());
        }
    }

    @Test
    void jettysOwnRefusalsCarryTheSameHeaders() throws Exception {
        try (RunningApi api = RunningApi.start()) {
            HttpResponse<String> tooLarge = client.send(HttpRequest.newBuilder(api.uri("/api/v1/queue"))
                    .header("X-Padding", "x".repeat(64 * 1024)).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(tooLarge.statusCode()).isEqualTo(431);
            assertThat(tooLarge.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertSecured(tooLarge.headers());
        }
    }

    @Test
    void withoutAllowedOriginsNoAnswerCarriesCorsHeaders() throws Exception {
        try (RunningApi api = RunningApi.start()) {
            HttpResponse<String> preflight = preflight(api, DESK_ORIGIN);
            RunningApi.Reply reply = api.get("/api/v1/queue").as(AGENT_CHEN).header("Origin", DESK_ORIGIN).send();

            assertThat(preflight.headers().map().keySet()).noneMatch(name -> name.startsWith("access-control-"));
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.response().headers().map().keySet()).noneMatch(name -> name.startsWith("access-control-"));
        }
    }

    @Test
    void anAllowedOriginsPreflightIsAnsweredWithoutCredentialsAndItsRequestsMayReadTheAnswer() throws Exception {
        try (RunningApi api = RunningApi.with(builder -> builder.cors(CorsPolicy.allowing(DESK_ORIGIN)))) {
            HttpResponse<String> preflight = preflight(api, DESK_ORIGIN);
            RunningApi.Reply reply = api.get("/api/v1/queue").as(AGENT_CHEN).header("Origin", DESK_ORIGIN).send();

            assertThat(preflight.statusCode()).isEqualTo(204);
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(DESK_ORIGIN);
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElseThrow())
                    .contains("GET", "POST", "PUT", "DELETE");
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElseThrow())
                    .contains("Authorization", "If-Match", "Idempotency-Key", "Content-Type", "Accept-Language");
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
            assertSecured(preflight.headers());
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.header("Access-Control-Allow-Origin")).isEqualTo(DESK_ORIGIN);
            assertThat(reply.header("Access-Control-Expose-Headers")).contains("ETag", "Location", "Retry-After");
            assertThat(reply.response().headers().allValues("Vary")).anyMatch(vary -> vary.contains("Origin"));
        }
    }

    @Test
    void anotherOriginGetsNoCorsHeadersFromAnApiThatAllowsSome() throws Exception {
        try (RunningApi api = RunningApi.with(builder -> builder.cors(CorsPolicy.allowing(DESK_ORIGIN)))) {
            HttpResponse<String> preflight = preflight(api, OTHER_ORIGIN);
            RunningApi.Reply reply = api.get("/api/v1/queue").as(AGENT_CHEN).header("Origin", OTHER_ORIGIN).send();

            assertThat(preflight.statusCode()).isNotEqualTo(204);
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.header("Access-Control-Allow-Origin")).isNull();
        }
    }

    /** What a browser sends before a {@code POST} with a token and a JSON body from {@code origin}. */
    private HttpResponse<String> preflight(RunningApi api, String origin) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(api.uri("/api/v1/contacts"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type, idempotency-key")
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertSecured(HttpHeaders headers) {
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        // JSON answers load nothing: no script, frame, base URL or form target of anyone's
        assertThat(headers.firstValue("Content-Security-Policy"))
                .hasValue("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
    }
}
