package org.itilhis.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.itilhis.core.notification.Channel;
import org.itilhis.ports.notification.out.OutgoingMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The notification e-mail as a real SMTP server (GreenMail) receives it. */
class SmtpMessageChannelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T02:00:00Z"), ZoneOffset.UTC);
    private static final String WANG = "wang.fang@hospital.example";

    @RegisterExtension
    static final GreenMailExtension SERVER = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private SmtpSettings settings() {
        return SmtpSettings.of(MailServer.of("127.0.0.1", SERVER.getSmtp().getPort(), MailSecurity.NONE),
                "it-desk@hospital.example", "replies@hospital.example").withFromName("信息科服务台 IT Service Desk");
    }

    static OutgoingMessage assigned(String id, String subject) {
        return assigned(id, subject, WANG);
    }

    /** The notification of Nurse Wang's incident being assigned, rendered in Chinese, sent to {@code address}. */
    static OutgoingMessage assigned(String id, String subject, String address) {
        return new OutgoingMessage(id, Channel.EMAIL, address, Optional.empty(), Locale.SIMPLIFIED_CHINESE,
                "ticket.assigned", "INC-2026-000123", subject, """
                您好，王芳：

                您的事件 INC-2026-000123 已分派给桌面支持组。
                优先级：P3
                摘要：标签打印机卡纸 <腕带>
                """, Optional.of(URI.create("https://itsm.hospital.example/tickets/INC-2026-000123")));
    }

    @Test
    void theEmailArrivesWithItsChineseSubjectAndBodyIntactAndTheHeadersThatThreadItAndStopLoops() throws Exception {
        new SmtpMessageChannel(settings(), CLOCK).send(assigned("evt_812.1", "事件已分派：标签打印机卡纸"));

        MimeMessage[] received = SERVER.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getSubject()).isEqualTo("[INC-2026-000123] 事件已分派：标签打印机卡纸");
        assertThat(mail.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat((String) mail.getContent()).contains("您的事件 INC-2026-000123 已分派给桌面支持组。",
                "标签打印机卡纸 <腕带>", "https://itsm.hospital.example/tickets/INC-2026-000123");
        assertThat(mail.getMessageID()).isEqualTo("<evt_812.1.INC-2026-000123@itilhis.hospital.example>");
        assertThat(mail.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(mail.getHeader("X-Auto-Response-Suppress")).containsExactly("All");
        assertThat(mail.getHeader("X-Itilhis-Reference")).containsExactly("INC-2026-000123");
        assertThat(mail.getHeader("Content-Language")).containsExactly("zh-CN");
        assertThat(mail.getReplyTo()).containsExactly(new InternetAddress("replies@hospital.example"));
        assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("信息科服务台 IT Service Desk");
        assertThat(mail.getRecipients(Message.RecipientType.TO)).containsExactly(new InternetAddress(WANG));
        assertThat(mail.getSentDate().toInstant()).isEqualTo(CLOCK.instant());
    }

    @Test
    void aRetrySendsTheSameMessageIdSoTheReadersClientDropsTheDuplicate() throws Exception {
        SmtpMessageChannel channel = new SmtpMessageChannel(settings(), CLOCK);

        channel.send(assigned("evt_812.1", "事件已分派"));
        channel.send(assigned("evt_812.1", "事件已分派"));
        channel.send(assigned("evt_813.1", "事件已解决"));

        assertThat(SERVER.getReceivedMessages()).extracting(MimeMessage::getMessageID).containsExactly(
                "<evt_812.1.INC-2026-000123@itilhis.hospital.example>",
                "<evt_812.1.INC-2026-000123@itilhis.hospital.example>",
                "<evt_813.1.INC-2026-000123@itilhis.hospital.example>");
    }

    @Test
    void aSubjectThatNamesTheReferenceAlreadyIsKeptAsItIs() throws Exception {
        new SmtpMessageChannel(settings(), CLOCK).send(assigned("evt_9.1", "Re: INC-2026-000123 assigned"));

        assertThat(SERVER.getReceivedMessages()[0].getSubject()).isEqualTo("Re: INC-2026-000123 assigned");
    }

    @Test
    void theHtmlAlternativeEscapesTheTextAndLinksTheRecord() throws Exception {
        new SmtpMessageChannel(settings().withHtml(true), CLOCK).send(assigned("evt_812.1", "事件已分派"));

        MimeMessage mail = SERVER.getReceivedMessages()[0];
        assertThat(mail.getContentType()).startsWith("multipart/alternative");
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).isMimeType("text/plain")).isTrue();
        assertThat((String) parts.getBodyPart(0).getContent()).contains("标签打印机卡纸 <腕带>");
        assertThat(parts.getBodyPart(1).isMimeType("text/html")).isTrue();
        assertThat((String) parts.getBodyPart(1).getContent()).contains("标签打印机卡纸 &lt;腕带&gt;",
                "<a href=\"https://itsm.hospital.example/tickets/INC-2026-000123\">").doesNotContain("<腕带>");
    }

    @Test
    void aServerThatIsNotThereMakesSendThrowWithinTheTimeoutSoTheRelayRetries() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        SmtpSettings nowhere = SmtpSettings.of(MailServer.of("127.0.0.1", closed, MailSecurity.NONE)
                        .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2)), "it-desk@hospital.example",
                "replies@hospital.example");

        long started = System.nanoTime();
        assertThatThrownBy(() -> new SmtpMessageChannel(nowhere, CLOCK).send(assigned("evt_812.1", "事件已分派")))
                .isInstanceOf(MailAdapterException.class).hasMessageContaining("evt_812.1")
                .hasMessageContaining("INC-2026-000123");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aServerStoppedAfterTheFirstMailMakesTheNextSendThrow() {
        SmtpMessageChannel channel = new SmtpMessageChannel(settings(), CLOCK);
        channel.send(assigned("evt_812.1", "事件已分派"));

        SERVER.stop();
        try {
            assertThatThrownBy(() -> channel.send(assigned("evt_813.1", "事件已解决")))
                    .isInstanceOf(MailAdapterException.class);
        } finally {
            SERVER.start();
        }
    }

    @Test
    void aLineBreakInTheSubjectCannotAddAHeaderOrARecipient() throws Exception {
        new SmtpMessageChannel(settings(), CLOCK).send(assigned("evt_812.1",
                "打印机卡纸\r\nBcc: someone@elsewhere.example\r\nX-Evil: 1"));

        MimeMessage[] received = SERVER.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject())
                .isEqualTo("[INC-2026-000123] 打印机卡纸 Bcc: someone@elsewhere.example X-Evil: 1");
        assertThat(received[0].getHeader("X-Evil")).isNull();
        assertThat(received[0].getAllRecipients()).containsExactly(new InternetAddress(WANG));
    }

    @Test
    void anAddressThatIsNotAnEmailAddressIsRefusedBeforeConnecting() {
        OutgoingMessage bad = new OutgoingMessage("evt_1.1", Channel.EMAIL, "not an address", Optional.empty(),
                Locale.ENGLISH, "ticket.assigned", "INC-2026-000123", "Assigned", "Body", Optional.empty());

        assertThatThrownBy(() -> new SmtpMessageChannel(settings(), CLOCK).send(bad))
                .isInstanceOf(MailAdapterException.class).hasMessageContaining("evt_1.1");
        assertThat(SERVER.getReceivedMessages()).isEmpty();
    }
}
