package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.itilhis.core.shared.Actor;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.memory.InMemoryIdempotencyStore;
import org.itilhis.testkit.memory.InMemoryServiceDesk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An overloaded server answers at once instead of hanging: with one request running and one
 * waiting allowed, a third is turned away immediately and the waiting one after its wait, each
 * with 503 problem+json and {@code Retry-After}; the health endpoint is still answered, and
 * says OVERLOADED.
 */
class BackPressureHttpTest {
    private static final Duration MAX_WAIT = Duration.ofMillis(300);

    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch holding = new CountDownLatch(1);
    private final HttpClient http = HttpClient.newHttpClient();
    private RestServer server;

    /** A token whose request holds its place until the test releases it. */
    private Optional<Actor> authenticate(String authorization) {
        if ("Bearer slow".equals(authorization)) {
            holding.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        return Optional.of(DemoHospital.AGENT_CHEN);
    }

    @BeforeEach
    void start() {
        InMemoryServiceDesk desk = DemoHospital.inMemory();
        RestApi api = RestApi.builder()
                .serviceDesk(desk.desk.desk()).tickets(desk.desk.tickets()).queries(desk.desk.queries())
                .contactQueries(desk.desk.contactQueries())
                .idempotency(new InMemoryIdempotencyStore(desk.transactions), desk.transactions)
                .authenticator(headers -> authenticate(headers.getHeaderString("Authorization")))
                .clock(desk.clock)
                .validatorFactory(jakarta.validation.Validation.buildDefaultValidatorFactory())
                .build();
        server = RestServer.start(api, "127.0.0.1", 0, new RestServer.Capacity(1, 1, MAX_WAIT));
    }

    @AfterEach
    void stop() {
        release.countDown();
        if (server != null) {
            server.close();
        }
    }

    /** A stop does not claim to be clean while a request it could not wait for is cut off. */
    @Test
    void stoppingWithARequestStillRunningSaysItWasCutOff() throws Exception {
        get("/api/v1/queue", "slow");
        assertThat(holding.await(10, TimeUnit.SECONDS)).as("the request runs").isTrue();

        assertThatThrownBy(server::close).isInstanceOf(IllegalStateException.class)
                .hasMessage("1 requests were cut off when the REST API stopped");
        server = null;
    }

    private CompletableFuture<HttpResponse<String>> get(String path, String token) {
        return http.sendAsync(HttpRequest.newBuilder(URI.create(server.baseUri() + path.substring(1)))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString()).thenApply(OpenApiAnswers.DOCUMENT::check);
    }

    @Test
    void requestsBeyondTheRunningAndWaitingOnesAreTurnedAwayAtOnceWithRetryAfter() throws Exception {
        CompletableFuture<HttpResponse<String>> running = get("/api/v1/queue", "slow");
        assertThat(holding.await(10, TimeUnit.SECONDS)).as("the first request runs").isTrue();
        long started = System.nanoTime();
        CompletableFuture<HttpResponse<String>> waiting = get("/api/v1/queue", "agent");
        Thread.sleep(50); // let it take the only waiting place
        HttpResponse<String> turnedAway = get("/api/v1/queue", "agent").get(10, TimeUnit.SECONDS);
        HttpResponse<String> waitedInVain = waiting.get(10, TimeUnit.SECONDS);
        long waitedMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        HttpResponse<String> health = get("/api/v1/health", "agent").get(10, TimeUnit.SECONDS);
        release.countDown();

        for (HttpResponse<String> refused : new HttpResponse[] {turnedAway, waitedInVain}) {
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Content-Type")).contains("application/problem+json");
            assertThat(refused.headers().firstValue("Retry-After")).contains("1");
            JsonNode problem = RunningApi.JSON.readTree(refused.body());
            assertThat(problem.get("code").asText()).isEqualTo("request.overloaded");
            assertThat(problem.get("status").asInt()).isEqualTo(503);
        }
        assertThat(waitedMillis).as("no client hangs").isLessThan(2_000);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(RunningApi.JSON.readTree(health.body()).get("status").asText()).isEqualTo("OVERLOADED");
        assertThat(running.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    }
}
