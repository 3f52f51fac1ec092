package org.itilhis.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.adapters.mail.Mails.REPLIES;
import static org.itilhis.adapters.mail.Mails.WANG;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.itilhis.ports.common.StorageException;
import org.itilhis.ports.notification.out.InboundMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The replies mailbox on a real IMAP server (GreenMail): a reply, a bounce, an auto-reply and our own mail come back. */
class ImapMailboxTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T02:00:00Z"), ZoneOffset.UTC);
    private static final String OURS = "evt_812.1.INC-2026-000123@itilhis.hospital.example";

    @RegisterExtension
    static final GreenMailExtension SERVER = new GreenMailExtension(ServerSetup.dynamicPort(
            ServerSetupTest.SMTP_IMAP));

    private GreenMailUser replies;

    @BeforeEach
    void theRepliesMailboxWithFourMails() throws Exception {
        replies = SERVER.setUser(REPLIES, "replies", "secret");
        replies.deliver(Mails.wangReplies("r1@mail.hospital.example", "Re: [INC-2026-000123] 事件已分派", OURS,
                "打印机又卡纸了，腕带打不出来。"));
        replies.deliver(Mails.bounce("b1@mx.hospital.example"));
        replies.deliver(Mails.outOfOffice("a1@mail.hospital.example", "[INC-2026-000123] 事件已分派"));
        SmtpSettings smtp = SmtpSettings.of(MailServer.of("127.0.0.1", SERVER.getSmtp().getPort(), MailSecurity.NONE),
                "it-desk@hospital.example", REPLIES);
        new SmtpMessageChannel(smtp, CLOCK).send(SmtpMessageChannelTest.assigned("evt_812.1", "事件已分派", REPLIES));
    }

    private ImapSettings settings() {
        return ImapSettings.inbox(MailServer.of("127.0.0.1", SERVER.getImap().getPort(), MailSecurity.NONE)
                .withLogin("replies", "secret"));
    }

    @Test
    void theUnreadMailsAreReadOldestFirstWithWhatDecidingNeeds() {
        List<InboundMail> mails = new ImapMailbox(settings(), CLOCK).unprocessed(10);

        assertThat(mails).extracting(InboundMail::messageId).containsExactly("r1@mail.hospital.example",
                "b1@mx.hospital.example", "a1@mail.hospital.example", OURS);
        InboundMail reply = mails.get(0);
        assertThat(reply.from()).isEqualTo(WANG);
        assertThat(reply.subject()).isEqualTo("Re: [INC-2026-000123] 事件已分派");
        assertThat(reply.text()).startsWith("打印机又卡纸了，腕带打不出来。").contains("写道：");
        assertThat(reply.references()).containsExactly(OURS, "older@mail.hospital.example", OURS);
        assertThat(reply.header("content-type")).get().asString().startsWith("multipart/alternative");
        InboundMail bounce = mails.get(1);
        assertThat(bounce.from()).isEqualTo("MAILER-DAEMON@mx.hospital.example");
        assertThat(bounce.header("content-type")).get().asString().contains("multipart/report")
                .contains("delivery-status");
        assertThat(bounce.header("return-path")).contains("<>");
        assertThat(bounce.text()).contains("could not be delivered");
        assertThat(mails.get(2).header("auto-submitted")).contains("auto-replied");
        assertThat(mails.get(2).subject()).startsWith("自动回复：");
        InboundMail ours = mails.get(3);
        assertThat(ours.header("x-itilhis-reference")).contains("INC-2026-000123");
        assertThat(ours.header("auto-submitted")).contains("auto-generated");
        assertThat(ours.text()).contains("您的事件 INC-2026-000123 已分派给桌面支持组。");
    }

    @Test
    void readingMarksNothingAndTheLimitIsKept() {
        ImapMailbox mailbox = new ImapMailbox(settings(), CLOCK);

        assertThat(mailbox.unprocessed(2)).hasSize(2);
        assertThat(mailbox.unprocessed(10)).hasSize(4);
        assertThat(mailbox.unprocessed(10)).hasSize(4);
    }

    @Test
    void aMailMarkedProcessedIsFlaggedSeenAndNotReadAgain() throws Exception {
        ImapMailbox mailbox = new ImapMailbox(settings(), CLOCK);
        mailbox.unprocessed(10);

        mailbox.markProcessed("b1@mx.hospital.example");
        mailbox.markProcessed("never-read@x.example");

        assertThat(mailbox.unprocessed(10)).extracting(InboundMail::messageId)
                .containsExactly("r1@mail.hospital.example", "a1@mail.hospital.example", OURS);
        assertThat(new ImapMailbox(settings(), CLOCK).unprocessed(10)).hasSize(3);
        assertThat(SERVER.getReceivedMessages()).hasSize(4);
    }

    @Test
    void aMailMarkedProcessedIsMovedWhenTheSettingsNameAFolder() throws Exception {
        ImapMailbox mailbox = new ImapMailbox(settings().movingProcessedTo("Processed"), CLOCK);
        mailbox.unprocessed(10);

        mailbox.markProcessed("r1@mail.hospital.example");
        mailbox.markProcessed("a1@mail.hospital.example");

        assertThat(mailbox.unprocessed(10)).extracting(InboundMail::messageId)
                .containsExactly("b1@mx.hospital.example", OURS);
        ImapMailbox processed = new ImapMailbox(new ImapSettings(settings().server(), "Processed",
                Optional.empty()), CLOCK);
        assertThat(processed.unprocessed(10)).isEmpty();  // moved as seen
        assertThat(SERVER.getManagers().getImapHostManager().getFolder(replies, "Processed").getMessageCount())
                .isEqualTo(2);
    }

    @Test
    void aMailWithoutMessageIdGetsAStandInThatStaysTheSameAcrossReads() throws Exception {
        replies.deliver(Mails.withoutMessageId("[INC-2026-000123] still jammed"));
        ImapMailbox mailbox = new ImapMailbox(settings(), CLOCK);

        String first = mailbox.unprocessed(10).get(4).messageId();
        String second = new ImapMailbox(settings(), CLOCK).unprocessed(10).get(4).messageId();

        assertThat(first).isEqualTo(second).matches("uid\\.\\d+\\.\\d+@INBOX\\.imap");
        mailbox.markProcessed(first);
        assertThat(mailbox.unprocessed(10)).hasSize(4);
    }

    @Test
    void aWrongPasswordOrAServerThatIsNotThereIsAStorageFailure() throws Exception {
        ImapSettings wrong = ImapSettings.inbox(MailServer.of("127.0.0.1", SERVER.getImap().getPort(),
                MailSecurity.NONE).withLogin("replies", "wrong"));
        assertThatThrownBy(() -> new ImapMailbox(wrong, CLOCK).unprocessed(10))
                .isInstanceOf(StorageException.class).hasMessageNotContaining("wrong");

        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        ImapSettings nowhere = ImapSettings.inbox(MailServer.of("127.0.0.1", closed, MailSecurity.NONE)
                .withLogin("replies", "secret").withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2)));
        assertThatThrownBy(() -> new ImapMailbox(nowhere, CLOCK).unprocessed(10))
                .isInstanceOf(MailAdapterException.class).hasMessageContaining("127.0.0.1:" + closed);
    }
}
