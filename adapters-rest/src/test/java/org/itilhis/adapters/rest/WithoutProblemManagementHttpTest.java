package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.testkit.DemoHospital.PROBLEM_MANAGER_ZHAO;

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
 * An API built without problem management's ports serves none of its resources: 404, as any
 * unknown path, and the desk's own resources beside them are served alike.
 */
class WithoutProblemManagementHttpTest {

    @Test
    void theProblemResourcesAreNotServed() throws Exception {
        InMemoryServiceDesk desk = DemoHospital.inMemory();
        RestApi api = RestApi.builder().serviceDesk(desk.desk.desk()).tickets(desk.desk.tickets())
                .queries(desk.desk.queries()).contactQueries(desk.desk.contactQueries())
                .cmdb(desk.cmdb.items(), desk.cmdb.queries())
                .idempotency(new InMemoryIdempotencyStore(desk.transactions), desk.transactions)
                .authenticator(BearerTokenAuthenticator.builder().grantToken("zhao", PROBLEM_MANAGER_ZHAO).build())
                .build();
        try (RestServer server = RestServer.start(api, "127.0.0.1", 0)) {
            HttpClient client = HttpClient.newHttpClient();
            for (String path : List.of("api/v1/problems", "api/v1/problems/PRB-2026-000001", "api/v1/known-errors",
                    "api/v1/problem-candidates", "api/v1/incidents/INC-2026-000001/problems")) {
                HttpResponse<String> reply = OpenApiAnswers.send(client, HttpRequest.newBuilder(
                        server.baseUri().resolve(path)).header("Authorization", "Bearer zhao").build());
                assertThat(reply.statusCode()).as(path).isEqualTo(404);
                assertThat(RunningApi.JSON.readTree(reply.body()).get("code").asText()).isEqualTo("request.not-found");
            }
            HttpResponse<String> resolved = OpenApiAnswers.send(client, HttpRequest.newBuilder(server.baseUri()
                            .resolve("api/v1/contacts/" + UUID.randomUUID() + "/resolve-with-known-error"))
                    .header("Authorization", "Bearer zhao").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"knownError\":\"PRB-2026-000001\",\"note\":\"x\"}"))
                    .build());
            assertThat(resolved.statusCode()).isEqualTo(404);
            HttpResponse<String> items = OpenApiAnswers.send(client, HttpRequest.newBuilder(server.baseUri()
                    .resolve("api/v1/ci-classes")).header("Authorization", "Bearer zhao").build());
            assertThat(items.statusCode()).isEqualTo(200);
            assertThat(desk.events.all()).isEmpty();
        }
    }
}
