package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.itilhis.adapters.rest.auth.BearerTokenAuthenticator;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.memory.InMemoryIdempotencyStore;
import org.itilhis.testkit.memory.InMemoryServiceDesk;
import org.junit.jupiter.api.Test;

/**
 * An API built without knowledge management's ports serves none of its resources: 404, as any
 * unknown path, and the desk's own resources beside them are served alike.
 */
class WithoutKnowledgeManagementHttpTest {

    @Test
    void theArticleResourcesAreNotServed() throws Exception {
        InMemoryServiceDesk desk = DemoHospital.inMemory();
        RestApi api = RestApi.builder().serviceDesk(desk.desk.desk()).tickets(desk.desk.tickets())
                .queries(desk.desk.queries()).contactQueries(desk.desk.contactQueries())
                .idempotency(new InMemoryIdempotencyStore(desk.transactions), desk.transactions)
                .authenticator(BearerTokenAuthenticator.builder().grantToken("chen", AGENT_CHEN).build())
                .build();
        try (RestServer server = RestServer.start(api, "127.0.0.1", 0)) {
            HttpClient client = HttpClient.newHttpClient();
            for (String path : List.of("api/v1/articles", "api/v1/articles/KB-2026-000001",
                    "api/v1/articles/search?q=printer")) {
                HttpResponse<String> reply = OpenApiAnswers.send(client, HttpRequest.newBuilder(
                        server.baseUri().resolve(path)).header("Authorization", "Bearer chen").build());
                assertThat(reply.statusCode()).as(path).isEqualTo(404);
                assertThat(RunningApi.JSON.readTree(reply.body()).get("code").asText()).isEqualTo("request.not-found");
            }
            for (String path : List.of("api/v1/contacts/" + UUID.randomUUID() + "/resolve-with-article",
                    "api/v1/tickets/" + UUID.randomUUID() + "/resolve-with-article")) {
                HttpResponse<String> resolved = OpenApiAnswers.send(client, HttpRequest.newBuilder(server.baseUri()
                                .resolve(path)).header("Authorization", "Bearer chen")
                        .header("Content-Type", "application/json").header("If-Match", "\"1\"")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"article\":\"KB-2026-000001\",\"code\":\"FIXED\",\"note\":\"x\"}")).build());
                assertThat(resolved.statusCode()).as(path).isEqualTo(404);
            }
            HttpResponse<String> queue = OpenApiAnswers.send(client, HttpRequest.newBuilder(server.baseUri()
                    .resolve("api/v1/queue")).header("Authorization", "Bearer chen").build());
            assertThat(queue.statusCode()).isEqualTo(200);
            assertThat(desk.events.all()).isEmpty();
        }
    }
}
