package org.itilhis.adapters.jdbc.change;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.adapters.jdbc.common.JsonCodec;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/**
 * Values kept whole as JSON documents in a table under a text key ({@code definition}), as the
 * change configuration is: saving under a key replaces the document; reading lists them by key.
 * A save updates the row and inserts it when there was none; when a racer inserted it in
 * between, the update runs again, so the last writer's document stays.
 *
 * @param <T> the stored value's type
 */
final class KeyedDocuments<T> {
    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final JsonCodec codec;
    private final String table;
    private final String key;
    private final Class<T> type;

    KeyedDocuments(JdbcTransactions transactions, Dialect dialect, JsonCodec codec, String table, String key,
                   Class<T> type) {
        this.transactions = checkNotNull(transactions, "transactions");
        this.dialect = checkNotNull(dialect, "dialect");
        this.codec = checkNotNull(codec, "codec");
        this.table = checkNotNull(table, "table");
        this.key = checkNotNull(key, "key");
        this.type = checkNotNull(type, "type");
    }

    /** Stores {@code value} under {@code id}, with {@code columns} (name to value) beside it. */
    void put(String id, T value, ImmutableMap<String, String> columns) {
        String document = codec.write(value);
        transactions.withHandle("saving " + type.getSimpleName() + " " + id, handle -> {
            if (update(handle, id, document, columns) == 0) {
                String names = columns.keySet().stream().map(name -> ", " + name).collect(Collectors.joining());
                String values = columns.keySet().stream().map(name -> ", :" + name).collect(Collectors.joining());
                boolean inserted = dialect.inserted(() -> bind(handle.createUpdate(dialect.insertSkippingDuplicates(
                                "INSERT INTO " + table + " (" + key + ", definition" + names + ") VALUES (:id, "
                                        + dialect.json("definition") + values + ")")), id, document, columns)
                        .execute());
                if (!inserted) {
                    update(handle, id, document, columns);
                }
            }
            return null;
        });
    }

    Optional<T> find(String id) {
        return transactions.withHandle("finding " + type.getSimpleName() + " " + id, handle -> handle
                .createQuery("SELECT definition FROM " + table + " WHERE " + key + " = :id")
                .bind("id", id)
                .mapTo(String.class)
                .findOne()
                .map(json -> codec.read(json, type)));
    }

    List<T> all() {
        return transactions.withHandle("listing every " + type.getSimpleName(), handle -> handle
                .createQuery("SELECT definition FROM " + table + " ORDER BY " + key)
                .mapTo(String.class)
                .map(json -> codec.read(json, type))
                .list());
    }

    boolean remove(String id) {
        return transactions.withHandle("removing " + type.getSimpleName() + " " + id, handle -> handle
                .createUpdate("DELETE FROM " + table + " WHERE " + key + " = :id")
                .bind("id", id)
                .execute()) > 0;
    }

    private int update(Handle handle, String id, String document, ImmutableMap<String, String> columns) {
        String sets = columns.keySet().stream().map(name -> ", " + name + " = :" + name).collect(Collectors.joining());
        return bind(handle.createUpdate("UPDATE " + table + " SET definition = " + dialect.json("definition") + sets
                + " WHERE " + key + " = :id"), id, document, columns).execute();
    }

    private static Update bind(Update update, String id, String document, Map<String, String> columns) {
        Update bound = update.bind("id", id).bind("definition", document);
        for (Map.Entry<String, String> column : columns.entrySet()) {
            bound = bound.bind(column.getKey(), column.getValue());
        }
        return bound;
    }
}
