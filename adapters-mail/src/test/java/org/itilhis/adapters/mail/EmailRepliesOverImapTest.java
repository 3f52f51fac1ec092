package org.itilhis.adapters.mail;

import org.itilhis.testkit.memory.InMemoryNotificationPreferences;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.itilhis.adapters.mail.Mails.REPLIES;
import static org.itilhis.adapters.mail.Mails.WANG;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.DIRECTOR_GAO;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.itilhis.core.access.AccessPolicy;
import org.itilhis.core.contact.ContactChannel;
import org.itilhis.core.contact.ContactSnapshot;
import org.itilhis.core.notification.Channel;
import org.itilhis.core.notification.MailReply;
import org.itilhis.core.notification.MailReplyOutcome;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.ports.notification.out.OutgoingMessage;
import org.itilhis.ports.notification.service.EmailReplies;
import org.itilhis.ports.notification.service.MailReplyQueryService;
import org.itilhis.ports.servicedesk.in.ContactCommand;
import org.itilhis.ports.servicedesk.in.ContactView;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.memory.InMemoryMailReplyLog;
import org.itilhis.testkit.memory.InMemoryServiceDesk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The whole round trip on real SMTP and IMAP servers (GreenMail): the desk's notification reaches
 * Nurse Wang, her mail client answers it (Reply-To, In-Reply-To, "Re:"), and the answer becomes
 * her contact on her incident; a bounce, an out-of-office answer and the library's own
 * notification come back to the same mailbox and are refused.
 */
class EmailRepliesOverImapTest {
    @RegisterExtension
    static final GreenMailExtension SERVER = new GreenMailExtension(ServerSetup.dynamicPort(
            ServerSetupTest.SMTP_IMAP));

    private final InMemoryServiceDesk desk = DemoHospital.inMemory();
    private final InMemoryMailReplyLog log = new InMemoryMailReplyLog(desk.transactions);
    private final InMemoryNotificationPreferences preferences = new InMemoryNotificationPreferences(
            desk.transactions).withEmail(NURSE_WANG.staffId(), WANG);
    private SmtpMessageChannel channel;
    private EmailReplies replies;
    private TicketView printer;
    private GreenMailUser repliesBox;

    @BeforeEach
    void nurseWangsPrinterIncidentAndTheMailServers() {
        repliesBox = SERVER.setUser(REPLIES, "replies", "secret");
        SERVER.setUser(WANG, "wang", "secret");
        MailServer smtp = MailServer.of("127.0.0.1", SERVER.getSmtp().getPort(), MailSecurity.NONE);
        channel = new SmtpMessageChannel(SmtpSettings.of(smtp, "it-desk@hospital.example", REPLIES), desk.clock);
        ImapMailbox mailbox = new ImapMailbox(ImapSettings.inbox(MailServer.of("127.0.0.1", SERVER.getImap().getPort(),
                MailSecurity.NONE).withLogin("replies", "secret")), desk.clock);
        replies = new EmailReplies(mailbox, log, preferences, desk.desk.desk(), desk.desk.queries(), desk.transactions,
                desk.clock, 20);
        ContactView call = desk.desk.desk().logContact(new ContactCommand.Log(AGENT_CHEN, ContactChannel.PHONE,
                NURSE_WANG.staffId(), DemoHospital.WARD_5_EAST, DemoHospital.WARD_5_EAST_STATION, "5501",
                "The label printer jams on every wristband"));
        printer = desk.desk.desk().raiseTicket(new ContactCommand.RaiseTicket(AGENT_CHEN, call.id(), TicketType.INCIDENT,
                "Label printer jams", "printer", "ONE_DEPARTMENT", "DEGRADED", ServiceCriticality.GENERAL, false, null));
        desk.clock.advance(Duration.ofMinutes(20));
    }

    private OutgoingMessage notification(String address) {
        String number = printer.number().toString();
        return new OutgoingMessage("evt_41.1", Channel.EMAIL, address, Optional.empty(), Locale.SIMPLIFIED_CHINESE,
                "ticket.assigned", number, "事件已分派：标签打印机卡纸",
                "您的事件 " + number + " 已分派给桌面支持组。\n优先级：P3\n",
                Optional.of(URI.create("https://itsm.hospital.example/tickets/" + number)));
    }

    @Test
    void nurseWangsAnswerBecomesHerContactOnHerIncidentAndTheRobotsMailIsRefused() throws Exception {
        channel.send(notification(WANG));
        MimeMessage received = SERVER.getReceivedMessagesForDomain(WANG)[0];
        MimeMessage answer = (MimeMessage) received.reply(false);
        answer.setFrom(new InternetAddress(WANG));
        answer.setText("打印机又卡纸了，换了新色带也不行。\n\n在 2026年12月7日，信息科服务台 写道：\n> "
                + received.getSubject() + "\n", "UTF-8");
        answer.saveChanges();
        assertThat(answer.getRecipients(Message.RecipientType.TO)).containsExactly(new InternetAddress(REPLIES));
        send(answer);
        repliesBox.deliver(Mails.bounce("b1@mx.hospital.example"));
        repliesBox.deliver(Mails.outOfOffice("a1@mail.hospital.example",
                received.getSubject()));
        channel.send(notification(REPLIES));  // a forwarding rule sends our own notification back
        List<DomainEvent> before = desk.events.all();

        EmailReplies.Pass pass = replies.run();

        assertThat(pass).isEqualTo(new EmailReplies.Pass(1, 3, 0));
        TicketView ticket = desk.desk.queries().ticket(AGENT_CHEN, printer.id());
        assertThat(ticket.linkedContacts()).hasSize(1);
        ContactSnapshot contact = desk.contacts.snapshots().get(ticket.linkedContacts().get(0));
        assertThat(contact.details().channel()).isEqualTo(ContactChannel.EMAIL);
        assertThat(contact.details().caller()).isEqualTo(NURSE_WANG.staffId());
        assertThat(contact.details().description()).isEqualTo("打印机又卡纸了，换了新色带也不行。");
        assertThat(desk.events.all()).hasSize(before.size() + 3);
        assertThat(new MailReplyQueryService(log, AccessPolicy.hospitalDefault(), desk.directory)
                .refused(DIRECTOR_GAO, Optional.empty(), 10))
                .extracting(MailReply::messageId, MailReply::outcome)
                .containsExactlyInAnyOrder(tuple("b1@mx.hospital.example", MailReplyOutcome.BOUNCE),
                        tuple("a1@mail.hospital.example", MailReplyOutcome.AUTO_REPLY),
                        tuple("evt_41.1." + printer.number() + "@itilhis.hospital.example",
                                MailReplyOutcome.OWN_MESSAGE));

        assertThat(replies.run()).isEqualTo(new EmailReplies.Pass(0, 0, 0));
        assertThat(desk.events.all()).hasSize(before.size() + 3);
    }

    private static void send(MimeMessage mail) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", "127.0.0.1");
        properties.setProperty("mail.smtp.port", Integer.toString(SERVER.getSmtp().getPort()));
        try (Transport transport = Session.getInstance(properties).getTransport("smtp")) {
            transport.connect();
            transport.sendMessage(mail, mail.getAllRecipients());
        }
    }
}
