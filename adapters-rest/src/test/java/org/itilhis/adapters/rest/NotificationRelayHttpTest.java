package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.adapters.rest.RunningApi.object;
import static org.itilhis.testkit.DemoHospital.DIRECTOR_GAO;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.testkit.TicketBuilder;
import org.itilhis.testkit.memory.RecordingSubscriber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The relay's standing and dead letters over HTTP: the ward's WeCom robot refuses a ticket's
 * event twice, which becomes a dead letter holding the ticket's next event back; the director
 * sees it, on the overview and the public health endpoint too, and replays or skips it.
 */
class NotificationRelayHttpTest {
    private RunningApi api;
    private final RecordingSubscriber wecom = new RecordingSubscriber("wecom");
    private long stuck;
    private long held;

    @BeforeEach
    void start() {
        api = RunningApi.start();
        api.relaySubscribers.add(wecom);
        api.relay.relay.pass();
        Ticket ticket = TicketBuilder.aTicket().inProgress().build();
        List<Long> positions = log(ticket);
        stuck = positions.get(positions.size() - 1);
        wecom.failing(stuck, 2);
        api.relay.relay.pass();
        api.desk.clock.advance(java.time.Duration.ofSeconds(1));
        api.relay.relay.pass();
        ticket.addWorkLog(5, "replaced the toner", ENGINEER_LIU.staffId(), api.desk.clock.instant());
        held = log(ticket).get(0);
        api.relay.relay.pass();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private List<Long> log(Ticket ticket) {
        long before = api.desk.events.head();
        api.desk.transactions.inTransaction(() -> {
            api.desk.events.append(ticket.pullEvents());
            return null;
        });
        List<Long> positions = new ArrayList<>();
        for (long p = before + 1; p <= api.desk.events.head(); p++) {
            positions.add(p);
        }
        return positions;
    }

    @Test
    void theDirectorSeesTheSubscribersStandingAndItsDeadLetter() {
        RunningApi.Reply overview = api.get("/api/v1/notification-relay").as(DIRECTOR_GAO).send();
        RunningApi.Reply letters = api.get("/api/v1/notification-relay/wecom/dead-letters").as(DIRECTOR_GAO).send();

        assertThat(overview.status()).as("%s", overview).isEqualTo(200);
        assertThat(overview.json().get("head").asLong()).isEqualTo(held);
        JsonNode standing = overview.json().get("subscribers").get(0);
        assertThat(standing.get("name").asText()).isEqualTo("wecom");
        assertThat(standing.get("active").asBoolean()).isTrue();
        assertThat(standing.get("position").asLong()).isEqualTo(held);
        assertThat(standing.get("pending").asLong()).isEqualTo(2);
        assertThat(standing.get("deadLetters").asLong()).isEqualTo(1);
        assertThat(letters.status()).as("%s", letters).isEqualTo(200);
        JsonNode letter = letters.json().get("items").get(0);
        assertThat(letter.get("eventId").asText()).isEqualTo("evt_" + stuck);
        assertThat(letter.get("state").asText()).isEqualTo("DEAD");
        assertThat(letter.get("attempts").asInt()).isEqualTo(2);
        assertThat(letter.get("lastError").asText()).contains("refused");
        assertThat(letters.json().has("next")).isFalse();
    }

    @Test
    void replayingTheDeadLetterDeliversItThenTheHeldEventAndRecordsTheReplay() {
        RunningApi.Reply replayed = api.post("/api/v1/notification-relay/wecom/dead-letters/" + stuck + "/replay")
                .as(DIRECTOR_GAO).send();
        api.relay.relay.pass();

        assertThat(replayed.status()).as("%s", replayed).isEqualTo(200);
        assertThat(replayed.json().get("state").asText()).isEqualTo("RETRYING");
        assertThat(wecom.deliveredPositions()).containsSubsequence(stuck, held);
        assertThat(api.desk.events.all()).last().extracting(event -> event.type())
                .isEqualTo("relay.dead-letter-replayed");
    }

    @Test
    void skippingTheDeadLetterNeedsAReasonAndReleasesTheHeldEvent() {
        String skip = "/api/v1/notification-relay/wecom/dead-letters/" + stuck + "/skip";
        RunningApi.Reply noReason = api.post(skip).as(DIRECTOR_GAO).json(object().put("reason", " ")).send();
        RunningApi.Reply skipped = api.post(skip).as(DIRECTOR_GAO).json(object().put("reason", "told by phone"))
                .send();
        api.relay.relay.pass();

        assertThat(noReason.status()).as("%s", noReason).isEqualTo(400);
        assertThat(noReason.text()).contains("reason");
        assertThat(skipped.status()).as("%s", skipped).isEqualTo(200);
        assertThat(skipped.json().get("released").get("position").asLong()).isEqualTo(held);
        assertThat(wecom.deliveredPositions()).contains(held).doesNotContain(stuck);
    }

    @Test
    void aMissingDeadLetterIs404AndAPositionThatIsNoNumberIs400() {
        RunningApi.Reply missing = api.post("/api/v1/notification-relay/wecom/dead-letters/" + held + "/replay")
                .as(DIRECTOR_GAO).send();
        RunningApi.Reply notANumber = api.post("/api/v1/notification-relay/wecom/dead-letters/seven/replay")
                .as(DIRECTOR_GAO).send();

        assertThat(missing.status()).as("%s", missing).isEqualTo(404);
        assertThat(missing.json().get("code").asText()).isEqualTo("relay.dead-letter.not-found");
        assertThat(notANumber.status()).as("%s", notANumber).isEqualTo(400);
        assertThat(notANumber.text()).contains("position");
    }

    @Test
    void aNurseMayNeitherSeeNorReplay() {
        assertThat(api.get("/api/v1/notification-relay").as(NURSE_WANG).send().status()).isEqualTo(403);
        assertThat(api.post("/api/v1/notification-relay/wecom/dead-letters/" + stuck + "/replay").as(NURSE_WANG)
                .send().status()).isEqualTo(403);
    }

    @Test
    void thePublicHealthEndpointWarnsOfTheDeadLetterByNameAndCountOnly() {
        RunningApi.Reply health = api.get("/api/v1/health").header("Accept-Language", "zh-CN").send();

        assertThat(health.status()).isEqualTo(200);
        JsonNode warning = health.json().get("warnings").get(0);
        assertThat(warning.get("code").asText()).isEqualTo("relay.dead-letters");
        assertThat(warning.get("subscriber").asText()).isEqualTo("wecom");
        assertThat(warning.get("deadLetters").asLong()).isEqualTo(1);
        assertThat(warning.get("message").asText()).contains("死信");
        assertThat(warning.has("calendar")).isFalse();
        assertThat(health.text()).doesNotContain("refused").doesNotContain("evt_");
    }
}
