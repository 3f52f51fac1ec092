package org.itilhis.adapters.jdbc;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.Lists;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.testkit.database.DatabaseServer;

/**
 * A fresh schema (PostgreSQL) or database (MariaDB) owned by an owner user of its own, with the
 * runtime role of the shipped grants script under a name of its own and an application user
 * that has it, as a hospital's database administrator would set them up
 * ({@code docs/database-roles.md}). Users and roles belong to the whole server, so their names
 * end in a random suffix; {@link #close()} drops them with the schema. Passwords are random and
 * never printed.
 */
final class RoleScratch implements AutoCloseable {
    private static final String SCRIPT_ROLE = "itilhis_runtime";

    private final DatabaseServer server;
    private final String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final String password = randomPassword();
    private final List<DatabaseServer.Scratch> scratches = new ArrayList<>();
    private final List<String> users = new ArrayList<>();
    private final List<HikariDataSource> pools = new ArrayList<>();
    private final DatabaseServer.Scratch schema;
    final String owner = "itilhis_owner_" + suffix;
    final String runtimeRole = "itilhis_runtime_" + suffix;
    final String application = "itilhis_app_" + suffix;

    RoleScratch(DatabaseServer server) {
        this.server = server;
        this.schema = scratch();
        try {
            createUsers();
        } catch (RuntimeException failure) {
            close();
            throw failure;
        }
    }

    private void createUsers() {
        createUser(owner);
        adminAll(switch (server) {
            case POSTGRESQL -> List.of("ALTER SCHEMA " + name(schema) + " OWNER TO " + owner,
                    "CREATE ROLE " + runtimeRole + " NOLOGIN");
            case MARIADB -> List.of("GRANT ALL PRIVILEGES ON " + name(schema) + ".* TO " + user(owner)
                    + " WITH GRANT OPTION", "CREATE ROLE " + runtimeRole);
            case H2 -> throw new IllegalArgumentException("H2 has no runtime grants (docs/database-roles.md)");
        });
        users.add(runtimeRole);
        createUser(application);
        adminAll(switch (server) {
            case POSTGRESQL -> List.of("GRANT " + runtimeRole + " TO " + application);
            default -> List.of("GRANT " + runtimeRole + " TO " + user(application),
                    "SET DEFAULT ROLE " + runtimeRole + " FOR " + user(application));
        });
    }

    /** A pool connecting as the schema's owner. */
    HikariDataSource ownerPool() {
        return pool(schema, owner);
    }

    /** A pool connecting as the application's user, which has the runtime role. */
    HikariDataSource applicationPool() {
        return pool(schema, application);
    }

    /** Runs the shipped grants script for this scratch's runtime role, as the owner. */
    void grantTheRuntimeRole() {
        String script = grantsScript().replace(SCRIPT_ROLE, runtimeRole);
        try (Connection connection = DriverManager.getConnection(schema.url(), owner, password);
             Statement statement = connection.createStatement()) {
            for (String sql : statements(script)) {
                statement.execute(sql);
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("the grants script failed as the owner: " + failure.getMessage(), failure);
        }
    }

    /**
     * A user of its own that may connect to this scratch's schema or database and read its
     * {@code ticket} table, but was given neither the runtime role nor its grants.
     */
    HikariDataSource userWithoutTheRuntimeGrants() {
        String stranger = "itilhis_stranger_" + suffix;
        createUser(stranger);
        adminAll(switch (server) {
            case POSTGRESQL -> List.of("GRANT USAGE ON SCHEMA " + name(schema) + " TO " + stranger);
            default -> List.of("GRANT SELECT ON " + name(schema) + ".ticket TO " + user(stranger));
        });
        return pool(schema, stranger);
    }

    /** The application's user on another, empty, schema or database it may read, which nobody migrated. */
    HikariDataSource applicationOnAnUnmigratedSchema() {
        DatabaseServer.Scratch other = scratch();
        adminAll(switch (server) {
            case POSTGRESQL -> List.of("GRANT USAGE ON SCHEMA " + name(other) + " TO " + runtimeRole);
            default -> List.of("GRANT SELECT ON " + name(other) + ".* TO " + runtimeRole);
        });
        return pool(other, application);
    }

    /** Whether the database refused a statement for want of a privilege on a table or a column. */
    boolean isPermissionDenied(SQLException failure) {
        return switch (server) {
            case POSTGRESQL -> "42501".equals(failure.getSQLState()) && !isRefusedAsSealed(failure);
            default -> failure.getErrorCode() == 1142 || failure.getErrorCode() == 1143;
        };
    }

    /** Whether the trigger {@code event_sealed_once} of the grants script refused a statement. */
    static boolean isRefusedAsSealed(SQLException failure) {
        return String.valueOf(failure.getMessage()).contains("a sealed event keeps its position and chain hash");
    }

    private static String randomPassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private String grantsScript() {
        String resource = DatabaseRoles.runtimeGrantsScript(server == DatabaseServer.POSTGRESQL ? Dialect.POSTGRESQL
                : Dialect.MARIADB);
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            return new String(in.readAllBytes(), UTF_8);
        } catch (IOException failure) {
            throw new IllegalStateException("cannot read " + resource, failure);
        }
    }

    /**
     * The statements of a script as its database's client would send them: PostgreSQL's driver
     * takes the whole script (it knows dollar quotes); for MariaDB, split at the delimiter, which
     * {@code DELIMITER} lines change, as the {@code mariadb} client does.
     */
    private List<String> statements(String script) {
        if (server == DatabaseServer.POSTGRESQL) {
            return List.of(script);
        }
        List<String> statements = new ArrayList<>();
        String delimiter = ";";
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            if (line.startsWith("DELIMITER ")) {
                delimiter = line.substring("DELIMITER ".length()).strip();
            } else if (line.stripTrailing().endsWith(delimiter)) {
                String last = line.stripTrailing();
                current.append(last, 0, last.length() - delimiter.length());
                statements.add(current.toString());
                current.setLength(0);
            } else if (!line.startsWith("--")) {
                current.append(line).append('\n');
            }
        }
        return statements;
    }

    private DatabaseServer.Scratch scratch() {
        DatabaseServer.Scratch scratch = server.scratch("itilhis_roles");
        scratches.add(scratch);
        return scratch;
    }

    private HikariDataSource pool(DatabaseServer.Scratch where, String user) {
        HikariDataSource pool = JdbcDataSources.pooled(where.url(), user, password, 4);
        pools.add(pool);
        return pool;
    }

    private void createUser(String name) {
        adminAll(List.of(server == DatabaseServer.POSTGRESQL
                ? "CREATE ROLE " + name + " LOGIN PASSWORD '" + password + "'"
                : "CREATE USER " + user(name) + " IDENTIFIED BY '" + password + "'"));
        users.add(name);
    }

    /** The name of a scratch's schema (PostgreSQL) or database (MariaDB), from its URL. */
    private String name(DatabaseServer.Scratch scratch) {
        String url = scratch.url();
        return server == DatabaseServer.POSTGRESQL
                ? url.replaceAll(".*currentSchema=([^,&]+).*", "$1")
                : url.replaceAll("^jdbc:[a-z]+://[^/]+/([^?]+).*$", "$1");
    }

    private static String user(String name) {
        return "'" + name + "'@'%'";
    }

    private void adminAll(List<String> statements) {
        try (Connection connection = DriverManager.getConnection(server.url(), server.user(), server.password());
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException failure) {
            // the statements hold generated passwords: name the failure by its codes only
            throw new IllegalStateException("setting up the users failed (SQL state " + failure.getSQLState()
                    + ", error code " + failure.getErrorCode() + ")", failure);
        }
    }

    /** Closes the pools, drops the schemas or databases, then the users and the role. */
    @Override
    public void close() {
        pools.forEach(HikariDataSource::close);
        scratches.forEach(DatabaseServer.Scratch::close);
        List<String> drops = new ArrayList<>();
        for (String name : Lists.reverse(users)) {
            if (server == DatabaseServer.POSTGRESQL) {
                drops.add("DROP OWNED BY " + name + " CASCADE");
                drops.add("DROP ROLE IF EXISTS " + name);
            } else {
                drops.add(name.equals(runtimeRole) ? "DROP ROLE IF EXISTS " + name : "DROP USER IF EXISTS " + user(name));
            }
        }
        adminAll(drops);
    }
}
