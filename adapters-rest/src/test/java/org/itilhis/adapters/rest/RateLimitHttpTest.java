package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.itilhis.adapters.rest.http.RateLimit;
import org.junit.jupiter.api.Test;

/**
 * Nobody is throttled unless the hospital sets a limit; with one, an identity beyond its burst
 * gets 429 with {@code Retry-After} and a text in its language, while other identities and the
 * unauthenticated health check go on.
 */
class RateLimitHttpTest {

    @Test
    void withoutALimitNobodyIsThrottled() {
        try (RunningApi api = RunningApi.start()) {
            for (int i = 0; i < 200; i++) {
                assertThat(api.get("/api/v1/queue").as(AGENT_CHEN).send().status()).isEqualTo(200);
            }
        }
    }

    @Test
    void beyondItsBurstAnIdentityGets429WithRetryAfterWhileOthersGoOn() throws IOException {
        try (RunningApi api = RunningApi.with(builder -> builder.rateLimit(RateLimit.of(1, Duration.ofMinutes(1), 3)))) {
            for (int i = 0; i < 3; i++) {
                assertThat(api.get("/api/v1/queue").as(AGENT_CHEN).send().status()).isEqualTo(200);
            }
            RunningApi.Reply refused = api.get("/api/v1/queue").as(AGENT_CHEN).send();
            RunningApi.Reply chinese = api.get("/api/v1/queue").as(AGENT_CHEN).header("Accept-Language", "zh-CN").send();

            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
            assertThat(refused.json().get("code").asText()).isEqualTo("request.rate-limited");
            assertThat(refused.json().get("detail").asText()).startsWith("Too many requests from you");
            assertThat(chinese.json().get("detail").asText()).contains("请求过于频繁");
            assertThat(api.get("/api/v1/queue").as(ENGINEER_LIU).send().status()).isEqualTo(200);
            assertThat(api.get("/api/v1/health").send().status()).isEqualTo(200);
        }
        assertThat(Files.readString(Path.of("target", "adapters-rest-tests.log"), StandardCharsets.UTF_8))
                .contains("org.itilhis.security - rate limited: S0001: GET /api/v1/queue");
    }
}
