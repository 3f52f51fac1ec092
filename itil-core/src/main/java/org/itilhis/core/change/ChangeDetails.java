package org.itilhis.core.change;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * What a change is, in the requester's words: a one-line summary for lists and the CAB's
 * agenda, and a description of why and what.
 */
public record ChangeDetails(String summary, String description) {
    public static final int MAX_SUMMARY = 200;
    public static final int MAX_DESCRIPTION = 8000;

    public ChangeDetails {
        summary = text(summary, "summary", MAX_SUMMARY);
        description = text(description, "description", MAX_DESCRIPTION);
    }

    public static ChangeDetails of(String summary, String description) {
        return new ChangeDetails(summary, description);
    }

    static String text(String value, String name, int max) {
        checkNotNull(value, name);
        String stripped = value.strip();
        checkArgument(!stripped.isEmpty(), "%s is blank", name);
        checkArgument(stripped.length() <= max, "%s is longer than %s characters", name, max);
        return stripped;
    }
}
