package org.itilhis.ports.notification.out;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.itilhis.core.notification.Channel;

/**
 * One rendered message for one channel address: what a {@link MessageChannel} sends. The text
 * carries the record's number, priority and summary, never free text a rule did not ask for (no
 * patient's data leaves through a notification by default).
 *
 * @param id        stable for this event and this address, {@code evt_<position>.<n>}: the same on
 *                  a retry, so a channel that can (an e-mail's Message-ID) lets the reader's
 *                  client drop a duplicate
 * @param channel   which channel sends it
 * @param address   the e-mail address, the phone number, or the robot's webhook URL
 * @param secret    the DingTalk robot's signing secret ({@code SEC...}), when it has one
 * @param language  the recipient's language (a group chat's: the group's), {@code zh} or {@code en}
 * @param topic     the event type, {@code ticket.assigned}
 * @param reference the record's number, {@code INC-2026-000123}
 * @param subject   the rendered one-line subject (an e-mail's subject, a card's title)
 * @param body      the rendered body, Markdown that also reads as plain text
 * @param link      where the record is shown, when the hospital configured its base address
 */
public record OutgoingMessage(String id, Channel channel, String address, Optional<String> secret, Locale language,
                              String topic, String reference, String subject, String body, Optional<URI> link) {
    public OutgoingMessage {
        checkNotNull(id, "id");
        checkNotNull(channel, "channel");
        checkNotNull(address, "address");
        checkArgument(!address.isBlank(), "address is blank");
        checkNotNull(secret, "secret");
        checkNotNull(language, "language");
        checkNotNull(topic, "topic");
        checkNotNull(reference, "reference");
        checkNotNull(subject, "subject");
        checkNotNull(body, "body");
        checkNotNull(link, "link");
    }
}
