package org.itilhis.adapters.jdbc.common;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import java.util.UUID;
import org.itilhis.core.shared.VersionConflictException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/**
 * A table that keeps one practice's records as snapshots: one row per record with its {@code id}
 * (a UUID, the primary key), its {@code number} (unique), its {@code version}, its JSON
 * {@code snapshot} and the columns that searches filter on. It is what the repositories of
 * tickets, problems, articles, changes and releases share: reading a record's snapshot by id or
 * by number, inserting a new record and updating a changed one under optimistic locking. Each
 * repository keeps its own columns, its child rows and its search.
 *
 * <p>A new record whose id or number is taken, and a changed record whose stored version is no
 * longer the one it was loaded at (someone else saved first), fail with a {@link
 * VersionConflictException} carrying the stored version, so the caller may reload and retry.
 * The statements run on the caller's handle, inside its transaction.
 */
public final class SnapshotTable {
    private final String table;
    private final String record;
    private final Dialect dialect;

    /**
     * @param table  the table's name
     * @param record what one row is, as conflicts name it ({@code ticket}, {@code change})
     */
    public SnapshotTable(String table, String record, Dialect dialect) {
        this.table = checkNotNull(table, "table");
        this.record = checkNotNull(record, "record");
        this.dialect = checkNotNull(dialect, "dialect");
    }

    public Optional<String> snapshotById(Handle handle, UUID id) {
        return snapshotWhere(handle, "id", dialect.uuid(checkNotNull(id, "id")));
    }

    public Optional<String> snapshotByNumber(Handle handle, String number) {
        return snapshotWhere(handle, "number", checkNotNull(number, "number"));
    }

    /**
     * The statement that saves a changed record: {@code assignments} (the changed columns,
     * {@code "status = :status, summary = :summary"}), then {@code :version} and the
     * {@code :snapshot}, on the row whose id and version are {@code :id} and {@code :expected}.
     * {@link #update} binds those two.
     */
    public String updateSql(String assignments) {
        return "UPDATE " + table + " SET " + assignments + ", version = :version, snapshot = "
                + dialect.json("snapshot") + " WHERE id = :id AND version = :expected";
    }

    /**
     * Executes {@code insert} (bound, written by {@link Dialect#insertSkippingDuplicates}); when it
     * inserts nothing the record's id or number is taken, and the save fails.
     *
     * @throws VersionConflictException when the id or the number is taken
     */
    public void insert(Handle handle, Update insert, UUID id, String number) {
        checkNotNull(insert, "insert");
        if (!dialect.inserted(insert::execute)) {
            long stored = storedVersion(handle, "id", dialect.uuid(id))
                    .or(() -> storedVersion(handle, "number", number))
                    .orElse(0L);
            throw new VersionConflictException(record, number, 0, stored);
        }
    }

    /**
     * Executes {@code update} (from {@link #updateSql}, its columns bound) on the record
     * {@code id} loaded at version {@code expected}.
     *
     * @throws VersionConflictException when the stored version is no longer {@code expected}
     */
    public void update(Handle handle, Update update, UUID id, String number, long expected) {
        checkNotNull(update, "update");
        Object key = dialect.uuid(id);
        if (update.bind("id", key).bind("expected", expected).execute() == 0) {
            throw new VersionConflictException(record, number, expected, storedVersion(handle, "id", key).orElse(0L));
        }
    }

    private Optional<String> snapshotWhere(Handle handle, String column, Object key) {
        return handle.createQuery("SELECT snapshot FROM " + table + " WHERE " + column + " = :key")
                .bind("key", key)
                .mapTo(String.class)
                .findOne();
    }

    private Optional<Long> storedVersion(Handle handle, String column, Object key) {
        return handle.createQuery("SELECT version FROM " + table + " WHERE " + column + " = :key")
                .bind("key", key)
                .mapTo(Long.class)
                .findOne();
    }
}
