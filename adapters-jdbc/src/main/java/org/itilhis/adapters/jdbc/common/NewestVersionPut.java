package org.itilhis.adapters.jdbc.common;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/**
 * Writes a projection's row for its key unless the stored row was derived from a newer
 * version: the watch list's and the standings' put. An update that changes the row only if it
 * holds no newer version; if none changed, an insert that skips an existing row; if that
 * skipped, the update once more, for the row another writer inserted meanwhile (its insert was
 * not yet committed when the first update ran). A row the update leaves alone holds a newer
 * version and stands. Each statement waits for a concurrent writer of the row and then sees
 * its commit. On MariaDB, one insert that updates a duplicate likewise instead
 * ({@link Dialect#onDuplicateKeyUpdateUnlessNewer}: the other way deadlocks there).
 */
public final class NewestVersionPut {
    private final Dialect dialect;
    private final String insert;
    private final String update;
    private final Optional<String> upsert;

    /**
     * @param columns the columns written besides the key and the version, each bound by its
     *                name, or a JSON one through {@link Dialect#json}
     */
    public NewestVersionPut(Dialect dialect, String table, String key, List<String> columns, List<String> jsonColumns,
                     String version) {
        this.dialect = checkNotNull(dialect, "dialect");
        ImmutableList<String> written = ImmutableList.copyOf(columns);
        this.insert = "INSERT INTO " + table + " (" + key + ", " + String.join(", ", written) + ", " + version
                + ") VALUES (:" + key + ", " + written.stream()
                .map(column -> jsonColumns.contains(column) ? dialect.json(column) : ":" + column)
                .collect(Collectors.joining(", ")) + ", :" + version + ")";
        this.update = "UPDATE " + table + " SET " + written.stream()
                .map(column -> column + " = " + (jsonColumns.contains(column) ? dialect.json(column) : ":" + column))
                .collect(Collectors.joining(", "))
                + ", " + version + " = :" + version + " WHERE " + key + " = :" + key + " AND " + version + " <= :" + version;
        this.upsert = dialect.onDuplicateKeyUpdateUnlessNewer(written, version);
    }

    /** Puts the row whose values {@code bind} binds (every column, the key and the version); see the class comment. */
    public int put(Handle handle, UnaryOperator<Update> bind) {
        if (upsert.isPresent()) {
            return bind.apply(handle.createUpdate(insert + upsert.get())).execute();
        }
        if (bind.apply(handle.createUpdate(update)).execute() == 1) {
            return 1;
        }
        boolean inserted = dialect.inserted(() -> bind.apply(handle.createUpdate(dialect.insertSkippingDuplicates(insert)))
                .execute());
        return inserted ? 1 : bind.apply(handle.createUpdate(update)).execute();
    }
}
