package org.itilhis.ports.notification.out;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One e-mail read from the replies mailbox, as much of it as deciding what to do with it needs.
 *
 * @param messageId  its Message-ID without angle brackets, or the mailbox's stable stand-in
 *                   for a mail that has none
 * @param from       the sender's address ({@code wang.fang@hospital.example}), without the name
 * @param subject    the decoded subject, empty when there is none
 * @param text       the decoded plain text of the body (a text/plain part; an HTML-only mail's
 *                   text without its tags), quoted message included
 * @param headers    the headers that tell a robot from a person, by lower-case name: {@code
 *                   auto-submitted}, {@code precedence}, {@code x-autoreply}, {@code
 *                   x-auto-response-suppress}, {@code return-path}, {@code content-type}, {@code
 *                   x-itilhis-reference}; only those present
 * @param references the Message-IDs of In-Reply-To then References, without angle brackets
 * @param receivedAt when the mailbox received it
 */
public record InboundMail(String messageId, String from, String subject, String text,
                          ImmutableMap<String, String> headers, ImmutableList<String> references,
                          Instant receivedAt) {
    /** The headers a mailbox reads, lower case. */
    public static final ImmutableList<String> HEADERS = ImmutableList.of("auto-submitted", "precedence",
            "x-autoreply", "x-auto-response-suppress", "return-path", "content-type", "x-itilhis-reference");

    public InboundMail {
        checkNotNull(messageId, "messageId");
        checkArgument(!messageId.isBlank(), "messageId is blank");
        checkNotNull(from, "from");
        checkNotNull(subject, "subject");
        checkNotNull(text, "text");
        checkNotNull(headers, "headers");
        checkArgument(headers.keySet().stream().allMatch(name -> name.equals(name.toLowerCase(Locale.ROOT))),
                "header names are not lower case: %s", headers.keySet());
        checkNotNull(references, "references");
        checkNotNull(receivedAt, "receivedAt");
    }

    /** A mail with the headers of {@code headers} kept (names compared without case), the others dropped. */
    public static InboundMail of(String messageId, String from, String subject, String text,
                                 Map<String, String> headers, Iterable<String> references, Instant receivedAt) {
        ImmutableMap.Builder<String, String> kept = ImmutableMap.builder();
        headers.forEach((name, value) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (HEADERS.contains(lower)) {
                kept.put(lower, value);
            }
        });
        return new InboundMail(messageId, from, subject, text, kept.buildKeepingLast(), ImmutableList.copyOf(references),
                receivedAt);
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }
}
