package org.itilhis.adapters.jdbc.common;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.itilhis.core.shared.VersionConflictException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * A table of one aggregate per row and no number (beside {@link SnapshotTable}'s), as the
 * roster's rosters, swaps and handovers and the inspection schedules and rounds are kept: the
 * columns lists filter on, the version, and the whole snapshot as JSON, from which the aggregate
 * is restored. Saving an aggregate read at version 0 inserts its row; saving a changed one is
 * {@code UPDATE ... WHERE id = ? AND version = ?}. When no row matches (someone else saved
 * first) or a new aggregate's id is taken, the save fails with a {@link VersionConflictException}
 * of {@code kind} carrying the stored version.
 */
public final class SnapshotRows {
    private final Dialect dialect;
    private final String table;
    private final String kind;

    public SnapshotRows(Dialect dialect, String table, String kind) {
        this.dialect = checkNotNull(dialect, "dialect");
        this.table = checkNotNull(table, "table");
        this.kind = checkNotNull(kind, "kind");
    }

    /**
     * Writes the row of {@code id} at {@code version}, read at {@code expected}, with {@code
     * columns} (name to value: an {@code Argument} or a value Jdbi binds) beside the snapshot.
     *
     * @throws VersionConflictException if the stored version is not {@code expected} (none for 0)
     */
    public void save(Handle handle, UUID id, long expected, long version, ImmutableMap<String, Object> columns,
              String snapshot) {
        Object key = dialect.uuid(id);
        if (expected == 0) {
            String names = columns.keySet().stream().map(name -> name + ", ").collect(Collectors.joining());
            String values = columns.keySet().stream().map(name -> ":" + name + ", ").collect(Collectors.joining());
            boolean inserted = dialect.inserted(() -> bind(handle.createUpdate(dialect.insertSkippingDuplicates(
                    "INSERT INTO " + table + " (id, " + names + "version, snapshot) VALUES (:id, " + values
                            + ":version, " + dialect.json("snapshot") + ")")), columns, version, snapshot)
                    .bind("id", key)
                    .execute());
            if (!inserted) {
                throw conflict(id, 0, storedVersion(handle, key).orElse(0L));
            }
            return;
        }
        String sets = columns.keySet().stream().map(name -> name + " = :" + name + ", ").collect(Collectors.joining());
        int updated = bind(handle.createUpdate("UPDATE " + table + " SET " + sets + "version = :version, snapshot = "
                + dialect.json("snapshot") + " WHERE id = :id AND version = :expected"), columns, version, snapshot)
                .bind("id", key)
                .bind("expected", expected)
                .execute();
        if (updated == 0) {
            throw conflict(id, expected, storedVersion(handle, key).orElse(0L));
        }
    }

    /** The snapshot stored under {@code id}, as JSON. */
    public Optional<String> find(Handle handle, UUID id) {
        return handle.createQuery("SELECT snapshot FROM " + table + " WHERE id = :id")
                .bind("id", dialect.uuid(id))
                .mapTo(String.class)
                .findOne();
    }

    private static <S extends SqlStatement<S>> S bind(S statement, Map<String, Object> columns, long version,
                                                      String snapshot) {
        S bound = statement.bind("version", version).bind("snapshot", snapshot);
        for (Map.Entry<String, Object> column : columns.entrySet()) {
            bound = bound.bind(column.getKey(), column.getValue());
        }
        return bound;
    }

    private Optional<Long> storedVersion(Handle handle, Object key) {
        return handle.createQuery("SELECT version FROM " + table + " WHERE id = :key")
                .bind("key", key)
                .mapTo(Long.class)
                .findOne();
    }

    private VersionConflictException conflict(UUID id, long expected, long actual) {
        return new VersionConflictException(kind, id.toString(), expected, actual);
    }
}
