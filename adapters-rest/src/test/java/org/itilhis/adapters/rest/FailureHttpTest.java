package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.adapters.rest.auth.BearerTokenAuthenticator;
import org.itilhis.core.access.Permission;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.ports.common.StorageException;
import org.itilhis.ports.servicedesk.in.QueuePosition;
import org.itilhis.ports.servicedesk.in.TicketQueries;
import org.itilhis.ports.servicedesk.in.TicketSearch;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.memory.InMemoryIdempotencyStore;
import org.itilhis.testkit.memory.InMemoryServiceDesk;
import org.junit.jupiter.api.Test;

/**
 * Failures behind the ports: an unexpected exception is a generic 500 problem with an error id
 * and nothing of the exception; a storage failure is 503 with Retry-After, logged without the
 * values its causes quote.
 */
class FailureHttpTest {
    private static final Path LOG = Path.of("target", "adapters-rest-tests.log");

    @Test
    void anUnexpectedErrorIsAGeneric500WithoutInternals() {
        try (RestServer server = RestServer.start(api(new IllegalStateException("secret pool state")), "127.0.0.1", 0)) {
            RunningApi.Reply reply = get(server);
            assertThat(reply.status()).isEqualTo(500);
            Problems.assertNoInternals(reply);
            JsonNode problem = reply.json();
            assertThat(problem.get("code").asText()).isEqualTo("request.internal-error");
            assertThat(problem.get("detail").asText()).matches("The server could not complete .* [0-9a-f-]{36}")
                    .doesNotContain("secret");
        }
    }

    @Test
    void aStorageFailureIs503() {
        try (RestServer server = RestServer.start(api(new StorageException("db down", null)), "127.0.0.1", 0)) {
            RunningApi.Reply reply = get(server);
            assertThat(reply.status()).isEqualTo(503);
            assertThat(reply.header("Retry-After")).isEqualTo("5");
            assertThat(reply.json().get("code").asText()).isEqualTo("request.storage-unavailable");
        }
    }

    /**
     * A storage adapter's failure whose cause quotes a statement's value (as a driver's text
     * does: MariaDB's {@code Duplicate entry '...'}), for a search of that value: the server's
     * log names the failure and its SQL state, and neither the value nor the query.
     */
    @Test
    void aStorageFailureIsLoggedWithItsCodesButWithoutTheValuesOfTheRequestOrTheStatement() throws IOException {
        String marker = "Li Si MRN 0012345 " + UUID.randomUUID();
        SQLException driverFailure = new SQLException("Duplicate entry '" + marker + "' for key 'PRIMARY'", "23000",
                1062);
        StorageException failure = new StorageException("searching tickets failed", driverFailure);
        try (RestServer server = RestServer.start(api(failure), "127.0.0.1", 0)) {
            RunningApi.Reply reply = new Client(server).get("/api/v1/incidents?q="
                    + URLEncoder.encode(marker, StandardCharsets.UTF_8));

            assertThat(reply.status()).isEqualTo(503);
            assertThat(reply.text()).doesNotContain(marker);
        }
        String log = Files.readString(LOG, StandardCharsets.UTF_8);
        assertThat(log).contains("storage unavailable: searching tickets failed <- SQLException (SQL state 23000, "
                + "error code 1062)");
        assertThat(log).doesNotContain(marker).doesNotContain("MRN 0012345");
    }

    private static RunningApi.Reply get(RestServer server) {
        return new Client(server).get("/api/v1/queue");
    }

    private static RestApi api(RuntimeException failure) {
        InMemoryServiceDesk desk = DemoHospital.inMemory();
        return RestApi.builder().serviceDesk(desk.desk.desk()).tickets(desk.desk.tickets())
                .queries(new FailingQueries(failure)).contactQueries(desk.desk.contactQueries())
                .idempotency(new InMemoryIdempotencyStore(desk.transactions), desk.transactions)
                .authenticator(BearerTokenAuthenticator.builder().grantToken("t", AGENT_CHEN).build())
                .build();
    }

    /** Queries whose storage fails. */
    private record FailingQueries(RuntimeException failure) implements TicketQueries {
        @Override
        public TicketView ticket(Actor actor, TicketId id) {
            throw failure;
        }

        @Override
        public Optional<TicketView> byNumber(Actor actor, TicketNumber number) {
            throw failure;
        }

        @Override
        public TicketView permitted(Actor actor, TicketId id, Permission permission) {
            throw failure;
        }

        @Override
        public List<TicketView> queued(Actor actor, List<TicketId> ids) {
            throw failure;
        }

        @Override
        public List<TicketView> queue(Actor actor, int limit, Optional<QueuePosition> after) {
            throw failure;
        }

        @Override
        public List<TicketView> search(Actor actor, TicketSearch search) {
            throw failure;
        }

        @Override
        public List<DomainEvent> history(Actor actor, TicketId id) {
            throw failure;
        }
    }

    /** A bare client for a server this test started itself. */
    private record Client(RestServer server) {
        RunningApi.Reply get(String path) {
            try {
                java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(server.baseUri().resolve(
                        path.substring(1))).header("Authorization", "Bearer t").build();
                return new RunningApi.Reply(java.net.http.HttpClient.newHttpClient().send(request,
                        java.net.http.HttpResponse.BodyHandlers.ofString()));
            } catch (java.io.IOException | InterruptedException failed) {
                throw new IllegalStateException(failed);
            }
        }
    }
}
