package org.itilhis.core.monitoring;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.core.shared.DomainException;

/**
 * A delivery that cannot be read as its source's format: not JSON, truncated, a required field
 * missing or of the wrong type. Names the field (a JSON pointer such as {@code /alerts/3/startsAt},
 * or {@code body}) and what is wrong with it.
 */
public final class MalformedAlertsException extends DomainException {
    /** The longest field path and reason kept. */
    private static final int MAX = 200;
    private final String field;
    private final String reason;

    public MalformedAlertsException(String field, String reason) {
        super("alert.malformed", cap(field), cap(reason));
        this.field = cap(checkNotNull(field, "field"));
        this.reason = cap(checkNotNull(reason, "reason"));
    }

    private static String cap(String text) {
        return text == null || text.length() <= MAX ? text : text.substring(0, MAX);
    }

    /** Where in the body: a JSON pointer, or {@code body} for the whole. */
    public String field() {
        return field;
    }

    /** What is wrong there, in English (the message gives it in the reader's language around it). */
    public String reason() {
        return reason;
    }
}
