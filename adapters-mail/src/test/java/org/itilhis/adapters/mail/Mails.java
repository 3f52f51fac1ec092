package org.itilhis.adapters.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/** The mails that reach the replies mailbox in these tests, as mail clients and servers write them. */
final class Mails {
    static final String REPLIES = "replies@hospital.example";
    static final String WANG = "wang.fang@hospital.example";
    static final Session SESSION = Session.getInstance(new Properties());

    private Mails() {
    }

    /** Nurse Wang's answer from a Chinese mail client: text and HTML, the notification quoted below. */
    static MimeMessage wangReplies(String messageId, String subject, String inReplyTo, String text)
            throws MessagingException {
        MimeMessage mail = new FixedId(messageId);
        mail.setFrom(new InternetAddress(WANG));
        mail.setRecipient(Message.RecipientType.TO, new InternetAddress(REPLIES));
        mail.setSubject(subject, "UTF-8");
        mail.setSentDate(new Date());
        if (inReplyTo != null) {
            mail.setHeader("In-Reply-To", "<" + inReplyTo + ">");
            mail.setHeader("References", "<older@mail.hospital.example> <" + inReplyTo + ">");
        }
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text + "\n\n在 2026年12月7日 10:00，信息科服务台 <it-desk@hospital.example> 写道：\n"
                + "> 您的事件 INC-2026-000123 已分派给桌面支持组。\n", "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText("<div>" + text + "</div><blockquote>您的事件 INC-2026-000123 已分派给桌面支持组。</blockquote>",
                "UTF-8", "html");
        mail.setContent(new MimeMultipart("alternative", plain, html));
        mail.saveChanges();
        return mail;
    }

    /** An out-of-office answer, as RFC 3834 asks robots to mark it. */
    static MimeMessage outOfOffice(String messageId, String subject) throws MessagingException {
        MimeMessage mail = new FixedId(messageId);
        mail.setFrom(new InternetAddress(WANG));
        mail.setRecipient(Message.RecipientType.TO, new InternetAddress(REPLIES));
        mail.setSubject("自动回复：" + subject, "UTF-8");
        mail.setHeader("Auto-Submitted", "auto-replied");
        mail.setText("我正在休假，12月10日返回。", "UTF-8");
        mail.saveChanges();
        return mail;
    }

    /** The mail server's delivery status notification for a notification it could not deliver. */
    static MimeMessage bounce(String messageId) throws MessagingException {
        String raw = """
                Return-Path: <>
                From: Mail Delivery System <MAILER-DAEMON@mx.hospital.example>
                To: replies@hospital.example
                Subject: Undelivered Mail Returned to Sender
                Message-ID: <%s>
                Auto-Submitted: auto-replied
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

                --b1
                Content-Type: text/plain; charset=us-ascii

                This is the mail system. Your message could not be delivered: user unknown.

                --b1
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mx.hospital.example
                Final-Recipient: rfc822; nobody@hospital.example
                Action: failed
                Status: 5.1.1

                --b1--
                """.formatted(messageId).replace("\n", "\r\n");
        return new MimeMessage(SESSION, new ByteArrayInputStream(raw.getBytes(StandardCharsets.US_ASCII)));
    }

    /** A hand-written mail without a Message-ID. */
    static MimeMessage withoutMessageId(String subject) throws MessagingException {
        String raw = """
                From: wang.fang@hospital.example
                To: replies@hospital.example
                Subject: %s
                MIME-Version: 1.0
                Content-Type: text/plain; charset=us-ascii

                Still jammed.
                """.formatted(subject).replace("\n", "\r\n");
        return new MimeMessage(SESSION, new ByteArrayInputStream(raw.getBytes(StandardCharsets.US_ASCII)));
    }

    /** A message whose Message-ID is given. */
    private static final class FixedId extends MimeMessage {
        private final String id;

        FixedId(String id) {
            super(SESSION);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<" + id + ">");
        }
    }
}
