package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.itilhis.adapters.rest.problemdetails.SecurityLog;
import org.junit.jupiter.api.Test;

/**
 * The access log (through SLF4J, here slf4j-simple writing to {@code target/adapters-rest-tests.log})
 * records method, path template, status and duration, and nothing personal: no ids or numbers
 * from the path, no query strings, no bodies, no tokens.
 */
class RequestLogHttpTest {
    private static final Path LOG = Path.of("target", "adapters-rest-tests.log");

    @Test
    void logsTemplatesAndStatusesButNoPersonalData() throws IOException {
        try (RunningApi api = RunningApi.start()) {
            JsonNode contact = new Desk(api).logContact(Desk.contact(NURSE_WANG, "ward-5-east",
                    "Patient Zhang San cannot be registered"));
            api.post("/api/v1/contacts/" + contact.get("id").asText() + "/raise").as(AGENT_CHEN)
                    .json(Desk.incident("Registration fails for Zhang San", "his", "ONE_PERSON", "DEGRADED")).send();
            api.get("/api/v1/incidents?q=Zhang%20San&caller=N1001").as(AGENT_CHEN).send();
            api.get("/api/v1/incidents/INC-2026-000001").as(AGENT_CHEN).send();
            api.get("/api/v1/queue").header("Authorization", "Bearer not-a-real-token-41").send();

            String log = Files.readString(LOG, StandardCharsets.UTF_8);
            assertThat(log).contains("org.itilhis.adapters.rest.access - POST /api/v1/contacts 201 ",
                    "POST /api/v1/contacts/{id}/raise 201 ", "GET /api/v1/incidents 200 ",
                    "GET /api/v1/incidents/{id} 200 ", "GET /api/v1/queue 401 ");
            assertThat(log).doesNotContain("Zhang", contact.get("id").asText(), "token-", "not-a-real-token", "q=");
            // the security log (org.itilhis.security, kept apart) names who was refused what, on which ticket
            String allButSecurity = log.lines().filter(line -> !line.contains(" " + SecurityLog.LOGGER + " - "))
                    .collect(Collectors.joining("\n"));
            assertThat(allButSecurity).doesNotContain("N1001", "INC-2026-000001");
        }
    }
}
