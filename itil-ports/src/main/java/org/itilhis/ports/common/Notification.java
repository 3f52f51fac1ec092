package org.itilhis.ports.common;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.core.shared.StaffId;

/**
 * One message to one person.
 *
 * @param topic     the event type that caused it, e.g. {@code ticket.escalated-to-lead}
 * @param reference the record it is about, e.g. a ticket number
 * @param text      a short English text; adapters may render their own from topic and reference
 */
public record Notification(StaffId recipient, String topic, String reference, String text) {
    public Notification {
        checkNotNull(recipient, "recipient");
        checkNotNull(topic, "topic");
        checkNotNull(reference, "reference");
        checkNotNull(text, "text");
    }
}
