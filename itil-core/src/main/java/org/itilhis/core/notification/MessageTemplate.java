package org.itilhis.core.notification;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;

/**
 * A hospital's own wording of the messages about one event type in one language: a Mustache
 * subject (one line) and body (Markdown that also reads as plain text), in place of the
 * library's default templates.
 */
public record MessageTemplate(String eventType, Locale language, String subject, String body) {
    public MessageTemplate {
        checkNotNull(eventType, "eventType");
        checkNotNull(language, "language");
        checkNotNull(subject, "subject");
        checkNotNull(body, "body");
        checkArgument(!subject.isBlank(), "the subject template of %s is blank", eventType);
        checkArgument(!body.isBlank(), "the body template of %s is blank", eventType);
    }
}
