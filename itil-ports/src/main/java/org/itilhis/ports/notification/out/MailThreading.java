package org.itilhis.ports.notification.out;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the library's e-mails are threaded, shared by the channel that sends them and the service
 * that reads the replies: the Message-ID of a notification names its message id and the record's
 * number ({@code evt_812.1.INC-2026-000123@itilhis.hospital.example}), so a reply's In-Reply-To
 * or References finds the ticket without any store of sent mail, and a retry sends the same id;
 * the subject carries the number in brackets ({@code [INC-2026-000123] ...}), which replies keep.
 */
public final class MailThreading {
    /** The left-most label of the domain part of every Message-ID the library makes. */
    public static final String DOMAIN_LABEL = "itilhis";

    private static final Pattern NUMBER = Pattern.compile("\\b([A-Z]{3}-\\d{4}-\\d{6,})\\b");
    private static final Pattern OURS = Pattern.compile(
            "(?:[A-Za-z0-9_.-]+)\\.([A-Z]{3}-\\d{4}-\\d{6,})@" + DOMAIN_LABEL + "\\.[A-Za-z0-9.-]+");

    private MailThreading() {
    }

    /**
     * The Message-ID (without angle brackets) of the e-mail carrying {@code message}'s id about
     * {@code reference}, sent from {@code host}: the same on every retry.
     */
    public static String messageId(String messageIdPart, String reference, String host) {
        checkNotNull(messageIdPart, "messageIdPart");
        checkNotNull(reference, "reference");
        checkNotNull(host, "host");
        checkArgument(messageIdPart.matches("[A-Za-z0-9_.-]+"), "message id %s is not a dot-atom", messageIdPart);
        checkArgument(reference.matches("[A-Za-z0-9-]+"), "reference %s is not a record number", reference);
        checkArgument(host.matches("[A-Za-z0-9.-]+"), "host %s is not a domain name", host);
        return messageIdPart + "." + reference + "@" + DOMAIN_LABEL + "." + host;
    }

    /** {@code subject} with {@code [reference]} in front, unless it names the reference already. */
    public static String subject(String subject, String reference) {
        checkNotNull(subject, "subject");
        checkNotNull(reference, "reference");
        String stripped = subject.strip();
        return stripped.contains(reference) ? stripped : ("[" + reference + "] " + stripped).strip();
    }

    /** The first record number written in {@code subject}, as in {@code Re: [INC-2026-000123] ...}. */
    public static Optional<String> referenceInSubject(String subject) {
        Matcher m = NUMBER.matcher(checkNotNull(subject, "subject"));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The record number a Message-ID the library made names; empty for anyone else's. */
    public static Optional<String> referenceInMessageId(String messageId) {
        Matcher m = OURS.matcher(checkNotNull(messageId, "messageId").strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
