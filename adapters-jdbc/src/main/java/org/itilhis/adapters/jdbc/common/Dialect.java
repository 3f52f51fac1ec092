package org.itilhis.adapters.jdbc.common;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.IntSupplier;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * What differs between the supported databases, and nothing else: column types and
 * collations (filled into the migrations as Flyway placeholders), how a JSON value is
 * bound, how an insert skips a duplicate key without spoiling the transaction,
 * case-insensitive matching for text search, the keyset condition of a page that the
 * index serves, and where the vendor-only migrations live
 * (PostgreSQL's trigram text-search index; db-scheduler's table, whose DDL differs on each).
 *
 * <p>MySQL is detected as {@link #MARIADB} but not supported: the migrations use sequences
 * (V7 and V10, the CMDB revision and the ticket numbers), which MySQL lacks. Only MariaDB is tested.
 */
public enum Dialect {
    /** PostgreSQL 13 or later: jsonb, native uuid, {@code ON CONFLICT DO NOTHING}, pg_trgm. */
    POSTGRESQL(ImmutableMap.<String, String>builder()
            .put("uuid", "UUID")
            .put("json", "JSONB")
            .put("clob", "TEXT")
            .put("timestamp", "TIMESTAMP(6)")
            .put("identity", "BIGINT GENERATED ALWAYS AS IDENTITY")
            .put("ascii", "COLLATE \"C\"")
            .put("binary", "COLLATE \"C\"")
            .put("ci", "")
            .put("table_options", "")
            .put("on_ticket", "")
            .buildOrThrow(), "ILIKE", Optional.of("postgresql")),
    /** MariaDB 10.6 or later: InnoDB, utf8mb4, sequences, binary collation except for searched text. */
    MARIADB(ImmutableMap.<String, String>builder()
            .put("uuid", "CHAR(36) CHARACTER SET ascii COLLATE ascii_bin")
            .put("json", "JSON")
            .put("clob", "LONGTEXT")
            .put("timestamp", "DATETIME(6)")
            .put("identity", "BIGINT NOT NULL AUTO_INCREMENT")
            .put("ascii", "CHARACTER SET ascii COLLATE ascii_bin")
            .put("binary", "")
            .put("ci", "COLLATE utf8mb4_unicode_ci")
            .put("table_options", " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin")
            .put("on_ticket", " ON ticket")
            .buildOrThrow(), "LIKE", Optional.of("mariadb")),
    /** H2 2.x, embedded or in memory. */
    H2(ImmutableMap.<String, String>builder()
            .put("uuid", "UUID")
            .put("json", "CHARACTER LARGE OBJECT")
            .put("clob", "CHARACTER LARGE OBJECT")
            .put("timestamp", "TIMESTAMP(6)")
            .put("identity", "BIGINT GENERATED ALWAYS AS IDENTITY")
            .put("ascii", "")
            .put("binary", "")
            .put("ci", "")
            .put("table_options", "")
            .put("on_ticket", "")
            .buildOrThrow(), "ILIKE", Optional.of("h2"));

    private static final String UNIQUE_VIOLATION = "23505";
    private static final int MARIADB_DUPLICATE_KEY = 1062;

    private final ImmutableMap<String, String> placeholders;
    private final String caseInsensitiveLike;
    private final Optional<String> vendorMigrations;

    Dialect(ImmutableMap<String, String> placeholders, String caseInsensitiveLike, Optional<String> vendorMigrations) {
        this.placeholders = placeholders;
        this.caseInsensitiveLike = caseInsensitiveLike;
        this.vendorMigrations = vendorMigrations;
    }

    /**
     * The dialect of a database, from the product name its JDBC driver reports.
     *
     * @throws IllegalArgumentException for a database this adapter does not support
     */
    public static Dialect ofProductName(String productName) {
        String name = checkNotNull(productName, "productName").toLowerCase(Locale.ROOT);
        if (name.contains("postgres")) {
            return POSTGRESQL;
        } else if (name.contains("mariadb") || name.contains("mysql")) {
            return MARIADB;
        } else if (name.equals("h2")) {
            return H2;
        }
        throw new IllegalArgumentException("unsupported database " + productName
                + "; the JDBC adapter supports PostgreSQL, MariaDB and H2");
    }

    /**
     * The Flyway placeholders the migrations use for column types, collations and table
     * options ({@code binary}: a collation ordering text by code point, as Java's
     * {@code String.compareTo} does outside the surrogates; MariaDB's tables and H2 have one
     * already), and {@code on_ticket} for {@code DROP INDEX name${on_ticket}}: MariaDB names
     * the table an index is dropped from, the others must not.
     */
    public ImmutableMap<String, String> placeholders() {
        return placeholders;
    }

    /** The Flyway locations: the common migrations, then this database's own if it has any. */
    public ImmutableList<String> migrationLocations() {
        ImmutableList.Builder<String> locations = ImmutableList.<String>builder().add("classpath:db/migration/common");
        vendorMigrations.ifPresent(folder -> locations.add("classpath:db/migration/" + folder));
        return locations.build();
    }

    /** A bind parameter for a JSON column: PostgreSQL needs the text cast to jsonb. */
    public String json(String parameter) {
        return this == POSTGRESQL ? "CAST(:" + parameter + " AS JSONB)" : ":" + parameter;
    }

    /**
     * A bind parameter for an instant compared with a timestamp column, converted to the
     * column's type as a stored value is: PostgreSQL and H2 round nanoseconds to the
     * microsecond, MariaDB truncates them. So an instant compares equal to the column it was
     * stored in, whatever its precision.
     */
    public String timestamp(String parameter) {
        return "CAST(:" + parameter + " AS " + placeholders.get("timestamp") + ")";
    }

    /**
     * The condition that a row's {@code columns} come after {@code values} in the ascending
     * order of the columns (keyset pagination), in a form an index on the columns serves as
     * a range: a row-value comparison {@code (a, b, c) > (?, ?, ?)}, except on MariaDB, which
     * serves a row value by scanning the whole index but the same comparison written out,
     * {@code a > ? OR a = ? AND (b > ? OR b = ? AND c > ?)}, as a range over all the columns.
     * (PostgreSQL starts the index scan at the values; H2 at the value of the first column.)
     *
     * @param values SQL expressions, one per column, such as bind parameters
     */
    public String rowsAfter(List<String> columns, List<String> values) {
        checkArgument(!columns.isEmpty() && columns.size() == values.size(), "%s columns, %s values", columns.size(),
                values.size());
        if (this != MARIADB) {
            return "(" + String.join(", ", columns) + ") > (" + String.join(", ", values) + ")";
        }
        int last = columns.size() - 1;
        String after = columns.get(last) + " > " + values.get(last);
        for (int i = last - 1; i >= 0; i--) {
            after = columns.get(i) + " > " + values.get(i) + " OR " + columns.get(i) + " = " + values.get(i) + " AND ("
                    + after + ")";
        }
        return "(" + after + ")";
    }

    /** How a UUID is bound: natively where the column is a uuid, as text where it is CHAR(36). */
    public Object uuid(UUID value) {
        return this == MARIADB ? value.toString() : value;
    }

    /**
     * Turns an {@code INSERT} into one that skips a row whose key exists. PostgreSQL gets
     * {@code ON CONFLICT DO NOTHING}, because a failed statement there aborts the whole
     * transaction; MariaDB and H2 roll back only the failed statement, so there the plain
     * insert is run and a duplicate key is caught by {@link #isDuplicateKey}. (MariaDB's
     * {@code INSERT IGNORE} is avoided: it also silences truncation and other errors.)
     */
    public String insertSkippingDuplicates(String insert) {
        return this == POSTGRESQL ? insert + " ON CONFLICT DO NOTHING" : insert;
    }

    /**
     * On MariaDB, the clause that makes an insert update the existing row of its key instead,
     * setting {@code columns} to the inserted values only while the row's {@code version}
     * column is at most the inserted one, and then the version to the higher of the two.
     * MariaDB needs it where the others need none: a duplicate skipped there leaves a shared
     * lock on the row, which an update that follows must upgrade, so two writers that both
     * skipped wait for each other (a deadlock); {@code ON DUPLICATE KEY UPDATE} takes the
     * exclusive lock at once. Empty on the other databases, which lock no skipped row: an
     * update after a skipping insert is safe there.
     *
     * @param columns the columns to update, without {@code version}
     */
    Optional<String> onDuplicateKeyUpdateUnlessNewer(List<String> columns, String version) {
        if (this != MARIADB) {
            return Optional.empty();
        }
        StringBuilder clause = new StringBuilder(" ON DUPLICATE KEY UPDATE ");
        for (String column : columns) {
            // Assignments run left to right: version, set last, still holds the stored value here.
            clause.append(column).append(" = IF(").append(version).append(" <= VALUES(").append(version)
                    .append("), VALUES(").append(column).append("), ").append(column).append("), ");
        }
        return Optional.of(clause.append(version).append(" = GREATEST(").append(version).append(", VALUES(")
                .append(version).append("))").toString());
    }

    /**
     * Runs an insert made by {@link #insertSkippingDuplicates}.
     *
     * @return whether a row was inserted: false when its key existed
     */
    public boolean inserted(IntSupplier insert) {
        try {
            return insert.getAsInt() > 0;
        } catch (UnableToExecuteStatementException failure) {
            if (isDuplicateKey(failure)) {
                return false;
            }
            throw failure;
        }
    }

    /**
     * Runs an insert or update that a unique or primary key may refuse.
     *
     * @return the number of rows written, or empty when a key refused the statement (on
     *         PostgreSQL the transaction is then aborted and can only roll back)
     */
    public OptionalInt rowsUnlessDuplicateKey(IntSupplier statement) {
        try {
            return OptionalInt.of(statement.getAsInt());
        } catch (UnableToExecuteStatementException failure) {
            if (isDuplicateKey(failure)) {
                return OptionalInt.empty();
            }
            throw failure;
        }
    }

    /**
     * A query for the next value of a sequence, which no transaction ever gets twice, not even
     * after the one that drew it rolled back.
     */
    public String nextValue(String sequence) {
        return this == POSTGRESQL ? "SELECT nextval('" + sequence + "')" : "SELECT NEXT VALUE FOR " + sequence;
    }

    /**
     * A {@code DELETE} of at most {@code limit} rows of {@code table} that match
     * {@code condition}, oldest {@code order} first, so that a large delete runs as several
     * short statements. MariaDB and H2 limit the delete itself (MariaDB by {@code LIMIT}, H2 by
     * {@code FETCH FIRST}); PostgreSQL, which has neither in a delete, deletes the rows whose
     * {@code key} columns a limited sub-select names.
     *
     * @param key the columns of the table's primary key, comma-separated
     */
    public String deleteAtMost(String table, String key, String condition, String order, int limit) {
        checkArgument(limit > 0, "limit %s is not positive", limit);
        return switch (this) {
            case POSTGRESQL -> "DELETE FROM " + table + " WHERE (" + key + ") IN (SELECT " + key + " FROM " + table
                    + " WHERE " + condition + " ORDER BY " + order + " LIMIT " + limit + ")";
            case MARIADB -> "DELETE FROM " + table + " WHERE " + condition + " ORDER BY " + order + " LIMIT " + limit;
            case H2 -> "DELETE FROM " + table + " WHERE " + condition + " FETCH FIRST " + limit + " ROWS ONLY";
        };
    }

    /** Whether a failed statement failed on a unique or primary key. */
    private boolean isDuplicateKey(UnableToExecuteStatementException failure) {
        return failure.getCause() instanceof SQLException sql
                && (UNIQUE_VIOLATION.equals(sql.getSQLState())
                || (this == MARIADB && sql.getErrorCode() == MARIADB_DUPLICATE_KEY));
    }

    /** The operator matching text case-insensitively: MariaDB's searched columns have a case-insensitive collation. */
    public String caseInsensitiveLike() {
        return caseInsensitiveLike;
    }
}
