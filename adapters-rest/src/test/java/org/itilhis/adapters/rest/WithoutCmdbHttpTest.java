package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.CONFIG_MANAGER_QIAN;
import static org.itilhis.testkit.DemoHospital.DIRECTOR_GAO;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.itilhis.adapters.rest.auth.BearerTokenAuthenticator;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.cmdb.ImportFixture;
import org.itilhis.testkit.memory.InMemoryIdempotencyStore;
import org.itilhis.testkit.memory.InMemoryServiceDesk;
import org.junit.jupiter.api.Test;

/**
 * An API built without the CMDB ports serves none of its resources: 404, as any unknown path;
 * one built with the CMDB but without the import port serves all but the import. Without the
 * CMDB, a contact cannot be raised against configuration items: 400 naming the field.
 */
class WithoutCmdbHttpTest {

    @Test
    void theCmdbResourcesAreNotServed() throws Exception {
        InMemoryServiceDesk desk = DemoHospital.inMemory();
        RestApi api = RestApi.builder().serviceDesk(desk.desk.desk()).tickets(desk.desk.tickets())
                .queries(desk.desk.queries()).contactQueries(desk.desk.contactQueries())
                .serviceLevels(desk.levels.queries(), desk.levels.administration())
                .idempotency(new InMemoryIdempotencyStore(desk.transactions), desk.transactions)
                .authenticator(BearerTokenAuthenticator.builder().grantToken("director", DIRECTOR_GAO).build())
                .build();
        try (RestServer server = RestServer.start(api, "127.0.0.1", 0)) {
            HttpClient client = HttpClient.newHttpClient();
            for (String path : List.of("api/v1/cis", "api/v1/cis/by-asset-tag/SRV-1", "api/v1/ci-classes",
                    "api/v1/relationship-rules", "api/v1/tickets/INC-2026-000001/affected-cis",
                    "api/v1/contacts/" + UUID.randomUUID() + "/nearby-cis")) {
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

    @Test
    void withoutTheImportPortOnlyTheImportIsNotServed() throws Exception {
        InMemoryServiceDesk desk = DemoHospital.inMemory();
        RestApi api = RestApi.builder().serviceDesk(desk.desk.desk()).tickets(desk.desk.tickets())
                .queries(desk.desk.queries()).contactQueries(desk.desk.contactQueries())
                .cmdb(desk.cmdb.items(), desk.cmdb.queries())
                .idempotency(new InMemoryIdempotencyStore(desk.transactions), desk.transactions)
                .authenticator(BearerTokenAuthenticator.builder().grantToken("qian", CONFIG_MANAGER_QIAN).build())
                .build();
        try (RestServer server = RestServer.start(api, "127.0.0.1", 0)) {
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> imported = OpenApiAnswers.send(client, HttpRequest.newBuilder(server.baseUri()
                            .resolve("api/v1/cis/import")).header("Authorization", "Bearer qian")
                    .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofByteArray(
                            ImportFixture.INVENTORY.bytes())).build());
            assertThat(imported.statusCode()).isEqualTo(404);
            assertThat(RunningApi.JSON.readTree(imported.body()).get("code").asText()).isEqualTo("request.not-found");
            assertThat(desk.events.all()).isEmpty();
            HttpResponse<String> classes = OpenApiAnswers.send(client, HttpRequest.newBuilder(server.baseUri()
                    .resolve("api/v1/ci-classes")).header("Authorization", "Bearer qian").build());
            assertThat(classes.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void withoutTheCmdbAContactIsNotRaisedAgainstItems() throws Exception {
        InMemoryServiceDesk desk = DemoHospital.inMemory();
        RestApi api = RestApi.builder().serviceDesk(desk.desk.desk()).tickets(desk.desk.tickets())
                .queries(desk.desk.queries()).contactQueries(desk.desk.contactQueries())
                .idempotency(new InMemoryIdempotencyStore(desk.transactions), desk.transactions)
                .authenticator(BearerTokenAuthenticator.builder().grantToken("chen", AGENT_CHEN).build())
                .build();
        try (RestServer server = RestServer.start(api, "127.0.0.1", 0)) {
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> logged = OpenApiAnswers.send(client, HttpRequest.newBuilder(
                            server.baseUri().resolve("api/v1/contacts")).header("Authorization", "Bearer chen")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Desk.contact(NURSE_WANG, "ward-5-east", "PACS down")
                            .toString())).build());
            assertThat(logged.statusCode()).isEqualTo(201);
            String contact = RunningApi.JSON.readTree(logged.body()).get("id").asText();
            int events = desk.events.all().size();
            var body = Desk.incident("PACS down", "pacs", "ONE_DEPARTMENT", "DEGRADED");
            body.putArray("affectedCis").add(UUID.randomUUID().toString());

            HttpResponse<String> raised = OpenApiAnswers.send(client, HttpRequest.newBuilder(server.baseUri()
                            .resolve("api/v1/contacts/" + contact + "/raise")).header("Authorization", "Bearer chen")
                    .header("Content-Type", "application/json").header("Accept-Language", "en")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());

            assertThat(raised.statusCode()).isEqualTo(400);
            var problem = RunningApi.JSON.readTree(raised.body());
            assertThat(problem.get("code").asText()).isEqualTo("request.invalid");
            assertThat(problem.at("/errors/0/field").asText()).isEqualTo("affectedCis");
            assertThat(problem.at("/errors/0/message").asText()).contains("configuration management database");
            assertThat(desk.events.all()).hasSize(events);
        }
    }
}
