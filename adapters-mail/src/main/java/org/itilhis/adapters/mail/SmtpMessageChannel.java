package org.itilhis.adapters.mail;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.html.HtmlEscapers;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;
import org.itilhis.core.notification.Channel;
import org.itilhis.ports.notification.out.MailThreading;
import org.itilhis.ports.notification.out.MessageChannel;
import org.itilhis.ports.notification.out.OutgoingMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the notifications of {@link Channel#EMAIL} over SMTP: one UTF-8 text/plain e-mail per
 * message (with a simple HTML alternative when the settings ask for one), in the recipient's
 * language as the renderer wrote it.
 *
 * <p>Every e-mail is made so that replies come back to the right ticket and robots leave it
 * alone: the subject carries the record's number ({@code [INC-2026-000123] ...}, kept when it is
 * there already), the Message-ID is made from the message id and the number ({@link
 * MailThreading}: the same on every retry, so the reader's client drops a duplicate), Reply-To
 * names the hospital's replies mailbox, {@code Auto-Submitted: auto-generated} (RFC 3834) and
 * {@code X-Auto-Response-Suppress: All} ask auto-responders not to answer, and {@code
 * X-Itilhis-Reference} names the record, so that the library knows its own mail if it comes back.
 *
 * <p>{@link #send} connects, sends and disconnects, within the settings' timeouts, and throws a
 * {@link MailAdapterException} when the server does not take the message: the relay retries.
 */
public final class SmtpMessageChannel implements MessageChannel {
    private static final Logger LOG = LoggerFactory.getLogger(SmtpMessageChannel.class);

    private final SmtpSettings settings;
    private final Session session;
    private final Clock clock;

    public SmtpMessageChannel(SmtpSettings settings, Clock clock) {
        this.settings = checkNotNull(settings, "settings");
        this.clock = checkNotNull(clock, "clock");
        this.session = MailSessions.session("smtp", settings.server(), new Properties());
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void send(OutgoingMessage message) {
        checkNotNull(message, "message");
        checkArgument(message.channel() == Channel.EMAIL, "message %s is for %s, not e-mail", message.id(),
                message.channel());
        String messageId = MailThreading.messageId(message.id(), message.reference(), settings.messageIdHost());
        try {
            MimeMessage mail = compose(message, messageId);
            try (Transport transport = session.getTransport()) {
                transport.connect(settings.server().host(), settings.server().port(),
                        settings.server().user().orElse(null), settings.server().password().orElse(null));
                transport.sendMessage(mail, mail.getAllRecipients());
            }
            LOG.debug("Sent {} about {} as <{}>", message.id(), message.reference(), messageId);
        } catch (MessagingException | UnsupportedEncodingException failure) {
            throw new MailAdapterException("The SMTP server " + settings.server() + " did not take the e-mail "
                    + message.id() + " about " + message.reference() + ": " + failure.getMessage(), failure);
        }
    }

    private MimeMessage compose(OutgoingMessage message, String messageId)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage mail = new ThreadedMessage(session, "<" + messageId + ">");
        mail.setFrom(settings.fromName().isPresent()
                ? new InternetAddress(settings.from(), settings.fromName().get(), StandardCharsets.UTF_8.name())
                : new InternetAddress(settings.from(), true));
        mail.setRecipient(Message.RecipientType.TO, recipient(message));
        mail.setReplyTo(new InternetAddress[] {new InternetAddress(settings.replyTo(), true)});
        mail.setSubject(MailThreading.subject(oneLine(message.subject()), message.reference()),
                StandardCharsets.UTF_8.name());
        mail.setSentDate(Date.from(clock.instant()));
        mail.setHeader("Auto-Submitted", "auto-generated");
        mail.setHeader("X-Auto-Response-Suppress", "All");
        mail.setHeader("X-Itilhis-Reference", message.reference());
        mail.setHeader("Content-Language", message.language().toLanguageTag());
        String text = message.link().map(link -> message.body().stripTrailing() + "\n\n" + link).orElse(message.body());
        if (settings.html()) {
            MimeBodyPart plain = new MimeBodyPart();
            plain.setText(text, StandardCharsets.UTF_8.name(), "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(html(message), StandardCharsets.UTF_8.name(), "html");
            mail.setContent(new MimeMultipart("alternative", plain, html));
        } else {
            mail.setText(text, StandardCharsets.UTF_8.name(), "plain");
        }
        mail.saveChanges();
        return mail;
    }

    /**
     * The subject on one line: a line break in a rendered subject (a ticket's summary is typed by
     * people) would otherwise end the header and start another, a Bcc say.
     */
    private static String oneLine(String subject) {
        return subject.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
    }

    private static InternetAddress recipient(OutgoingMessage message) throws AddressException {
        InternetAddress to = new InternetAddress(message.address(), true);
        to.validate();
        return to;
    }

    /** The body as escaped paragraphs, the link as a link: no markup of the template reaches the HTML unescaped. */
    private static String html(OutgoingMessage message) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"")
                .append(message.language().toLanguageTag()).append("\"><head><meta charset=\"UTF-8\"><title>")
                .append(HtmlEscapers.htmlEscaper().escape(message.subject())).append("</title></head><body>");
        for (String paragraph : message.body().strip().split("\\n\\s*\\n")) {
            html.append("<p>").append(HtmlEscapers.htmlEscaper().escape(paragraph.strip()).replace("\n", "<br>"))
                    .append("</p>");
        }
        message.link().ifPresent(link -> {
            String href = HtmlEscapers.htmlEscaper().escape(link.toString());
            html.append("<p><a href=\"").append(href).append("\">").append(href).append("</a></p>");
        });
        return html.append("</body></html>").toString();
    }

    /** A message whose Message-ID is ours, not one Jakarta Mail makes up on every save. */
    private static final class ThreadedMessage extends MimeMessage {
        private final String messageId;

        ThreadedMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
