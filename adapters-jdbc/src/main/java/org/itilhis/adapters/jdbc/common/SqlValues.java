package org.itilhis.adapters.jdbc.common;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.itilhis.core.ticket.TicketNumber;
import org.jdbi.v3.core.argument.Argument;

/** Conversions between domain values and what the columns hold. */
public final class SqlValues {
    private SqlValues() {
    }

    /**
     * An instant for a {@code TIMESTAMP}/{@code DATETIME} column holding UTC, bound as a
     * {@link LocalDateTime} so that neither the driver nor the JVM's time zone shifts it.
     * (The columns keep microseconds; the exact instants live in the JSON snapshots.)
     */
    public static Argument utc(Instant instant) {
        LocalDateTime value = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        return (position, statement, context) -> statement.setObject(position, value);
    }

    /** The instant a {@code TIMESTAMP}/{@code DATETIME} column written by {@link #utc(Instant)} holds. */
    public static Instant utc(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }

    /**
     * The {@code number_key} of a ticket number: its sequence zero-padded to 19 digits, so that
     * the binary order of keys is the order of numbers ({@code WorkQueueOrder.NUMBERS}: type,
     * year, sequence) for any sequence, e.g. {@code INC-2026-0000000000000000042}. Migration V3
     * computes the same text from the {@code number} column of existing rows. (Type prefixes
     * sort like the types: {@code INC} before {@code REQ}.)
     */
    public static String numberKey(TicketNumber number) {
        return String.format("%s-%04d-%019d", number.type().prefix(), number.year(), number.sequence());
    }

    /** {@code text} as a LIKE pattern matching it anywhere, its wildcards escaped (backslash is the default escape everywhere). */
    public static String containing(String text) {
        String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
