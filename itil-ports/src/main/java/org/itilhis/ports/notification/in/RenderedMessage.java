package org.itilhis.ports.notification.in;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A message rendered from its templates: a one-line {@code subject} (an e-mail's subject, a chat
 * card's title) and a {@code body} in Markdown that also reads as plain text.
 */
public record RenderedMessage(String subject, String body) {
    public RenderedMessage {
        checkNotNull(subject, "subject");
        checkNotNull(body, "body");
        checkArgument(subject.indexOf('\n') < 0 && subject.indexOf('\r') < 0, "the subject holds a line break");
    }
}
