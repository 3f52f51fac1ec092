package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.adapters.rest.Problems.refused;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.itilhis.ports.common.IdempotencyPurge;
import org.itilhis.ports.common.IdempotencyStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Creating requests with an Idempotency-Key: a retry answers the original outcome (status,
 * Location, body) and creates nothing, also after a restart on the same stores; the same key for
 * another request is 422. A key answers retries for a day (the default retention) and is free
 * again after it, and the purge then deletes its record.
 */
class IdempotencyHttpTest {
    private RunningApi api;

    @BeforeEach
    void start() {
        api = RunningApi.start();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aRetriedContactIsLoggedOnce() {
        ObjectNode contact = Desk.contact(NURSE_WANG, "ward-5-east", "HIS button: printer offline");
        RunningApi.Reply first = logWithKey("9f2c-retry-1", contact);
        int events = api.eventCount();
        RunningApi.Reply retry = logWithKey("9f2c-retry-1", contact);

        assertThat(first.status()).isEqualTo(201);
        assertSameOutcome(retry, first);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(api.eventCount()).isEqualTo(events);
    }

    @Test
    void aRetryAfterARestartStillAnswersTheOriginalOutcome() {
        JsonNode contact = new Desk(api).logContact(Desk.contact(NURSE_WANG, "ward-5-east", "Printer offline"));
        ObjectNode incident = Desk.incident("Printer offline", "printer", "ONE_DEPARTMENT", "DEGRADED");
        RunningApi.Reply raised = raiseWithKey(contact, "raise-7", incident);
        int events = api.eventCount();

        api.restart();
        RunningApi.Reply retry = raiseWithKey(contact, "raise-7", incident);

        assertThat(raised.status()).isEqualTo(201);
        assertSameOutcome(retry, raised);
        assertThat(api.eventCount()).isEqualTo(events);
        assertThat(api.desk.tickets.size()).isEqualTo(1);
    }

    @Test
    void theSameKeyForAnotherRequestIs422() {
        logWithKey("k-1", Desk.contact(NURSE_WANG, "ward-5-east", "Printer offline"));
        refused(api, 422, "request.idempotency-key-reused",
                () -> logWithKey("k-1", Desk.contact(NURSE_WANG, "ward-5-east", "Scanner offline")));
    }

    @Test
    void keysBelongToTheirActor() {
        ObjectNode contact = Desk.contact(NURSE_WANG, "ward-5-east", "Printer offline");
        RunningApi.Reply byAgent = logWithKey("shared-key", contact);
        RunningApi.Reply byNurse = api.post("/api/v1/contacts").as(NURSE_WANG).header("Idempotency-Key", "shared-key")
                .json(contact).send();

        assertThat(byNurse.status()).isEqualTo(201);
        assertThat(byNurse.json().get("id")).isNotEqualTo(byAgent.json().get("id"));
    }

    @Test
    void aRetryWithinTheRetentionAnswersTheSameAndAfterItTheKeyCreatesAgain() {
        ObjectNode contact = Desk.contact(NURSE_WANG, "ward-5-east", "HIS button: printer offline");
        RunningApi.Reply first = logWithKey("ward-5-retry", contact);

        api.desk.clock.advance(Duration.ofHours(24));
        RunningApi.Reply withinTheDay = logWithKey("ward-5-retry", contact);
        int events = api.eventCount();
        api.desk.clock.advance(Duration.ofSeconds(1));
        RunningApi.Reply afterTheDay = logWithKey("ward-5-retry", contact);

        assertSameOutcome(withinTheDay, first);
        assertThat(withinTheDay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(afterTheDay.status()).isEqualTo(201);
        assertThat(afterTheDay.header("Idempotent-Replayed")).isNull();
        assertThat(afterTheDay.json().get("id")).isNotEqualTo(first.json().get("id"));
        assertThat(api.eventCount()).isGreaterThan(events);
        assertThat(logWithKey("ward-5-retry", contact).text()).as("the new outcome is the one retried now")
                .isEqualTo(afterTheDay.text());
    }

    @Test
    void afterTheRetentionTheKeyMayNameAnotherRequestAndThePurgeDeletesTheOldRecord() {
        logWithKey("k-1", Desk.contact(NURSE_WANG, "ward-5-east", "Printer offline"));
        api.desk.clock.advance(Duration.ofHours(25));

        RunningApi.Reply another = logWithKey("k-1", Desk.contact(NURSE_WANG, "ward-5-east", "Scanner offline"));
        logWithKey("k-2", Desk.contact(NURSE_WANG, "ward-5-east", "Monitor flickers"));
        api.desk.clock.advance(Duration.ofHours(25));
        int purged = new IdempotencyPurge(api.idempotency, IdempotencyStore.DEFAULT_RETENTION, api.desk.clock)
                .purgeExpired();

        assertThat(another.status()).isEqualTo(201);
        assertThat(purged).as("the replaced record is gone already; the two of a day ago").isEqualTo(2);
        assertThat(api.idempotency.find(AGENT_CHEN.staffId(), "k-1", Instant.EPOCH)).isEmpty();
    }

    @Test
    void aMalformedKeyIs400AndAFailedRequestIsNotRemembered() {
        refused(api, 400, "request.invalid", () -> logWithKey("no spaces allowed", Desk.contact(NURSE_WANG,
                "ward-5-east", "x")));
        refused(api, 400, "request.invalid", () -> logWithKey("k-2", Desk.contact(NURSE_WANG, "ward-5-east", " ")));
        assertThat(logWithKey("k-2", Desk.contact(NURSE_WANG, "ward-5-east", "Now with a description")).status())
                .isEqualTo(201);
    }

    private RunningApi.Reply logWithKey(String key, ObjectNode contact) {
        return api.post("/api/v1/contacts").as(AGENT_CHEN).header("Idempotency-Key", key).json(contact).send();
    }

    private RunningApi.Reply raiseWithKey(JsonNode contact, String key, ObjectNode ticket) {
        return api.post("/api/v1/contacts/" + contact.get("id").asText() + "/raise").as(AGENT_CHEN)
                .header("Idempotency-Key", key).json(ticket).send();
    }

    private static void assertSameOutcome(RunningApi.Reply retry, RunningApi.Reply original) {
        assertThat(retry.status()).isEqualTo(original.status());
        assertThat(retry.text()).isEqualTo(original.text());
        assertThat(retry.etag()).isEqualTo(original.etag());
        assertThat(URI.create(retry.header("Location")).getPath())
                .isEqualTo(URI.create(original.header("Location")).getPath());
    }
}
