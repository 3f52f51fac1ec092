package org.itilhis.examples;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The database servers of the development and CI machines (ARCHITECTURE.md), with the same
 * overrides as the JDBC adapter's tests ({@code ITILHIS_PG_URL}, {@code ITILHIS_PG_USER},
 * {@code ITILHIS_PG_PASSWORD}; {@code ITILHIS_MARIADB_URL}, ...), and a fresh schema
 * (PostgreSQL) or database (MariaDB) for one test, dropped afterwards.
 */
enum DatabaseServer {
    POSTGRESQL("PostgreSQL", "ITILHIS_PG", "jdbc:postgresql://127.0.0.1:5432/test", "postgres",
            "pg_ctlcluster <version> main start  (the versions are under /etc/postgresql; see .ci/run)"),
    MARIADB("MariaDB", "ITILHIS_MARIADB", "jdbc:mariadb://127.0.0.1:3306/test", "root",
            "install -d -o mysql -g mysql /run/mysqld && start-stop-daemon --start --oknodo --background "
                    + "--exec /usr/sbin/mariadbd  (see .ci/run)");

    private final String title;
    private final String prefix;
    private final String defaultUrl;
    private final String defaultUser;
    private final String howToStart;

    DatabaseServer(String title, String prefix, String defaultUrl, String defaultUser, String howToStart) {
        this.title = title;
        this.prefix = prefix;
        this.defaultUrl = defaultUrl;
        this.defaultUser = defaultUser;
        this.howToStart = howToStart;
    }

    /** A fresh, empty schema or database; skips the test when {@code -Ditilhis.skip.<name>=true}. */
    Scratch scratch() {
        String key = name().toLowerCase(Locale.ROOT);
        assumeFalse(Boolean.getBoolean("itilhis.skip." + key), () -> title + " tests skipped by -Ditilhis.skip." + key);
        String name = "itilhis_ex_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return switch (this) {
            case POSTGRESQL -> {
                admin("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public", true);
                admin("CREATE SCHEMA " + name, false);
                yield new Scratch(url() + (url().contains("?") ? "&" : "?") + "currentSchema=" + name + ",public",
                        () -> admin("DROP SCHEMA " + name + " CASCADE", false));
            }
            case MARIADB -> {
                admin("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin", false);
                yield new Scratch(url().replaceFirst("^(jdbc:(?:mariadb|mysql)://[^/]+/)[^?]*", "$1" + name),
                        () -> admin("DROP DATABASE " + name, false));
            }
        };
    }

    String url() {
        return setting("URL").orElse(defaultUrl);
    }

    String user() {
        return setting("USER").orElse(defaultUser);
    }

    String password() {
        return setting("PASSWORD").orElse("");
    }

    private Optional<String> setting(String name) {
        return Optional.ofNullable(System.getenv(prefix + "_" + name)).filter(value -> !value.isBlank());
    }

    private void admin(String sql, boolean optional) {
        try (Connection connection = DriverManager.getConnection(url(), user(), password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException failure) {
            String state = String.valueOf(failure.getSQLState());
            String message = String.valueOf(failure.getMessage()).toLowerCase(Locale.ROOT);
            if (state.startsWith("08") || message.contains("connect") || message.contains("refused")) {
                throw new IllegalStateException(String.format("%s is not reachable at %s as %s (%s).%n  Start it:  %s%n"
                                + "  or point %s_URL / %s_USER / %s_PASSWORD at another server,%n"
                                + "  or skip these tests:  mvn verify -Ditilhis.skip.%s=true", title, url(), user(),
                        failure.getMessage(), howToStart, prefix, prefix, prefix, name().toLowerCase(Locale.ROOT)),
                        failure);
            }
            if (!optional) {
                throw new IllegalStateException(title + ": " + sql + " failed: " + failure.getMessage(), failure);
            }
        }
    }

    /** A schema or database of one test: its JDBC URL, and how to drop it. */
    record Scratch(String url, Runnable drop) implements AutoCloseable {
        @Override
        public void close() {
            drop.run();
        }
    }
}
