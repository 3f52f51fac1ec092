package org.itilhis.ports.notification.service;

import org.itilhis.testkit.memory.InMemoryNotificationPreferences;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.DIRECTOR_GAO;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itilhis.core.access.AccessPolicy;
import org.itilhis.core.access.NotPermittedException;
import org.itilhis.core.contact.ContactChannel;
import org.itilhis.core.contact.ContactSnapshot;
import org.itilhis.core.notification.MailReply;
import org.itilhis.core.notification.MailReplyOutcome;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.ports.notification.out.InboundMail;
import org.itilhis.ports.servicedesk.in.TicketCommand;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.itilhis.ports.servicedesk.service.Hospital;
import org.itilhis.testkit.memory.InMemoryMailReplyLog;
import org.itilhis.testkit.memory.InMemoryMailbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Nurse Wang answers the e-mail about her printer incident; so do a mail server, an
 * out-of-office robot and the library's own notification come back. Her reply becomes her
 * contact on the ticket; the others are refused with their reasons and change nothing.
 */
class EmailRepliesTest {
    private static final String WANG = "wang.fang@hospital.example";
    private static final String LIU = "liu.engineer@hospital.example";

    private final Hospital hospital = new Hospital();
    private final InMemoryMailbox mailbox = new InMemoryMailbox();
    private final InMemoryMailReplyLog log = new InMemoryMailReplyLog(hospital.desk.transactions);
    private final InMemoryNotificationPreferences preferences = new InMemoryNotificationPreferences(
            hospital.desk.transactions).withEmail(NURSE_WANG.staffId(), WANG).withEmail(ENGINEER_LIU.staffId(), LIU);
    private final EmailReplies replies = new EmailReplies(mailbox, log, preferences, hospital.desk.desk.desk(),
            hospital.desk.desk.queries(), hospital.desk.transactions, hospital.desk.clock, 50);
    private TicketView printer;

    @BeforeEach
    void nurseWangsPrinterIncident() {
        printer = hospital.printerIncident();
        hospital.later(Duration.ofMinutes(30));
    }

    private InboundMail mail(String id, String from, String subject, String text, Map<String, String> headers,
                             List<String> references) {
        return InboundMail.of(id, from, subject, text, headers, references, hospital.desk.clock.instant());
    }

    private InboundMail wangReplies(String id, String subject) {
        return mail(id, WANG, subject, """
                打印机又卡纸了，腕带打不出来。

                On Mon, 7 Dec 2026 at 10:00, IT Service Desk <desk@hospital.example> wrote:
                > [%s] Your incident was assigned
                > Priority P3
                """.formatted(printer.number()), Map.of(), List.of());
    }

    @Test
    void nurseWangsReplyBecomesHerEmailContactLinkedToHerTicket() {
        mailbox.deliver(wangReplies("r1@mail.hospital.example", "Re: [" + printer.number() + "] 事件已分派"));

        EmailReplies.Pass pass = replies.run();

        assertThat(pass).isEqualTo(new EmailReplies.Pass(1, 0, 0));
        TicketView ticket = hospital.desk.desk.queries().ticket(AGENT_CHEN, printer.id());
        assertThat(ticket.linkedContacts()).hasSize(1);
        ContactSnapshot contact = hospital.desk.contacts.snapshots().get(ticket.linkedContacts().get(0));
        assertThat(contact.details().channel()).isEqualTo(ContactChannel.EMAIL);
        assertThat(contact.details().caller()).isEqualTo(NURSE_WANG.staffId());
        assertThat(contact.details().description()).isEqualTo("打印机又卡纸了，腕带打不出来。");
        assertThat(contact.loggedBy()).isEqualTo(NURSE_WANG.staffId());
        assertThat(log.find("r1@mail.hospital.example")).get().satisfies(reply -> {
            assertThat(reply.outcome()).isEqualTo(MailReplyOutcome.ACCEPTED);
            assertThat(reply.ticket()).contains(printer.number());
            assertThat(reply.contact()).contains(contact.id());
        });
        assertThat(hospital.logTypes()).endsWith("contact.logged", "contact.linked-to-ticket", "ticket.contact-linked");
        assertThat(mailbox.processed()).containsExactly("r1@mail.hospital.example");
    }

    @Test
    void aReplyWhoseSubjectLostTheNumberIsMatchedByTheNotificationItAnswers() {
        mailbox.deliver(mail("r2@mail.hospital.example", WANG, "回复：打印机", "好的，谢谢", Map.of(),
                List.of("someone@else.example", "evt_812.1." + printer.number() + "@itilhis.hospital.example")));

        assertThat(replies.run().accepted()).isEqualTo(1);
        assertThat(hospital.stored(printer.id()).linkedContacts()).hasSize(1);
    }

    @Test
    void bouncesAutoRepliesAndOurOwnMessagesAreRefusedWithTheirReasonsAndChangeNothing() {
        String subject = "Re: [" + printer.number() + "] 事件已分派";
        mailbox.deliver(mail("b1@mx", "MAILER-DAEMON@mx.hospital.example", "Undelivered Mail Returned to Sender",
                "The mail system: host unreachable", Map.of(), List.of()));
        mailbox.deliver(mail("b2@mx", WANG, subject, "Delivery failed",
                Map.of("Content-Type", "multipart/report; report-type=delivery-status; boundary=x"), List.of()));
        mailbox.deliver(mail("b3@mx", WANG, subject, "bounce", Map.of("Return-Path", "<>"), List.of()));
        mailbox.deliver(mail("a1@mx", WANG, subject, "我正在休假", Map.of("Auto-Submitted", "auto-replied"), List.of()));
        mailbox.deliver(mail("a2@mx", WANG, subject, "away", Map.of("X-Autoreply", "yes"), List.of()));
        mailbox.deliver(mail("a3@mx", WANG, subject, "news", Map.of("Precedence", "bulk"), List.of()));
        mailbox.deliver(mail("a4@mx", WANG, subject, "oof", Map.of("X-Auto-Response-Suppress", "All"), List.of()));
        mailbox.deliver(mail("a5@mx", WANG, "自动回复：" + subject, "休假中", Map.of(), List.of()));
        mailbox.deliver(mail("o1@mx", WANG, subject, "our notification",
                Map.of("X-Itilhis-Reference", printer.number().toString(), "Auto-Submitted", "auto-generated"),
                List.of()));
        List<DomainEvent> before = hospital.log();

        EmailReplies.Pass pass = replies.run();

        assertThat(pass).isEqualTo(new EmailReplies.Pass(0, 9, 0));
        assertThat(hospital.log()).isEqualTo(before);
        assertThat(hospital.stored(printer.id()).linkedContacts()).isEmpty();
        assertThat(replies(DIRECTOR_GAO)).extracting(MailReply::messageId, MailReply::outcome).containsExactlyInAnyOrder(
                tuple("b1@mx", MailReplyOutcome.BOUNCE), tuple("b2@mx", MailReplyOutcome.BOUNCE),
                tuple("b3@mx", MailReplyOutcome.BOUNCE), tuple("a1@mx", MailReplyOutcome.AUTO_REPLY),
                tuple("a2@mx", MailReplyOutcome.AUTO_REPLY), tuple("a3@mx", MailReplyOutcome.AUTO_REPLY),
                tuple("a4@mx", MailReplyOutcome.AUTO_REPLY), tuple("a5@mx", MailReplyOutcome.AUTO_REPLY),
                tuple("o1@mx", MailReplyOutcome.OWN_MESSAGE));
        assertThat(log.find("a1@mx").orElseThrow().detail()).isEqualTo("Auto-Submitted: auto-replied");
    }

    @Test
    void anAutoSubmittedNoIsAPersonWriting() {
        mailbox.deliver(mail("n1@mx", WANG, "Re: [" + printer.number() + "]", "还是不行",
                Map.of("Auto-Submitted", "no"), List.of()));

        assertThat(replies.run().accepted()).isEqualTo(1);
    }

    @Test
    void aReplyFromSomeoneOtherThanTheCallerIsRefusedAndChangesNothing() {
        String subject = "Re: [" + printer.number() + "] 事件已分派";
        mailbox.deliver(mail("x1@mx", LIU, subject, "I will come at ten", Map.of(), List.of()));
        mailbox.deliver(mail("x2@mx", "stranger@elsewhere.example", subject, "hello", Map.of(), List.of()));
        mailbox.deliver(mail("x3@mx", WANG, "Printer", "no number anywhere", Map.of(), List.of()));
        mailbox.deliver(mail("x4@mx", WANG, subject, "> only the quote\n> of the notification", Map.of(), List.of()));
        mailbox.deliver(mail("x5@mx", WANG, "Re: [INC-2026-999999] 事件已分派", "which ticket?", Map.of(), List.of()));
        List<DomainEvent> before = hospital.log();

        assertThat(replies.run()).isEqualTo(new EmailReplies.Pass(0, 5, 0));

        assertThat(hospital.log()).isEqualTo(before);
        assertThat(log.find("x1@mx").orElseThrow().outcome()).isEqualTo(MailReplyOutcome.NOT_THE_CALLER);
        assertThat(log.find("x1@mx").orElseThrow().ticket()).contains(printer.number());
        assertThat(log.find("x2@mx").orElseThrow().outcome()).isEqualTo(MailReplyOutcome.UNKNOWN_SENDER);
        assertThat(log.find("x3@mx").orElseThrow().outcome()).isEqualTo(MailReplyOutcome.NO_REFERENCE);
        assertThat(log.find("x4@mx").orElseThrow().outcome()).isEqualTo(MailReplyOutcome.EMPTY_REPLY);
        assertThat(log.find("x5@mx").orElseThrow().outcome()).isEqualTo(MailReplyOutcome.NOT_THE_CALLER);
    }

    @Test
    void aReplyToACancelledTicketIsRefusedByTheDeskAndLeavesNoContactBehind() {
        hospital.handle(new TicketCommand.Cancel(AGENT_CHEN, printer.id(), null, "Duplicate of the ward's call"));
        int contacts = hospital.desk.contacts.snapshots().size();
        mailbox.deliver(wangReplies("c1@mail.hospital.example", "Re: [" + printer.number() + "]"));

        assertThat(replies.run()).isEqualTo(new EmailReplies.Pass(0, 1, 0));

        MailReply refused = log.find("c1@mail.hospital.example").orElseThrow();
        assertThat(refused.outcome()).isEqualTo(MailReplyOutcome.REFUSED_BY_DESK);
        assertThat(refused.detail()).isEqualTo("ticket.closed");
        assertThat(hospital.desk.contacts.snapshots()).hasSize(contacts);
    }

    @Test
    void aSecondRunDoesNothingAndAMailReadAgainIsNotActedOnTwice() {
        mailbox.deliver(wangReplies("r1@mail.hospital.example", "Re: [" + printer.number() + "]"));
        mailbox.deliver(mail("a1@mx", WANG, "Re: [" + printer.number() + "]", "away",
                Map.of("Auto-Submitted", "auto-replied"), List.of()));
        replies.run();
        List<DomainEvent> after = hospital.log();
        MailReply first = log.find("r1@mail.hospital.example").orElseThrow();

        assertThat(replies.run()).isEqualTo(new EmailReplies.Pass(0, 0, 0));
        mailbox.redeliver("r1@mail.hospital.example");
        mailbox.redeliver("a1@mx");
        hospital.later(Duration.ofMinutes(5));
        assertThat(replies.run()).isEqualTo(new EmailReplies.Pass(0, 0, 2));

        assertThat(hospital.log()).isEqualTo(after);
        assertThat(hospital.stored(printer.id()).linkedContacts()).hasSize(1);
        assertThat(log.find("r1@mail.hospital.example")).contains(first);
        assertThat(mailbox.processed()).containsExactlyInAnyOrder("r1@mail.hospital.example", "a1@mx");
    }

    @Test
    void aMessageIdLongerThanTheLogKeepsIsHandledOnceUnderItsDigest() {
        String id = "x".repeat(400) + "@mx";
        mailbox.deliver(mail(id, WANG, "Re: x", "away", Map.of("X-Autoreply", "yes"), List.of()));

        assertThat(replies.run()).isEqualTo(new EmailReplies.Pass(0, 1, 0));
        mailbox.redeliver(id);
        assertThat(replies.run()).isEqualTo(new EmailReplies.Pass(0, 0, 1));
        String key = EmailReplies.key(InboundMail.of(id, WANG, "", "", Map.of(), List.of(), Instant.EPOCH));
        assertThat(key).hasSizeLessThanOrEqualTo(MailReply.MAX_MESSAGE_ID).startsWith("sha256.");
        assertThat(log.find(key)).get().extracting(MailReply::outcome).isEqualTo(MailReplyOutcome.AUTO_REPLY);
        assertThat(mailbox.processed()).contains(id);
    }

    @Test
    void theRefusalsAreListedToTheDirectorNewestFirstAndToNoReporter() {
        mailbox.deliver(mail("a1@mx", WANG, "Re: x", "away", Map.of("X-Autoreply", "yes"), List.of()));
        replies.run();
        hospital.later(Duration.ofMinutes(1));
        mailbox.deliver(mail("a2@mx", WANG, "Re: y", "away", Map.of("X-Autoreply", "yes"), List.of()));
        replies.run();

        assertThat(replies(DIRECTOR_GAO)).extracting(MailReply::messageId).containsExactly("a2@mx", "a1@mx");
        assertThatThrownBy(() -> replies(NURSE_WANG)).isInstanceOf(NotPermittedException.class);
    }

    private List<MailReply> replies(Actor actor) {
        return new MailReplyQueryService(log, AccessPolicy.hospitalDefault(), hospital.desk.directory)
                .refused(actor, Optional.empty(), 50);
    }

}
