package org.itilhis.adapters.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.itilhis.adapters.jdbc.common.Dialect;

/**
 * A database of an earlier release as data, for the upgrade tests (issue 13): the Flyway
 * version its schema was at, every row of every table of the adapter (values as JSON, each
 * column with a neutral type), the next values of its sequences, and what the code of that
 * release read from it ({@code expected}), written by {@link WriteUpgradeDumps}.
 *
 * <p>Loading rebuilds the schema from the migrations up to that version (released migrations
 * never change: Flyway refuses to start on a changed checksum), inserts the rows and sets the
 * sequences, so that the database is the one the earlier release left, whatever the
 * vendor's dump tools: the code under test then migrates it as it would in a hospital.
 */
final class UpgradeDump {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** Flyway's own table is rebuilt by the migrations; db-scheduler's rows are timers, re-created at start. */
    private static final List<String> NOT_DUMPED = List.of("flyway_schema_history", "scheduled_tasks");
    /** The adapter's sequences (ticket numbers per type, ADR 0010; the CMDB revision). */
    static final List<String> SEQUENCES = List.of("ticket_number_inc_seq", "ticket_number_req_seq", "cmdb_revision_seq");

    private final ObjectNode document;

    private UpgradeDump(ObjectNode document) {
        this.document = document;
    }

    static UpgradeDump read(String resource) {
        try (InputStream in = UpgradeDump.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no upgrade dump " + resource);
            }
            return new UpgradeDump((ObjectNode) JSON.readTree(in));
        } catch (IOException failure) {
            throw new IllegalStateException("cannot read " + resource, failure);
        }
    }

    /** Dumps the adapter's schema behind {@code dataSource} with what its code read from it. */
    static UpgradeDump of(DataSource dataSource, Dialect dialect, JsonNode expected) {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        try (Connection connection = dataSource.getConnection()) {
            document.put("dialect", dialect.name());
            document.put("flywayVersion", flywayVersion(connection, dialect));
            ObjectNode tables = document.putObject("tables");
            for (String table : tables(connection)) {
                tables.set(table, rows(connection, table));
            }
            ObjectNode sequences = document.putObject("sequences");
            for (String sequence : existing(connection, dialect)) {
                sequences.put(sequence, nextValue(connection, dialect, sequence));
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("cannot dump the schema", failure);
        }
        document.set("expected", expected);
        return new UpgradeDump(document);
    }

    void writeTo(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, JSON.writeValueAsString(document) + "\n");
    }

    String flywayVersion() {
        return document.get("flywayVersion").asText();
    }

    JsonNode expected() {
        return document.get("expected");
    }

    /**
     * Migrates the empty schema behind {@code dataSource} to the dump's version, then inserts
     * its rows and sets its sequences.
     */
    void loadInto(DataSource dataSource, Dialect dialect) {
        Flyway.configure(UpgradeDump.class.getClassLoader()).dataSource(dataSource)
                .locations(dialect.migrationLocations().toArray(String[]::new)).placeholders(dialect.placeholders())
                .target(flywayVersion()).load().migrate();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                Iterator<String> seeded = document.get("tables").fieldNames();
                while (seeded.hasNext()) {
                    statement.executeUpdate("DELETE FROM " + seeded.next()); // rows the migrations inserted
                }
            }
            Iterator<Map.Entry<String, JsonNode>> tables = document.get("tables").fields();
            while (tables.hasNext()) {
                Map.Entry<String, JsonNode> table = tables.next();
                insert(connection, dialect, table.getKey(), table.getValue());
            }
            Iterator<Map.Entry<String, JsonNode>> sequences = document.get("sequences").fields();
            while (sequences.hasNext()) {
                Map.Entry<String, JsonNode> sequence = sequences.next();
                restart(connection, dialect, sequence.getKey(), sequence.getValue().asLong());
            }
            restartIdentity(connection, dialect);
            connection.commit();
        } catch (SQLException failure) {
            throw new IllegalStateException("cannot load the upgrade dump", failure);
        }
    }

    private static String flywayVersion(Connection connection, Dialect dialect) throws SQLException {
        String q = dialect == Dialect.H2 ? "\"" : ""; // Flyway quotes its table and columns on H2, in lower case
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT " + q + "version" + q + " FROM " + q
                     + "flyway_schema_history" + q + " WHERE " + q + "success" + q + " = TRUE AND " + q + "version" + q
                     + " IS NOT NULL ORDER BY " + q + "installed_rank" + q + " DESC")) {
            if (!row.next()) {
                throw new IllegalStateException("the schema has no migration applied");
            }
            return row.getString(1);
        }
    }

    private static List<String> tables(Connection connection) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        List<String> tables = new ArrayList<>();
        try (ResultSet row = metadata.getTables(connection.getCatalog(), connection.getSchema(), "%",
                new String[] {"TABLE"})) {
            while (row.next()) {
                String table = row.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!NOT_DUMPED.contains(table)) {
                    tables.add(table);
                }
            }
        }
        tables.sort(String::compareTo);
        return tables;
    }

    /** The rows of {@code table} in the order of its columns, with each column's neutral type. */
    private static ObjectNode rows(Connection connection, String table) throws SQLException {
        ObjectNode dump = JsonNodeFactory.instance.objectNode();
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData columns = row.getMetaData();
            ObjectNode types = dump.putObject("columns");
            for (int c = 1; c <= columns.getColumnCount(); c++) {
                types.put(columns.getColumnLabel(c).toLowerCase(Locale.ROOT), type(columns, c));
            }
            List<String> names = new ArrayList<>();
            types.fieldNames().forEachRemaining(names::add);
            ArrayNode rows = dump.putArray("rows");
            while (row.next()) {
                ArrayNode values = rows.addArray();
                for (int c = 1; c <= names.size(); c++) {
                    Object value = row.getObject(c);
                    if (value == null) {
                        values.addNull();
                    } else {
                        switch (types.get(names.get(c - 1)).asText()) {
                            case "long" -> values.add(row.getLong(c));
                            case "boolean" -> values.add(row.getBoolean(c));
                            case "timestamp" -> values.add(row.getObject(c, LocalDateTime.class).toString());
                            default -> values.add(row.getString(c));
                        }
                    }
                }
            }
        }
        return dump;
    }

    private static String type(ResultSetMetaData columns, int c) throws SQLException {
        String vendor = columns.getColumnTypeName(c).toLowerCase(Locale.ROOT);
        return switch (columns.getColumnType(c)) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> vendor.contains("bool") ? "boolean"
                    : "long";
            case Types.BOOLEAN, Types.BIT -> "boolean";
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> "timestamp";
            default -> vendor.contains("json") ? "json" : vendor.equals("uuid") ? "uuid" : "text";
        };
    }

    private static void insert(Connection connection, Dialect dialect, String table, JsonNode dump)
            throws SQLException {
        List<String> names = new ArrayList<>();
        dump.get("columns").fieldNames().forEachRemaining(names::add);
        List<String> placeholders = new ArrayList<>();
        for (String name : names) {
            placeholders.add(dump.get("columns").get(name).asText().equals("json") && dialect == Dialect.POSTGRESQL
                    ? "CAST(? AS JSONB)" : "?");
        }
        String overriding = table.equals("event") && dialect != Dialect.MARIADB ? " OVERRIDING SYSTEM VALUE" : "";
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " ("
                + String.join(", ", names) + ")" + overriding + " VALUES (" + String.join(", ", placeholders) + ")")) {
            for (JsonNode row : dump.get("rows")) {
                for (int c = 0; c < names.size(); c++) {
                    bind(insert, c + 1, dump.get("columns").get(names.get(c)).asText(), row.get(c));
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void bind(PreparedStatement insert, int index, String type, JsonNode value) throws SQLException {
        if (value.isNull()) {
            insert.setNull(index, switch (type) {
                case "long" -> Types.BIGINT;
                case "boolean" -> Types.BOOLEAN;
                case "timestamp" -> Types.TIMESTAMP;
                default -> Types.VARCHAR;
            });
            return;
        }
        switch (type) {
            case "long" -> insert.setLong(index, value.asLong());
            case "boolean" -> insert.setBoolean(index, value.asBoolean());
            case "timestamp" -> insert.setObject(index, LocalDateTime.parse(value.asText()));
            case "uuid" -> insert.setObject(index, UUID.fromString(value.asText()));
            default -> insert.setString(index, value.asText());
        }
    }

    private static List<String> existing(Connection connection, Dialect dialect) throws SQLException {
        List<String> existing = new ArrayList<>();
        for (String sequence : SEQUENCES) {
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery(nextValueSql(dialect, sequence))) {
                if (row.next()) {
                    existing.add(sequence);
                }
            } catch (SQLException absent) {
                if (!connection.getAutoCommit()) {
                    connection.rollback(); // PostgreSQL aborts the transaction on the failed statement
                }
            }
        }
        return existing;
    }

    /**
     * The value the sequence gives next, read without drawing it; on MariaDB the first value
     * beyond its cache, as after a restart of the server (numbers may skip, never repeat).
     */
    private static long nextValue(Connection connection, Dialect dialect, String sequence) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(nextValueSql(dialect, sequence))) {
            row.next();
            return row.getLong(1);
        }
    }

    private static String nextValueSql(Dialect dialect, String sequence) {
        return switch (dialect) {
            case POSTGRESQL -> "SELECT CASE WHEN is_called THEN last_value + 1 ELSE last_value END FROM " + sequence;
            case MARIADB -> "SELECT next_not_cached_value FROM " + sequence;
            case H2 -> "SELECT BASE_VALUE FROM INFORMATION_SCHEMA.SEQUENCES WHERE LOWER(SEQUENCE_NAME) = '"
                    + sequence + "'";
        };
    }

    private static void restart(Connection connection, Dialect dialect, String sequence, long next)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(switch (dialect) {
                case POSTGRESQL -> "SELECT setval('" + sequence + "', " + next + ", false)";
                case MARIADB -> "SELECT SETVAL(" + sequence + ", " + (next - 1) + ")";
                case H2 -> "ALTER SEQUENCE " + sequence + " RESTART WITH " + next;
            });
        }
    }

    /** The event table's identity continues after the loaded rows (MariaDB's auto-increment does by itself). */
    private static void restartIdentity(Connection connection, Dialect dialect) throws SQLException {
        if (dialect == Dialect.MARIADB) {
            return;
        }
        long next;
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT COALESCE(MAX(append_id), 0) + 1 FROM event")) {
            row.next();
            next = row.getLong(1);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE event ALTER COLUMN append_id RESTART WITH " + next);
        }
    }
}
