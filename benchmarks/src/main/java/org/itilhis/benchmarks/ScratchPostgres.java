package org.itilhis.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.itilhis.adapters.jdbc.JdbcDataSources;
import org.itilhis.adapters.jdbc.JdbcServiceDeskStorage;

/**
 * The JDBC storage on a fresh schema {@code <prefix>_<random>} of the local PostgreSQL
 * ({@code ITILHIS_PG_URL}, {@code ITILHIS_PG_USER}, {@code ITILHIS_PG_PASSWORD}; by default
 * {@code jdbc:postgresql://127.0.0.1:5432/test} as {@code postgres}), migrated and pooled;
 * {@link #close()} closes the storage and the pool and drops the schema.
 */
final class ScratchPostgres implements AutoCloseable {
    private final String adminUrl;
    private final String user;
    private final String password;
    private final String schema;
    private final String databaseVersion;
    private final HikariDataSource dataSource;
    private final JdbcServiceDeskStorage storage;

    private ScratchPostgres(String prefix, int poolSize, UnaryOperator<DataSource> wrap) {
        adminUrl = setting("URL").orElse("jdbc:postgresql://127.0.0.1:5432/test");
        user = setting("USER").orElse("postgres");
        password = setting("PASSWORD").orElse("");
        schema = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        admin("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public", true);
        databaseVersion = admin("CREATE SCHEMA " + schema, false);
        HikariDataSource pool = null;
        try {
            pool = JdbcDataSources.pooled(adminUrl + (adminUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema
                    + ",public", user, password, poolSize);
            storage = JdbcServiceDeskStorage.create(wrap.apply(pool));
        } catch (RuntimeException failure) {
            if (pool != null) {
                pool.close();
            }
            admin("DROP SCHEMA " + schema + " CASCADE", false);
            throw failure;
        }
        dataSource = pool;
    }

    /**
     * Creates and migrates the schema.
     *
     * @throws IllegalStateException if PostgreSQL cannot be reached, saying how to start it
     */
    static ScratchPostgres open(String prefix, int poolSize) {
        return new ScratchPostgres(prefix, poolSize, UnaryOperator.identity());
    }

    /** The same, the storage seeing the pool through {@code wrap} (a statement counter, say). */
    static ScratchPostgres open(String prefix, int poolSize, UnaryOperator<DataSource> wrap) {
        return new ScratchPostgres(prefix, poolSize, wrap);
    }

    /** The schema's connection pool, for the drivers' own counts. */
    DataSource dataSource() {
        return dataSource;
    }

    JdbcServiceDeskStorage storage() {
        return storage;
    }

    /**
     * Runs {@code VACUUM ANALYZE} on the whole schema, as an operator does after a bulk load
     * (autovacuum would do it within minutes), so that reads are timed on fresh statistics
     * rather than beside the autovacuum workers.
     */
    void vacuumAnalyze() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("VACUUM ANALYZE");
        } catch (SQLException failure) {
            throw new IllegalStateException("VACUUM ANALYZE of schema " + schema + " failed", failure);
        }
    }

    String describe() {
        return databaseVersion + " at " + adminUrl + ", schema " + schema + ", pool of "
                + dataSource.getMaximumPoolSize() + " connections";
    }

    @Override
    public void close() {
        try {
            storage.close();
        } finally {
            try {
                dataSource.close();
            } finally {
                admin("DROP SCHEMA " + schema + " CASCADE", false);
            }
        }
    }

    private static Optional<String> setting(String name) {
        return Optional.ofNullable(System.getenv("ITILHIS_PG_" + name)).filter(value -> !value.isBlank());
    }

    /** Runs one administrative statement; answers the server's product name and version. */
    private String admin(String sql, boolean optional) {
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
             Statement statement = connection.createStatement()) {
            try {
                statement.execute(sql);
            } catch (SQLException refused) {
                if (!optional) {
                    throw refused;
                }
            }
            return connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
        } catch (SQLException failure) {
            throw new IllegalStateException("PostgreSQL at " + adminUrl + " as " + user + ": " + failure.getMessage()
                    + "\n  Start it (pg_ctlcluster <version> main start; see .ci/run), or point ITILHIS_PG_URL,"
                    + " ITILHIS_PG_USER and ITILHIS_PG_PASSWORD at another server.", failure);
        }
    }
}
