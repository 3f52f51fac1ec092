package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.core.notification.MailReply;
import org.itilhis.core.notification.MailReplyOutcome;
import org.itilhis.core.shared.ContactId;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.notification.out.MailReplyLog;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MailReplyLog} must do: keep a handled mail whole (its Chinese subject, its
 * outcome, ticket and contact, its instants to the microsecond), record each Message-ID once
 * (the first outcome stays), list the refusals newest first and page through them exactly once,
 * and take part in transactions. Each test expects empty storage; writes run inside {@code
 * transactions().inTransaction(...)}.
 */
public interface MailReplyLogContract {
    MailReplyLog replies();

    Transactions transactions();

    Instant RECEIVED = Instant.parse("2027-03-02T01:15:30.123456Z");
    TicketNumber TICKET = TicketNumber.of(TicketType.INCIDENT, 2027, 123);

    private MailReply accepted(String messageId, Instant handledAt) {
        return MailReply.accepted(messageId, "wang.fang@hospital.example", "Re: [INC-2027-000123] 打印机卡纸",
                RECEIVED, handledAt, TICKET, new ContactId(new UUID(0x3A11, 7)));
    }

    private MailReply refused(String messageId, Instant handledAt, MailReplyOutcome outcome) {
        return MailReply.refused(messageId, "MAILER-DAEMON@mx.hospital.example", "Undelivered Mail Returned to Sender",
                RECEIVED, handledAt, outcome, "delivery status report (multipart/report)", Optional.empty());
    }

    private boolean record(MailReply reply) {
        return transactions().inTransaction(() -> replies().record(reply));
    }

    @Test
    default void aHandledMailIsReadBackWhole() {
        MailReply reply = accepted("CAF=abc+1@mail.hospital.example", RECEIVED.plusSeconds(60));
        MailReply bounce = MailReply.refused("bounce-1@mx.hospital.example", "李明 <li@x.example>", "自动回复：休假中",
                RECEIVED, RECEIVED.plusSeconds(61), MailReplyOutcome.NOT_THE_CALLER, "E0101 不是来电人",
                Optional.of(TICKET));

        assertThat(record(reply)).isTrue();
        assertThat(record(bounce)).isTrue();

        assertThat(replies().find(reply.messageId())).contains(reply);
        assertThat(replies().find(bounce.messageId())).contains(bounce);
        assertThat(replies().find("unknown@x.example")).isEmpty();
    }

    @Test
    default void aMessageIdIsRecordedOnceAndTheFirstOutcomeStays() {
        MailReply first = accepted("same@mail.hospital.example", RECEIVED.plusSeconds(60));

        assertThat(record(first)).isTrue();
        assertThat(record(refused("same@mail.hospital.example", RECEIVED.plusSeconds(90), MailReplyOutcome.BOUNCE)))
                .isFalse();

        assertThat(replies().find("same@mail.hospital.example")).contains(first);
    }

    @Test
    default void aRecordInATransactionThatFailsIsUndone() {
        MailReply reply = accepted("undone@mail.hospital.example", RECEIVED.plusSeconds(60));

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            replies().record(reply);
            throw new DeliberateFailure("the work after the record fails");
        })).isInstanceOf(DeliberateFailure.class);

        assertThat(replies().find(reply.messageId())).isEmpty();
        assertThat(record(reply)).isTrue();
    }

    @Test
    default void refusalsAreListedNewestFirstWithoutTheAcceptedReplies() {
        record(refused("a@x", RECEIVED.plusSeconds(1), MailReplyOutcome.BOUNCE));
        record(accepted("b@x", RECEIVED.plusSeconds(2)));
        record(refused("c@x", RECEIVED.plusSeconds(3), MailReplyOutcome.AUTO_REPLY));
        record(refused("d@x", RECEIVED.plusSeconds(2), MailReplyOutcome.OWN_MESSAGE));

        assertThat(replies().refused(Optional.empty(), 10)).extracting(MailReply::messageId)
                .containsExactly("c@x", "d@x", "a@x");
        assertThat(replies().refused(Optional.empty(), 2)).extracting(MailReply::messageId)
                .containsExactly("c@x", "d@x");
    }

    @Test
    default void pagingOnFromTheLastRefusalOfEachPageListsEveryRefusalOnceEvenAtTheSameInstant() {
        Instant same = RECEIVED.plusSeconds(5);
        List<String> recorded = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String id = "m" + i + "@x";
            record(refused(id, i < 5 ? same : same.plusNanos(1000L * i), MailReplyOutcome.AUTO_REPLY));
            recorded.add(id);
        }

        List<String> read = new ArrayList<>();
        Optional<MailReply.Position> after = Optional.empty();
        for (int pages = 0; pages < 10; pages++) {
            List<MailReply> page = replies().refused(after, 2);
            if (page.isEmpty()) {
                break;
            }
            page.forEach(reply -> read.add(reply.messageId()));
            after = Optional.of(page.get(page.size() - 1).position());
        }

        assertThat(read).containsExactly("m6@x", "m5@x", "m4@x", "m3@x", "m2@x", "m1@x", "m0@x");
        assertThat(read).containsExactlyInAnyOrderElementsOf(recorded);
    }
}
