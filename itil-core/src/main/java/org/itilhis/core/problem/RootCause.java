package org.itilhis.core.problem;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The cause found: its category, for counting, and its statement, for people ("the HIS
 * client certificates of the outpatient workstations were issued for one year and nobody
 * renews them").
 */
public record RootCause(CauseCategory category, String statement) {
    public static final int MAX_STATEMENT = 4000;

    public RootCause {
        checkNotNull(category, "category");
        statement = text(statement, "statement", MAX_STATEMENT);
    }

    public static RootCause of(CauseCategory category, String statement) {
        return new RootCause(category, statement);
    }

    /** {@code value} stripped, after checking it is given and at most {@code max} characters. */
    static String text(String value, String name, int max) {
        checkNotNull(value, name);
        String stripped = value.strip();
        checkArgument(!stripped.isEmpty(), "%s is blank", name);
        checkArgument(stripped.length() <= max, "%s is longer than %s characters", name, max);
        return stripped;
    }
}
