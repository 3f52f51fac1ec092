package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.DIRECTOR_GAO;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.core.access.AccessPolicy;
import org.itilhis.core.notification.MailReply;
import org.itilhis.core.notification.MailReplyOutcome;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.ContactId;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.ports.notification.service.MailReplyQueryService;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.memory.InMemoryMailReplyLog;
import org.itilhis.testkit.memory.InMemoryTransactions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/v1/mail-replies}: the director lists the refused replies by e-mail newest first,
 * page by page, each with its reason in the reader's language; the accepted reply is not listed;
 * nobody without VIEW_NOTIFICATIONS may list them, and a forged cursor is a named field error.
 */
class MailRepliesHttpTest {
    private static final String PATH = "/api/v1/mail-replies";
    private static final Instant AT = Instant.parse("2026-12-07T02:00:00Z");
    private static final TicketNumber TICKET = TicketNumber.of(TicketType.INCIDENT, 2026, 123);

    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryMailReplyLog log = new InMemoryMailReplyLog(transactions);
    private final RunningApi api = RunningApi.with(builder -> builder.mailReplies(new MailReplyQueryService(log,
            AccessPolicy.hospitalDefault(), DemoHospital.directory())));

    @AfterEach
    void stop() {
        api.close();
    }

    private void handled() {
        transactions.inTransaction(() -> {
            log.record(MailReply.refused("b1@mx.hospital.example", "MAILER-DAEMON@mx.hospital.example",
                    "Undelivered Mail Returned to Sender", AT, AT.plusSeconds(1), MailReplyOutcome.BOUNCE,
                    "delivery status report (multipart/report)", Optional.empty()));
            log.record(MailReply.accepted("r1@mail.hospital.example", "wang.fang@hospital.example",
                    "Re: [INC-2026-000123] 事件已分派", AT, AT.plusSeconds(2), TICKET, new ContactId(new UUID(1, 2))));
            log.record(MailReply.refused("x1@mail.hospital.example", "liu@hospital.example",
                    "Re: [INC-2026-000123] 事件已分派", AT, AT.plusSeconds(3), MailReplyOutcome.NOT_THE_CALLER,
                    "E0101 is not the caller of INC-2026-000123", Optional.of(TICKET)));
            return log.record(MailReply.refused("a1@mail.hospital.example", "wang.fang@hospital.example",
                    "自动回复：[INC-2026-000123] 事件已分派", AT, AT.plusSeconds(4), MailReplyOutcome.AUTO_REPLY,
                    "Auto-Submitted: auto-replied", Optional.of(TICKET)));
        });
    }

    @Test
    void theDirectorListsTheRefusedRepliesNewestFirstWithTheirReasons() {
        handled();

        RunningApi.Reply reply = api.get(PATH).as(DIRECTOR_GAO).header("Accept-Language", "zh-CN").send();

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        reply.json().get("items").forEach(items::add);
        assertThat(items).extracting(item -> item.get("messageId").asText()).containsExactly(
                "a1@mail.hospital.example", "x1@mail.hospital.example", "b1@mx.hospital.example");
        JsonNode autoReply = items.get(0);
        assertThat(autoReply.get("outcome").asText()).isEqualTo("AUTO_REPLY");
        assertThat(autoReply.get("reason").asText()).isEqualTo("自动回复");
        assertThat(autoReply.get("subject").asText()).isEqualTo("自动回复：[INC-2026-000123] 事件已分派");
        assertThat(autoReply.get("ticket").asText()).isEqualTo("INC-2026-000123");
        assertThat(autoReply.get("handledAt").asText()).isEqualTo("2026-12-07T02:00:04Z");
        assertThat(items.get(2).has("ticket")).isFalse();
        assertThat(reply.json().has("next")).isFalse();
    }

    @Test
    void pagesFollowOneAnotherByCursor() {
        handled();

        JsonNode first = api.get(PATH + "?limit=2").as(DIRECTOR_GAO).send().json();
        JsonNode second = api.get(PATH + "?limit=2&cursor=" + first.get("next").asText()).as(DIRECTOR_GAO).send()
                .json();

        assertThat(first.get("items")).hasSize(2);
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.at("/items/0/messageId").asText()).isEqualTo("b1@mx.hospital.example");
        assertThat(second.has("next")).isFalse();
    }

    @Test
    void nobodyWithoutViewNotificationsMayListThem() {
        for (Actor actor : new Actor[] {AGENT_CHEN, NURSE_WANG}) {
            Problems.refused(api, 403, "access.denied", () -> api.get(PATH).as(actor).send());
        }
        Problems.refused(api, 401, "request.unauthenticated", () -> api.get(PATH).send());
    }

    @Test
    void aMalformedQueryNamesEachFieldInTheReadersLanguage() {
        String query = PATH + "?limit=0&cursor=nonsense";

        JsonNode english = Problems.refused(api, 400, "request.invalid",
                () -> api.get(query).as(DIRECTOR_GAO).header("Accept-Language", "en").send());
        JsonNode chinese = Problems.refused(api, 400, "request.invalid",
                () -> api.get(query).as(DIRECTOR_GAO).header("Accept-Language", "zh-CN").send());

        assertThat(Problems.fields(english)).containsExactlyInAnyOrder("limit", "cursor");
        assertThat(english.at("/errors/0/message").asText()).isNotEqualTo(chinese.at("/errors/0/message").asText());
    }
}
