package org.itilhis.adapters.rest.problemdetails;

import java.sql.SQLException;
import org.itilhis.ports.common.StorageException;

/**
 * What the log says of a storage failure: the {@link StorageException}'s own message (which the
 * storage adapter writes from the operation, ids and codes) and the types of its causes, with
 * the SQL state and vendor error code of an {@link SQLException}; never a cause's message nor a
 * stack trace, which would print those messages. A driver's or a mapper's message quotes the
 * values of the failed statement, and a storage adapter that does not redact them (the JDBC
 * adapter does) must not get a patient's name into the API's log through this one.
 */
final class StorageFailureLog {
    private static final int MAX_CAUSES = 10;

    private StorageFailureLog() {
    }

    /** {@code saving contact 3f2… failed: … <- SQLException (SQL state 23505, error code 0)}. */
    static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder(String.valueOf(failure.getMessage()));
        Throwable cause = failure.getCause();
        for (int depth = 0; cause != null && cause != failure && depth < MAX_CAUSES; depth++) {
            text.append(" <- ").append(cause.getClass().getSimpleName());
            if (cause instanceof SQLException sql) {
                text.append(" (SQL state ").append(sql.getSQLState()).append(", error code ")
                        .append(sql.getErrorCode()).append(')');
            }
            cause = cause.getCause();
        }
        return text.toString();
    }
}
