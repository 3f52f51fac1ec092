package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.testkit.DemoHospital.DIRECTOR_GAO;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.itilhis.adapters.rest.auth.BearerTokenAuthenticator;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.memory.InMemoryIdempotencyStore;
import org.itilhis.testkit.memory.InMemoryServiceDesk;
import org.junit.jupiter.api.Test;

/** An API built without the service level ports serves none of their resources: 404, as any unknown path. */
class WithoutServiceLevelsHttpTest {

    @Test
    void theServiceLevelResourcesAreNotServed() throws Exception {
        InMemoryServiceDesk desk = DemoHospital.inMemory();
        DemoHospital.configureServiceLevels(desk.levels.administration());
        RestApi api = RestApi.builder().serviceDesk(desk.desk.desk()).tickets(desk.desk.tickets())
                .queries(desk.desk.queries()).contactQueries(desk.desk.contactQueries())
                .idempotency(new InMemoryIdempotencyStore(desk.transactions), desk.transactions)
                .authenticator(BearerTokenAuthenticator.builder().grantToken("director", DIRECTOR_GAO).build())
                .build();
        try (RestServer server = RestServer.start(api, "127.0.0.1", 0)) {
            HttpClient client = HttpClient.newHttpClient();
            for (String path : List.of("api/v1/sla/at-risk", "api/v1/sla/configuration", "api/v1/calendars",
                    "api/v1/calendars/24x7", "api/v1/tickets/INC-2026-000001/clocks")) {
                HttpResponse<String> reply = OpenApiAnswers.send(client, HttpRequest.newBuilder(
                        server.baseUri().resolve(path)).header("Authorization", "Bearer director").build());
                assertThat(reply.statusCode()).as(path).isEqualTo(404);
                assertThat(RunningApi.JSON.readTree(reply.body()).get("code").asText()).isEqualTo("request.not-found");
            }
            HttpResponse<String> health = OpenApiAnswers.send(client, HttpRequest.newBuilder(
                    server.baseUri().resolve("api/v1/health")).build());
            assertThat(health.statusCode()).isEqualTo(200);
        }
    }
}
