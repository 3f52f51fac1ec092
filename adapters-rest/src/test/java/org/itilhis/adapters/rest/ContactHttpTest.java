package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.CLERK_LI;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v1/contacts/{id}}: a contact with its outcome and ETag, to those who may see it. */
class ContactHttpTest {
    private static RunningApi api;
    private static Desk desk;

    @BeforeAll
    static void start() {
        api = RunningApi.start();
        desk = new Desk(api);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void theDeskReadsALoggedContactWithItsETag() {
        JsonNode logged = desk.logContact(Desk.contact(NURSE_WANG, "ward-5-east", "Printer jams"));

        RunningApi.Reply read = api.get(path(logged)).as(AGENT_CHEN).send();

        assertThat(read.status()).as("%s", read).isEqualTo(200);
        assertThat(read.etag()).isEqualTo("\"1\"");
        assertThat(read.json()).isEqualTo(logged);
        assertThat(read.json().get("status").asText()).isEqualTo("OPEN");
    }

    @Test
    void aRaisedContactShowsItsTicketAndNewVersion() {
        JsonNode logged = desk.logContact(Desk.contact(NURSE_WANG, "ward-5-east", "Screen flickers"));
        JsonNode ticket = desk.raise(logged.get("id").asText(),
                Desk.incident("Screen flickers", "desktop", "ONE_PERSON", "DEGRADED"));

        RunningApi.Reply read = api.get(path(logged)).as(AGENT_CHEN).send();

        assertThat(read.status()).as("%s", read).isEqualTo(200);
        JsonNode contact = read.json();
        assertThat(contact.get("status").asText()).isEqualTo("RAISED_AS_TICKET");
        assertThat(contact.get("ticketId").asText()).isEqualTo(ticket.get("id").asText());
        assertThat(contact.get("ticketNumber").asText()).isEqualTo(ticket.get("number").asText());
        assertThat(read.etag()).isEqualTo("\"" + contact.get("version").asLong() + "\"");
        assertThat(contact.get("version").asLong()).isGreaterThan(1);
    }

    @Test
    void aReadWithTheCurrentETagIsNotModified() {
        JsonNode logged = desk.logContact(Desk.contact(NURSE_WANG, "ward-5-east", "Printer jams"));

        RunningApi.Reply unchanged = api.get(path(logged)).as(AGENT_CHEN).header("If-None-Match", "\"1\"").send();

        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.text()).isEmpty();
        assertThat(unchanged.etag()).isEqualTo("\"1\"");
    }

    @Test
    void aReporterReadsTheirOwnContactButAnotherReportersIsNotFound() {
        JsonNode logged = desk.logContact(Desk.contact(NURSE_WANG, "ward-5-east", "Printer jams"));

        assertThat(api.get(path(logged)).as(NURSE_WANG).send().status()).isEqualTo(200);
        Problems.refused(api, 404, "contact.not-found", () -> api.get(path(logged)).as(CLERK_LI).send());
    }

    @Test
    void anUnknownContactIsNotFoundAndAMalformedIdIsABadRequest() {
        Problems.refused(api, 404, "contact.not-found",
                () -> api.get("/api/v1/contacts/" + UUID.randomUUID()).as(AGENT_CHEN).send());
        Problems.refused(api, 400, "request.invalid",
                () -> api.get("/api/v1/contacts/not-a-uuid").as(AGENT_CHEN).send());
    }

    @Test
    void readingAContactNeedsAuthentication() {
        JsonNode logged = desk.logContact(Desk.contact(NURSE_WANG, "ward-5-east", "Printer jams"));

        Problems.refused(api, 401, "request.unauthenticated", () -> api.get(path(logged)).send());
    }

    private static String path(JsonNode contact) {
        return "/api/v1/contacts/" + contact.get("id").asText();
    }
}
