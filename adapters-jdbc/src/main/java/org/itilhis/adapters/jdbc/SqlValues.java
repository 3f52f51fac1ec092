package org.itilhis.adapters.jdbc;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jdbi.v3.core.argument.Argument;

/** Conversions between domain values and what the columns hold. */
final class SqlValues {
    private SqlValues() {
    }

    /**
     * An instant for a {@code TIMESTAMP}/{@code DATETIME} column holding UTC, bound as a
     * {@link LocalDateTime} so that neither the driver nor the JVM's time zone shifts it.
     * (The columns keep microseconds; the exact instants live in the JSON snapshots.)
     */
    static Argument utc(Instant instant) {
        LocalDateTime value = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        return (position, statement, context) -> statement.setObject(position, value);
    }

    /** {@code text} as a LIKE pattern matching it anywhere, its wildcards escaped (backslash is the default escape everywhere). */
    static String containing(String text) {
        String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
