package org.itilhis.adapters.jdbc.common;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.itilhis.ports.common.StorageException;

/**
 * Turns a database failure into a {@link StorageException} that can be logged in a hospital:
 * it names the operation, the SQL state and the vendor's error code, never a value. The texts
 * of the failure are dropped on purpose: Jdbi renders a statement's bound arguments into its
 * exceptions' messages, and the databases quote values in theirs (PostgreSQL's {@code invalid
 * input syntax for type integer: "..."} or {@code Key (number)=(...) already exists}, H2's
 * {@code Data conversion error converting "..."}, MariaDB's {@code Duplicate entry '...'}), and
 * those values are a caller's description or a patient's name. The cause chain is kept for its
 * types and stack traces, each exception replaced by a {@link Redacted} one naming its class
 * (and its SQL state and error code when it is an {@link SQLException}), so a stack trace in the
 * log still shows where the failure came from.
 */
public final class StorageFailures {
    private static final int MAX_CAUSES = 16;

    private StorageFailures() {
    }

    /**
     * A {@code StorageException} saying that {@code what} (an operation described by the
     * adapter, such as {@code "saving ticket 3f2…"}: ids and statement names, no values)
     * failed, with the SQL state and error code of {@code failure} and a redacted cause.
     */
    public static StorageException of(String what, Throwable failure) {
        return new StorageException(what + " failed: " + summary(failure), redacted(failure));
    }

    /**
     * The failure's type with the SQL state and vendor error code of the first
     * {@link SQLException} in its chain, if any: {@code UnableToExecuteStatementException
     * (SQL state 22018, error code 22018)}.
     */
    public static String summary(Throwable failure) {
        return failure.getClass().getSimpleName() + firstSqlException(failure).map(StorageFailures::codes).orElse("");
    }

    private static Optional<SQLException> firstSqlException(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++) {
            if (cause instanceof SQLException sql) {
                return Optional.of(sql);
            }
            cause = cause.getCause();
        }
        return Optional.empty();
    }

    private static String codes(SQLException sql) {
        return " (SQL state " + sql.getSQLState() + ", error code " + sql.getErrorCode() + ")";
    }

    /** The chain of {@code failure} with every message replaced by its type and codes. */
    static Redacted redacted(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        return redacted(failure, seen, 0);
    }

    private static Redacted redacted(Throwable failure, Map<Throwable, Boolean> seen, int depth) {
        seen.put(failure, Boolean.TRUE);
        Throwable cause = failure.getCause();
        Redacted redactedCause = cause == null || seen.containsKey(cause) || depth >= MAX_CAUSES
                ? null
                : redacted(cause, seen, depth + 1);
        String text = failure.getClass().getName()
                + (failure instanceof SQLException sql ? codes(sql) : "");
        Redacted redacted = new Redacted(text, redactedCause);
        redacted.setStackTrace(failure.getStackTrace());
        return redacted;
    }

    /**
     * An exception of a storage failure's chain with its message dropped: its text is the
     * original's class name and, for an {@link SQLException}, its SQL state and error code.
     */
    public static final class Redacted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Redacted(String text, Throwable cause) {
            super(text, cause);
        }
    }
}
