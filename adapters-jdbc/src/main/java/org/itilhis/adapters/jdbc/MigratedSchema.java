package org.itilhis.adapters.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.StorageFailures;
import org.itilhis.ports.common.StorageException;

/**
 * The schema version a data source sees, from Flyway's history table, and the check that the
 * runtime user of separate {@link DatabaseRoles} sees the version its owner just migrated to.
 * Without it, a runtime data source pointed at another database or schema, or a user not given
 * the runtime grants, would start and fail at its first command with a bare permission error
 * or a missing table. The messages name users and versions, never a URL (one may hold a
 * password) nor a password.
 */
final class MigratedSchema {
    static final String HISTORY_TABLE = "flyway_schema_history";
    private static final String LATEST_VERSION = "SELECT version FROM " + HISTORY_TABLE
            + " WHERE version IS NOT NULL ORDER BY installed_rank DESC";
    private static final String PG_INSUFFICIENT_PRIVILEGE = "42501";
    private static final int MARIADB_TABLE_ACCESS_DENIED = 1142;
    private static final int MARIADB_DATABASE_ACCESS_DENIED = 1044;

    private MigratedSchema() {
    }

    /**
     * Checks that the runtime user sees the schema at the version the owner sees, and connects
     * to the same kind of database.
     *
     * @throws StorageException naming what to do when it does not
     */
    static void checkRuntimeSeesTheOwners(DatabaseRoles roles, Dialect dialect) {
        Dialect runtimeDialect = JdbcServiceDeskStorage.detect(roles.runtime());
        if (runtimeDialect != dialect) {
            throw new StorageException("the runtime data source connects to " + runtimeDialect
                    + ", the owner's to " + dialect + ": both must connect to the database the owner migrated", null);
        }
        String owners = version(roles.owner(), "the owner")
                .orElseThrow(() -> new StorageException("the owner's schema has no migration in " + HISTORY_TABLE, null));
        try (Connection connection = roles.runtime().getConnection()) {
            String user = connection.getMetaData().getUserName();
            Optional<String> runtimes = latestVersion(connection);
            if (!runtimes.equals(Optional.of(owners))) {
                throw new StorageException("the runtime user " + user + " sees schema version "
                        + runtimes.orElse("(none)") + ", but the owner migrated it to " + owners
                        + ": point the runtime data source at the database and schema the owner migrated", null);
            }
        } catch (SQLException failure) {
            throw new StorageException(unreadable(failure), StorageFailures.of("reading the runtime's schema version",
                    failure));
        }
    }

    /** The latest version migrated in the schema {@code dataSource} connects to; empty if there is none. */
    static Optional<String> version(DataSource dataSource, String whose) {
        try (Connection connection = dataSource.getConnection()) {
            return latestVersion(connection);
        } catch (SQLException failure) {
            throw StorageFailures.of("reading the schema version as " + whose, failure);
        }
    }

    private static Optional<String> latestVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.setMaxRows(1);
            try (ResultSet row = statement.executeQuery(LATEST_VERSION)) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    private static String unreadable(SQLException failure) {
        String codes = " (SQL state " + failure.getSQLState() + ", error code " + failure.getErrorCode() + ")";
        if (PG_INSUFFICIENT_PRIVILEGE.equals(failure.getSQLState())
                || failure.getErrorCode() == MARIADB_TABLE_ACCESS_DENIED
                || failure.getErrorCode() == MARIADB_DATABASE_ACCESS_DENIED) {
            return "the runtime user may not read the schema's " + HISTORY_TABLE + codes
                    + ": run the runtime grants (DatabaseRoles.runtimeGrantsScript, docs/database-roles.md) as the "
                    + "owner after migrating, and make the runtime user a member of their role";
        }
        return "the runtime data source sees no migrated schema" + codes + ": point it at the database and schema "
                + "the owner migrated, and run the runtime grants there (docs/database-roles.md)";
    }
}
