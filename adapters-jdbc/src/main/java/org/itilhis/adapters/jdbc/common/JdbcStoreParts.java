package org.itilhis.adapters.jdbc.common;

import static com.google.common.base.Preconditions.checkNotNull;

import org.jdbi.v3.core.Jdbi;

/**
 * What the stores of every practice are built from: the storage's one {@link JdbcTransactions}
 * (so that a command's writes commit together, whichever practices' tables they touch), the
 * database's {@link Dialect} and the {@link JsonCodec} of snapshots and events. A practice's
 * registration object ({@code servicedesk.JdbcServiceDeskStores}, ...) builds its stores from
 * these and nothing else.
 */
public record JdbcStoreParts(JdbcTransactions transactions, Dialect dialect, JsonCodec codec) {
    public JdbcStoreParts {
        checkNotNull(transactions, "transactions");
        checkNotNull(dialect, "dialect");
        checkNotNull(codec, "codec");
    }

    /** The parts of one storage on {@code jdbi}: transactions of its own and one codec. */
    public static JdbcStoreParts of(Jdbi jdbi, Dialect dialect) {
        return new JdbcStoreParts(new JdbcTransactions(jdbi), dialect, new JsonCodec());
    }
}
