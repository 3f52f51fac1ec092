package org.itilhis.ports.notification.service;

import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import java.util.Optional;
import org.itilhis.core.notification.MailReplyOutcome;
import org.itilhis.ports.notification.out.InboundMail;
import org.itilhis.ports.notification.out.MailThreading;

/**
 * Tells mail no person wrote from a reply: a bounce (a delivery status report, MAILER-DAEMON or
 * postmaster, the empty Return-Path of RFC 5321), an automatic reply (RFC 3834's Auto-Submitted
 * other than {@code no}, X-Autoreply, Precedence bulk, junk or list, Exchange's
 * X-Auto-Response-Suppress, an out-of-office subject) or one of the library's own notifications
 * come back (its X-Itilhis-Reference header, its Message-ID). Answering any of them could start a
 * loop between two robots, so such mail is refused before anything else is looked at.
 */
public final class MailNoise {
    private static final ImmutableSet<String> BOUNCERS = ImmutableSet.of("mailer-daemon", "postmaster");
    private static final ImmutableSet<String> BULK = ImmutableSet.of("bulk", "junk", "list");
    private static final ImmutableSet<String> OUT_OF_OFFICE = ImmutableSet.of("auto:", "automatic reply",
            "autoreply", "auto-reply", "out of office", "自动回复", "自動回覆");

    private MailNoise() {
    }

    /** Why {@code mail} is noise, or empty when a person may have written it. */
    public static Optional<Verdict> of(InboundMail mail) {
        String contentType = mail.header("content-type").orElse("").toLowerCase(Locale.ROOT);
        if (contentType.startsWith("multipart/report")) {
            return contentType.contains("disposition-notification")
                    ? verdict(MailReplyOutcome.AUTO_REPLY, "read receipt (multipart/report)")
                    : verdict(MailReplyOutcome.BOUNCE, "delivery status report (multipart/report)");
        }
        String local = mail.from().contains("@") ? mail.from().substring(0, mail.from().indexOf('@')) : mail.from();
        if (BOUNCERS.contains(local.strip().toLowerCase(Locale.ROOT))) {
            return verdict(MailReplyOutcome.BOUNCE, "sent by " + mail.from());
        }
        if (mail.header("return-path").map(path -> path.replaceAll("[<>\\s]", "").isEmpty()).orElse(false)) {
            return verdict(MailReplyOutcome.BOUNCE, "empty Return-Path");
        }
        if (mail.header("x-itilhis-reference").isPresent()
                || MailThreading.referenceInMessageId(mail.messageId()).isPresent()) {
            return verdict(MailReplyOutcome.OWN_MESSAGE, "a notification of this library");
        }
        return autoReply(mail);
    }

    private static Optional<Verdict> autoReply(InboundMail mail) {
        Optional<String> submitted = mail.header("auto-submitted").map(MailNoise::token);
        if (submitted.isPresent() && !submitted.get().equals("no")) {
            return verdict(MailReplyOutcome.AUTO_REPLY, "Auto-Submitted: " + submitted.get());
        }
        if (mail.header("x-autoreply").isPresent()) {
            return verdict(MailReplyOutcome.AUTO_REPLY, "X-Autoreply");
        }
        Optional<String> precedence = mail.header("precedence").map(MailNoise::token);
        if (precedence.isPresent() && BULK.contains(precedence.get())) {
            return verdict(MailReplyOutcome.AUTO_REPLY, "Precedence: " + precedence.get());
        }
        if (mail.header("x-auto-response-suppress").isPresent()) {
            return verdict(MailReplyOutcome.AUTO_REPLY, "X-Auto-Response-Suppress");
        }
        String subject = mail.subject().strip().toLowerCase(Locale.ROOT);
        for (String prefix : OUT_OF_OFFICE) {
            if (subject.startsWith(prefix)) {
                return verdict(MailReplyOutcome.AUTO_REPLY, "subject " + mail.subject().strip());
            }
        }
        return Optional.empty();
    }

    /** A header's first token, lower case: {@code auto-replied} of {@code Auto-Replied; owner-email=...}. */
    private static String token(String value) {
        int end = value.indexOf(';');
        return (end < 0 ? value : value.substring(0, end)).strip().toLowerCase(Locale.ROOT);
    }

    private static Optional<Verdict> verdict(MailReplyOutcome outcome, String detail) {
        return Optional.of(new Verdict(outcome, detail));
    }

    /** Which kind of noise, and what showed it. */
    public record Verdict(MailReplyOutcome outcome, String detail) {
    }
}
