package org.itilhis.testkit.database;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database servers tests run against (ARCHITECTURE.md): PostgreSQL at 127.0.0.1:5432
 * (user {@code postgres}) and MariaDB at 127.0.0.1:3306 (user {@code root}), each
 * overridable by environment variables ({@code ITILHIS_PG_URL}, {@code ITILHIS_PG_USER},
 * {@code ITILHIS_PG_PASSWORD}; {@code ITILHIS_MARIADB_URL}, ...), and H2 in memory.
 * {@link #scratch(String)} gives a test its own schema (PostgreSQL) or database (MariaDB,
 * H2); {@code -Ditilhis.skip.<server>=true} skips the tests of a server.
 */
public enum DatabaseServer {
    POSTGRESQL("PostgreSQL", "ITILHIS_PG", "jdbc:postgresql://127.0.0.1:5432/test", "postgres",
            "pg_ctlcluster <version> main start  (the versions are under /etc/postgresql; see .ci/run)"),
    MARIADB("MariaDB", "ITILHIS_MARIADB", "jdbc:mariadb://127.0.0.1:3306/test", "root",
            "install -d -o mysql -g mysql /run/mysqld && start-stop-daemon --start --oknodo --background "
                    + "--exec /usr/sbin/mariadbd  (see .ci/run)"),
    H2("H2", "ITILHIS_H2", "jdbc:h2:mem:", "sa", "nothing to start: H2 runs in memory");

    private static final Pattern MARIADB_URL = Pattern.compile("(jdbc:(?:mariadb|mysql)://[^/]+/)([^?]*)(.*)");

    private final String title;
    private final String environmentPrefix;
    private final String defaultUrl;
    private final String defaultUser;
    private final String howToStart;

    DatabaseServer(String title, String environmentPrefix, String defaultUrl, String defaultUser, String howToStart) {
        this.title = title;
        this.environmentPrefix = environmentPrefix;
        this.defaultUrl = defaultUrl;
        this.defaultUser = defaultUser;
        this.howToStart = howToStart;
    }

    /**
     * Creates a fresh schema or database named {@code <prefix>_<random>}; skips the calling
     * test when told to, and fails with how to start the server when it is unreachable.
     */
    public Scratch scratch(String prefix) {
        String key = name().toLowerCase(Locale.ROOT);
        assumeFalse(Boolean.getBoolean("itilhis.skip." + key), () -> title + " tests skipped by -Ditilhis.skip." + key);
        String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return switch (this) {
            case POSTGRESQL -> {
                admin("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public", true);
                admin("CREATE SCHEMA " + name, false);
                yield new Scratch(withParameter(url(), "currentSchema=" + name + ",public"), user(), password(),
                        () -> admin("DROP SCHEMA " + name + " CASCADE", false));
            }
            case MARIADB -> {
                admin("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin", false);
                yield new Scratch(mariaDbUrl(name), user(), password(), () -> admin("DROP DATABASE " + name, false));
            }
            case H2 -> new Scratch("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "", () -> { });
        };
    }

    public String title() {
        return title;
    }

    public String url() {
        return setting("URL").orElse(defaultUrl);
    }

    public String user() {
        return setting("USER").orElse(defaultUser);
    }

    public String password() {
        return setting("PASSWORD").orElse("");
    }

    private Optional<String> setting(String name) {
        return Optional.ofNullable(System.getenv(environmentPrefix + "_" + name)).filter(value -> !value.isBlank());
    }

    private void admin(String sql, boolean optional) {
        try (Connection connection = DriverManager.getConnection(url(), user(), password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException failure) {
            if (failure.getSQLState() != null && failure.getSQLState().startsWith("08") || isConnectFailure(failure)) {
                throw new IllegalStateException(unreachable(failure), failure);
            }
            if (!optional) {
                throw new IllegalStateException(title + ": " + sql + " failed: " + failure.getMessage(), failure);
            }
        }
    }

    private static boolean isConnectFailure(SQLException failure) {
        String message = String.valueOf(failure.getMessage()).toLowerCase(Locale.ROOT);
        return message.contains("connect") || message.contains("refused");
    }

    private String unreachable(SQLException failure) {
        String key = name().toLowerCase(Locale.ROOT);
        return String.format("%s is not reachable at %s as %s (%s).%n  Start it:  %s%n"
                        + "  or point %s_URL / %s_USER / %s_PASSWORD at another server,%n"
                        + "  or skip these tests:  mvn verify -Ditilhis.skip.%s=true",
                title, url(), user(), failure.getMessage(), howToStart, environmentPrefix, environmentPrefix,
                environmentPrefix, key);
    }

    private String mariaDbUrl(String database) {
        Matcher matcher = MARIADB_URL.matcher(url());
        if (!matcher.matches()) {
            throw new IllegalStateException(environmentPrefix + "_URL " + url() + " is not jdbc:mariadb://host:port/db");
        }
        return matcher.group(1) + database + matcher.group(3);
    }

    private static String withParameter(String url, String parameter) {
        return url + (url.contains("?") ? "&" : "?") + parameter;
    }

    /** One test's schema or database: how to connect to it, and how to drop it. */
    public record Scratch(String url, String user, String password, Runnable drop) implements AutoCloseable {
        @Override
        public void close() {
            drop.run();
        }
    }
}
