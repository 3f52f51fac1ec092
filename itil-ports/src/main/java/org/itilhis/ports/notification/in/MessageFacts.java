package org.itilhis.ports.notification.in;

import static com.google.common.base.Preconditions.checkNotNull;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a message about one event may say, the fields its Mustache templates name: the record's
 * {@code number}, {@code priority}, {@code summary}, {@code status} and {@code group}, the
 * {@code link} where it is shown, the crossed SLA {@code threshold}, and the event's {@code
 * freeText} (a caller update's message) only when the rule that chose the recipient allows it,
 * since free text may hold a patient's data. The renderer adds the event's {@code label} and
 * {@code eventType}. An absent field renders as nothing and is false in a {@code {{#field}}}
 * section.
 */
public record MessageFacts(String number, Optional<String> priority, String summary, Optional<String> status,
                           Optional<String> group, Optional<URI> link, Optional<String> freeText,
                           Optional<String> threshold) {
    public MessageFacts {
        checkNotNull(number, "number");
        checkNotNull(priority, "priority");
        checkNotNull(summary, "summary");
        checkNotNull(status, "status");
        checkNotNull(group, "group");
        checkNotNull(link, "link");
        checkNotNull(freeText, "freeText");
        checkNotNull(threshold, "threshold");
    }

    /** Facts of a record with only its number and summary known. */
    public static MessageFacts of(String number, String summary) {
        return new MessageFacts(number, Optional.empty(), summary, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    public MessageFacts withPriority(String value) {
        return new MessageFacts(number, Optional.of(value), summary, status, group, link, freeText, threshold);
    }

    public MessageFacts withStatus(String value) {
        return new MessageFacts(number, priority, summary, Optional.of(value), group, link, freeText, threshold);
    }

    public MessageFacts withGroup(String value) {
        return new MessageFacts(number, priority, summary, status, Optional.of(value), link, freeText, threshold);
    }

    public MessageFacts withLink(URI value) {
        return new MessageFacts(number, priority, summary, status, group, Optional.of(value), freeText, threshold);
    }

    public MessageFacts withFreeText(String value) {
        return new MessageFacts(number, priority, summary, status, group, link, Optional.of(value), threshold);
    }

    public MessageFacts withThreshold(String value) {
        return new MessageFacts(number, priority, summary, status, group, link, freeText, Optional.of(value));
    }

    /** The facts a template sees, by field name; absent fields are left out. */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("number", number);
        priority.ifPresent(value -> fields.put("priority", value));
        fields.put("summary", summary);
        status.ifPresent(value -> fields.put("status", value));
        group.ifPresent(value -> fields.put("group", value));
        link.ifPresent(value -> fields.put("link", value.toString()));
        freeText.ifPresent(value -> fields.put("freeText", value));
        threshold.ifPresent(value -> fields.put("threshold", value));
        return fields;
    }
}
