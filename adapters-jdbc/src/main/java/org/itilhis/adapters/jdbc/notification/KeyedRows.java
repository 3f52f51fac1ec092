package org.itilhis.adapters.jdbc.notification;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.JdbcStoreParts;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.adapters.jdbc.common.JsonCodec;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * A table of values kept whole as JSON in {@code definition} under a key of one or more columns,
 * with further plain columns beside it: put (update the key's row, else insert it, else, when
 * another writer inserted it meanwhile, update it), find, list and remove.
 */
final class KeyedRows<T> {
    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final JsonCodec codec;
    private final String table;
    private final String record;
    private final Class<T> type;
    private final String order;

    KeyedRows(JdbcStoreParts parts, String table, String record, Class<T> type, String order) {
        checkNotNull(parts, "parts");
        this.transactions = parts.transactions();
        this.dialect = parts.dialect();
        this.codec = parts.codec();
        this.table = table;
        this.record = record;
        this.type = type;
        this.order = order;
    }

    Optional<T> find(Map<String, Object> key) {
        return transactions.withHandle("finding " + record + " " + key.values(), handle -> bind(handle
                .createQuery("SELECT definition FROM " + table + " WHERE " + condition(key)), key)
                .mapTo(String.class)
                .findOne()
                .map(json -> codec.read(json, type)));
    }

    List<T> list(Map<String, Object> filter) {
        String condition = filter.isEmpty() ? "" : " WHERE " + condition(filter);
        return transactions.withHandle("listing " + record, handle -> bind(handle
                .createQuery("SELECT definition FROM " + table + condition + " ORDER BY " + order), filter)
                .mapTo(String.class)
                .map(json -> codec.read(json, type))
                .list());
    }

    void put(Map<String, Object> key, Map<String, Object> columns, T value) {
        String definition = codec.write(value);
        transactions.withHandle("saving " + record + " " + key.values(), handle -> {
            if (update(handle, key, columns, definition) > 0) {
                return null;
            }
            Map<String, Object> all = new LinkedHashMap<>(key);
            all.putAll(columns);
            String names = String.join(", ", all.keySet()) + ", definition";
            String values = all.keySet().stream().map(c -> ":" + c).collect(Collectors.joining(", "))
                    + ", " + dialect.json("definition");
            boolean inserted = dialect.inserted(() -> bind(handle.createUpdate(dialect.insertSkippingDuplicates(
                    "INSERT INTO " + table + " (" + names + ") VALUES (" + values + ")")), all)
                    .bind("definition", definition)
                    .execute());
            if (!inserted) {
                update(handle, key, columns, definition);
            }
            return null;
        });
    }

    void remove(Map<String, Object> key) {
        transactions.withHandle("removing " + record + " " + key.values(), handle -> bind(handle
                .createUpdate("DELETE FROM " + table + " WHERE " + condition(key)), key)
                .execute());
    }

    private int update(Handle handle, Map<String, Object> key, Map<String, Object> columns, String definition) {
        String sets = columns.keySet().stream().map(c -> c + " = :" + c).collect(Collectors.joining(", "));
        return bind(bind(handle.createUpdate("UPDATE " + table + " SET " + (sets.isEmpty() ? "" : sets + ", ")
                        + "definition = " + dialect.json("definition") + " WHERE " + condition(key)), key), columns)
                .bind("definition", definition)
                .execute();
    }

    private static String condition(Map<String, Object> key) {
        return key.keySet().stream().map(c -> c + " = :" + c).collect(Collectors.joining(" AND "));
    }

    private static <S extends SqlStatement<S>> S bind(S statement, Map<String, Object> values) {
        values.forEach(statement::bind);
        return statement;
    }
}
