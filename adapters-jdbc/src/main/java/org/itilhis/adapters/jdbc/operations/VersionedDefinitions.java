package org.itilhis.adapters.jdbc.operations;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.adapters.jdbc.common.JsonCodec;
import org.itilhis.core.shared.VersionConflictException;
import org.jdbi.v3.core.Handle;

/**
 * A table of records kept whole as JSON under their code, at their version ({@code code},
 * {@code version}, {@code definition}): version 1 is inserted (refused when the code is taken),
 * each next version updates the row still at the version before it, so that of two writers at
 * the same version the second gets a {@link VersionConflictException}.
 */
final class VersionedDefinitions<T> {
    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final JsonCodec codec;
    private final String table;
    private final String record;
    private final Class<T> type;

    VersionedDefinitions(JdbcTransactions transactions, Dialect dialect, JsonCodec codec, String table, String record,
                         Class<T> type) {
        this.transactions = checkNotNull(transactions, "transactions");
        this.dialect = checkNotNull(dialect, "dialect");
        this.codec = checkNotNull(codec, "codec");
        this.table = table;
        this.record = record;
        this.type = type;
    }

    Optional<T> find(String code) {
        return transactions.withHandle("finding " + record + " " + code, handle -> handle
                .createQuery("SELECT definition FROM " + table + " WHERE code = :code")
                .bind("code", code)
                .mapTo(String.class)
                .findOne()
                .map(json -> codec.read(json, type)));
    }

    List<T> all() {
        return transactions.withHandle("listing every " + record, handle -> handle
                .createQuery("SELECT definition FROM " + table + " ORDER BY code")
                .mapTo(String.class)
                .map(json -> codec.read(json, type))
                .list());
    }

    void save(String code, long version, T value) {
        String definition = codec.write(value);
        transactions.withHandle("saving " + record + " " + code, handle -> {
            boolean saved;
            if (version == 1) {
                saved = dialect.inserted(() -> handle.createUpdate(dialect.insertSkippingDuplicates(
                                "INSERT INTO " + table + " (code, version, definition) VALUES (:code, 1, "
                                        + dialect.json("definition") + ")"))
                        .bind("code", code)
                        .bind("definition", definition)
                        .execute());
            } else {
                saved = handle.createUpdate("UPDATE " + table + " SET version = :version, definition = "
                                + dialect.json("definition") + " WHERE code = :code AND version = :expected")
                        .bind("code", code)
                        .bind("version", version)
                        .bind("expected", version - 1)
                        .bind("definition", definition)
                        .execute() > 0;
            }
            if (!saved) {
                throw new VersionConflictException(record, code, version - 1, storedVersion(handle, code));
            }
            return null;
        });
    }

    private long storedVersion(Handle handle, String code) {
        return handle.createQuery("SELECT version FROM " + table + " WHERE code = :code")
                .bind("code", code)
                .mapTo(Long.class)
                .findOne()
                .orElse(0L);
    }
}
