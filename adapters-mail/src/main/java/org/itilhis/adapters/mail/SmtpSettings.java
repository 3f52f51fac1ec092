package org.itilhis.adapters.mail;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * How notification e-mails go out.
 *
 * @param server        the SMTP server (the hospital's relay)
 * @param from          the sender's address ({@code it-desk@hospital.example})
 * @param fromName      the sender's display name ({@code 信息科服务台 IT Service Desk}), if any
 * @param replyTo       the replies mailbox every notification names as Reply-To, read by {@link
 *                      ImapMailbox}: a reply to a notification becomes a caller update
 * @param messageIdHost the domain in the Message-IDs ({@code hospital.example} gives {@code
 *                      ...@itilhis.hospital.example})
 * @param html          whether to add a simple HTML alternative to the plain text
 */
public record SmtpSettings(MailServer server, String from, Optional<String> fromName, String replyTo,
                           String messageIdHost, boolean html) {
    public SmtpSettings {
        checkNotNull(server, "server");
        checkNotNull(from, "from");
        checkArgument(from.contains("@"), "from %s is not an e-mail address", from);
        checkNotNull(fromName, "fromName");
        checkNotNull(replyTo, "replyTo");
        checkArgument(replyTo.contains("@"), "replyTo %s is not an e-mail address", replyTo);
        checkNotNull(messageIdHost, "messageIdHost");
        checkArgument(messageIdHost.matches("[A-Za-z0-9.-]+"), "messageIdHost %s is not a domain name",
                messageIdHost);
    }

    /** Plain-text notifications from {@code from}, replies to {@code replyTo}, Message-IDs in the domain of {@code from}. */
    public static SmtpSettings of(MailServer server, String from, String replyTo) {
        return new SmtpSettings(server, from, Optional.empty(), replyTo, from.substring(from.indexOf('@') + 1), false);
    }

    public SmtpSettings withFromName(String name) {
        return new SmtpSettings(server, from, Optional.of(name), replyTo, messageIdHost, html);
    }

    public SmtpSettings withHtml(boolean alternative) {
        return new SmtpSettings(server, from, fromName, replyTo, messageIdHost, alternative);
    }
}
