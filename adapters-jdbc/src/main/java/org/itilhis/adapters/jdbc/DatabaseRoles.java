package org.itilhis.adapters.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import javax.sql.DataSource;
import org.itilhis.adapters.jdbc.common.Dialect;

/**
 * Whom {@link JdbcServiceDeskStorage} connects as: the schema's {@code owner}, who runs the
 * Flyway migrations (creates and alters tables), and the application's {@code runtime} user,
 * who runs every command. With least privilege the two differ: the runtime user may read and
 * append events and seal them, but neither delete an event nor change what one says, so the
 * audit trail cannot be rewritten through the application's credentials (issue 14, ADR 0013).
 * The database administrator gives the runtime user its rights with the script of {@link
 * #runtimeGrantsScript(Dialect)}, after every migration; {@code docs/database-roles.md} says
 * what each role may do and what stays unprotected.
 *
 * <pre>{@code
 * HikariDataSource owner = JdbcDataSources.pooled(url, "itilhis_owner", ownerSecret, 1);
 * HikariDataSource runtime = JdbcDataSources.pooled(url, "itilhis_app", appSecret);
 * JdbcServiceDeskStorage storage = JdbcServiceDeskStorage.create(DatabaseRoles.ownerAndRuntime(owner, runtime));
 * owner.close(); // only the migrations needed it
 * }</pre>
 *
 * <p>{@link #oneUser(DataSource)} is the single-user setup of {@link
 * JdbcServiceDeskStorage#create(DataSource)}: one user owns the schema and runs the commands.
 *
 * @param owner connects as the user that owns the schema (the migrations run on it)
 * @param runtime connects as the application's user (every command runs on it)
 */
public record DatabaseRoles(DataSource owner, DataSource runtime) {
    private static final String GRANTS_FOLDER = "org/itilhis/adapters/jdbc/roles/";

    public DatabaseRoles {
        checkNotNull(owner, "owner");
        checkNotNull(runtime, "runtime");
    }

    /** One user for both: it migrates the schema and runs the commands, with every right on it. */
    public static DatabaseRoles oneUser(DataSource dataSource) {
        return new DatabaseRoles(dataSource, dataSource);
    }

    /**
     * The migrations as {@code owner}, the commands as {@code runtime}, a user given the
     * runtime grants ({@link #runtimeGrantsScript(Dialect)}). The storage then checks, at
     * creation, that the runtime user sees the schema the owner migrated.
     */
    public static DatabaseRoles ownerAndRuntime(DataSource owner, DataSource runtime) {
        checkArgument(owner != runtime, "the owner and the runtime user are one data source: use oneUser");
        return new DatabaseRoles(owner, runtime);
    }

    /** Whether the runtime user is another than the owner. */
    public boolean separate() {
        return owner != runtime;
    }

    /**
     * The class path resource holding the SQL a database administrator runs, as the schema's
     * owner, after every migration to give the role {@code itilhis_runtime} its rights:
     * {@code org/itilhis/adapters/jdbc/roles/postgresql.sql} or {@code .../mariadb.sql}. Its
     * header says how to run it and how to make the application's login user a member.
     *
     * @throws IllegalArgumentException for H2: it has no column privileges, so its users
     *         cannot be given the sealing without the rewriting of events, and whoever can
     *         read an embedded database's file can write it anyway
     */
    public static String runtimeGrantsScript(Dialect dialect) {
        return switch (checkNotNull(dialect, "dialect")) {
            case POSTGRESQL -> GRANTS_FOLDER + "postgresql.sql";
            case MARIADB -> GRANTS_FOLDER + "mariadb.sql";
            case H2 -> throw new IllegalArgumentException("H2 has no runtime grants: it has no column privileges, and "
                    + "whoever can read an embedded database's file can write it (docs/database-roles.md)");
        };
    }
}
