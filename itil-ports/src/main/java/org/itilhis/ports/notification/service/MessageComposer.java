package org.itilhis.ports.notification.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;

/**
 * Writes a channel message's subject and body from an event's facts in the recipient's
 * language: the hospital's Mustache templates in the example, {@link #PLAIN} otherwise. Never
 * writes the event's free text unless {@code freeText} allows it (a rule asked for it).
 */
@FunctionalInterface
public interface MessageComposer {
    /** The legacy one-line texts in English or Chinese, the number, priority and summary first. */
    MessageComposer PLAIN = (facts, freeText, language) -> {
        String subject = MessageTexts.line(facts, freeText);
        return new Composed(subject, MessageTexts.body(facts, freeText, language));
    };

    Composed compose(EventFacts facts, boolean freeText, Locale language);

    /** A rendered subject (one line) and body (Markdown that reads as plain text). */
    record Composed(String subject, String body) {
        public Composed {
            checkNotNull(subject, "subject");
            checkNotNull(body, "body");
        }
    }
}
